import assert from "node:assert/strict";
import { test } from "node:test";
import { createWeaponGazetteer, loadWeaponGazetteer } from "../../src/knowledge/weapons";

const weapons = loadWeaponGazetteer();
const found = (text: string) => weapons.find(text).map((m) => [m.text, m.kind, m.designation]);

test("a named system matches in Latin and Cyrillic spellings, and in Russian case forms", () => {
  assert.deepEqual(found("Т-90С и T-90S"), [["Т-90С", "named", "T-90S"], ["T-90S", "named", "T-90S"]]);
  assert.deepEqual(found("поставка Искандеров и Смерчей"), [["Искандеров", "named", "9K720 Iskander"], ["Смерчей", "named", "BM-30 Smerch"]]);
  assert.equal(weapons.byDesignation("Су-30СМ")?.designation, "Su-30SM");
  assert.equal(weapons.byDesignation("iskander")?.category, "missiles");
});

test("descriptive words after a named system belong to the item", () => {
  assert.deepEqual(found("one An-124 military transport aircraft"), [["An-124 military transport aircraft", "named", "An-124"]]);
});

test("an unknown designation is recognised by its shape; things shaped like one that are not weapons are not", () => {
  assert.deepEqual(found("Xz-47 and Ж-12 but not COVID-19"), [["Xz-47", "shape", "Xz-47"], ["Ж-12", "shape", "Ж-12"]]);
  assert.deepEqual(found("XQ7 from Andes Nex1 and Orbit3 Systems"), [["XQ7", "shape", "XQ7"]], "lower-case letters before the number only with a hyphen");
});

test("generic kinds of equipment, in both languages, with their SIPRI category and vagueness", () => {
  const items = weapons.find("tanks, air defense systems, беспилотников, РЭБ and other weapons");
  assert.deepEqual(items.map((m) => [m.text, m.category, m.specific]), [
    ["tanks", "armoured vehicles", true], ["air defense systems", "air defence systems", true],
    ["беспилотников", "aircraft", true], ["РЭБ", "sensors", true], ["weapons", null, false],
  ]);
});

test("systems added as data carry their maker: Russian case forms, multi-word names, capitals required for common words", () => {
  assert.deepEqual(weapons.find("поставки Орланов-10 и РСЗО «Град»").map((m) => [m.text, m.designation, m.origin]),
    [["Орланов-10", "Orlan-10", "russia"], ["РСЗО", null, null], ["Град", "BM-21 Grad", "russia"]]);
  assert.deepEqual(weapons.find("Swathi radars and Iron Dome batteries").map((m) => [m.designation, m.origin]).filter((d) => d[0]), [["Swathi", "india"], ["Iron Dome", "israel"]]);
  assert.deepEqual(found("the hail (град) fell"), []);
});

test("a capitalised name does not match a common word; the gazetteer validates its data", () => {
  assert.deepEqual(found("a sharp spike in prices"), []);
  assert.throws(() => createWeaponGazetteer({ weapons: [{ designation: "X-1" }], generic: [], descriptors: [], not_weapons: [] }), /designation and a category/);
});

const named = (text: string) => weapons.find(text).filter((m) => m.kind === "named").map((m) => [m.text, m.designation, m.origin]);

