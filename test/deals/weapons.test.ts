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