test("the gazetteer covers the main exporters: SIPRI designations, variant aliases, Latin and Cyrillic spellings", () => {
  assert.ok(weapons.weapons.length >= 600);
  const origins = new Set(weapons.weapons.map((w) => w.origin));
  for (const state of ["united-states", "russia", "china", "france", "germany", "united-kingdom", "italy", "israel", "turkey", "south-korea", "india", "pakistan", "iran", "belarus", "ukraine", "sweden", "spain"]) {
    assert.ok(origins.has(state), state);
  }
  assert.deepEqual(named("The army ordered K9A1 howitzers and Leopard 2A6 and Leopard-2A4 tanks."), [
    ["K9A1 howitzers", "K-9 Thunder", "south-korea"], ["Leopard 2A6", "Leopard-2A6", "germany"], ["Leopard-2A4 tanks", "Leopard-2A4", "germany"],
  ]);
  assert.deepEqual(named("Ми-171Ш и Mi-171Sh, Су-30СМ2 и Су-30МКИ"), [
    ["Ми-171Ш", "Mi-171Sh", "russia"], ["Mi-171Sh", "Mi-171Sh", "russia"], ["Су-30СМ2", "Su-30SM", "russia"], ["Су-30МКИ", "Su-30MKI", "russia"],
  ]);
  assert.equal(weapons.byDesignation("Т-90СА")?.designation, "T-90S");
  assert.equal(weapons.byDesignation("F/A-18F")?.designation, "F/A-18E/F Super Hornet");
  assert.equal(weapons.byDesignation("Gripen E")?.origin, "sweden");
  assert.equal(weapons.byDesignation("Eurofighter")?.origin, null);
});

test("Russian text: the kind of equipment before the name is a generic item, and case endings are accepted", () => {
  assert.deepEqual(found("поставка танков Т-90С и ЗРК «Бук-М2Э»"), [
    ["танков", "generic", null], ["Т-90С", "named", "T-90S"], ["ЗРК", "generic", null], ["Бук-М2Э", "named", "Buk-M2"],
  ]);
  assert.deepEqual(found("закупка самоходных гаубиц «Мста-С», Байрактаров и Панцирей"), [
    ["самоходных гаубиц", "generic", null], ["Мста-С", "named", "2S19 Msta-S"], ["Байрактаров", "named", "Bayraktar TB2"], ["Панцирей", "named", "Pantsir-S1"],
  ]);
  assert.deepEqual(named("поставки Леопардов-2А4 и Леопардов"), [["Леопардов-2А4", "Leopard-2A4", "germany"], ["Леопардов", "Leopard-2", "germany"]]);
  assert.deepEqual(named("две подводные лодки проекта 636.3"), [["проекта 636.3", "Project-636", "russia"]]);
});

test("English plurals of designations that end in a digit; Title-case spellings of acronyms", () => {
  assert.deepEqual(named("F-16s, MiG-29s and B-52s"), [["F-16s", "F-16", "united-states"], ["MiG-29s", "MiG-29", "russia"], ["B-52s", "B-52H Stratofortress", "united-states"]]);
  assert.deepEqual(named("T-90S tanks"), [["T-90S tanks", "T-90S", "russia"]], "a capital S is part of the name");
  assert.deepEqual(named("Himars and HIMARS launchers, Nasams"), [["Himars", "M142 HIMARS", "united-states"], ["HIMARS launchers", "M142 HIMARS", "united-states"], ["Nasams", "NASAMS", null]]);
  assert.deepEqual(named("24 Typhoon jets"), [["Typhoon jets", "Eurofighter Typhoon", null]]);
});

test("ordinary words, names, places and currency strings are not weapons", () => {
  assert.deepEqual(found("a patriot, a spike and a typhoon"), []);
  assert.deepEqual(found("Typhoon Haiyan hit the coast"), [], "a storm is not the Eurofighter");
  assert.deepEqual(found("Oleg Antonov and Pavel Sukhoi"), [], "a maker's name alone is not a weapon");
  assert.deepEqual(found("Senator Barbara Boxer met Abdel Fattah al-Sisi; Ajax beat Derby County; Roland Garros"), []);
  assert.deepEqual(found("worth US$ 2 billion, FDI rose in Q3, CO2 and COP28"), []);
  assert.deepEqual(found("переговоры в Вене; Вена и Алтай"), [], "Vienna and the Altai are not the 2S31 Vena or the Altay tank");
  assert.deepEqual(found("Leopard 1 AP"), [["Leopard 1", "named", "Leopard-1"]], "the credit after a name is not part of it");
});
