import { test } from "node:test";
import assert from "node:assert/strict";
import { isStateWord, loadKnowledgeBase, statesNamedIn } from "../../src/knowledge";
import { packageCountries } from "../../src/knowledge/world-states";

const kb = loadKnowledgeBase();

/** "text → actor id" for every mention in a text. */
function mentions(text: string): string[] {
  return kb.findMentions(text).map((m) => `${m.text} → ${m.actor.id}`);
}

function demonyms(text: string): string[] {
  return kb.findDemonyms(text).map((d) => `${d.text} → ${d.state.id}`);
}

test("every independent state is known, with the ids the other data uses", () => {
  const states = kb.actors.filter((a) => a.kind === "STATE");
  const missing = packageCountries().filter((c) => c.independent && !states.some((s) => s.aliases.some((a) => a.text === c.common) || s.name === c.common));
  assert.deepEqual(missing.map((c) => c.common), []);
  assert.ok(states.length >= 197, `only ${states.length} states`);
  for (const [id, name] of [
    ["germany", "Germany"],
    ["united-kingdom", "United Kingdom"],
    ["south-korea", "South Korea"],
    ["north-korea", "North Korea"],
    ["united-arab-emirates", "United Arab Emirates"],
    ["saudi-arabia", "Saudi Arabia"],
    ["czechia", "Czech Republic"],
    ["turkey", "Turkey"],
    ["united-states", "United States"],
    ["kosovo", "Kosovo"],
    ["taiwan", "Taiwan"],
    ["nagorno-karabakh", "Nagorno-Karabakh Republic"],
    ["soviet-union", "Soviet Union"],
  ]) {
    assert.equal(kb.byId(id)?.name, name, id);
  }
  assert.equal(kb.lookup("Czechia")?.id, "czechia", "the other name stays an alias");
});

test("every state has a Russian name, an English adjective and (where one is in use) a Russian one", () => {
  const noRussianAdjective = new Set(["dr-congo", "republic-of-the-congo", "marshall-islands", "saint-kitts-and-nevis", "saint-vincent-and-the-grenadines", "solomon-islands"]);
  for (const state of kb.actors.filter((a) => a.kind === "STATE")) {
    assert.ok(state.aliases.some((a) => a.lang === "ru"), `${state.id}: no Russian name`);
    const adjectives = state.demonyms ?? [];
    if (!["dr-congo", "republic-of-the-congo", "dominica", "dominican-republic"].includes(state.id)) {
      assert.ok(adjectives.some((d) => d.lang === "en"), `${state.id}: no English adjective`);
    }
    if (!noRussianAdjective.has(state.id)) assert.ok(adjectives.some((d) => d.lang === "ru"), `${state.id}: no Russian adjective`);
  }
});

test("new states match in every Russian case form", () => {
  assert.deepEqual(mentions("Германия, Германии, Германию, Германией и ФРГ"), [
    "Германия → germany",
    "Германии → germany",
    "Германию → germany",
    "Германией → germany",
    "ФРГ → germany",
  ]);
  assert.deepEqual(mentions("Южная Корея продала Польше танки; у Южной Кореи, с Южной Кореей, в Южную Корею"), [
    "Южная Корея → south-korea",
    "Польше → poland",
    "Южной Кореи → south-korea",
    "Южной Кореей → south-korea",
    "Южную Корею → south-korea",
  ]);
  assert.deepEqual(mentions("ОАЭ закупили, а Объединённые Арабские Эмираты и Объединенных Арабских Эмиратов"), [
    "ОАЭ → united-arab-emirates",
    "Объединённые Арабские Эмираты → united-arab-emirates",
    "Объединенных Арабских Эмиратов → united-arab-emirates",
  ]);
  assert.deepEqual(mentions("из Нидерландов, Филиппин и Сейшельских Островов, в Соединённых Штатах и Саудовской Аравии"), [
    "Нидерландов → netherlands",
    "Филиппин → philippines",
    "Сейшельских Островов → seychelles",
    "Соединённых Штатах → united-states",
    "Саудовской Аравии → saudi-arabia",
  ]);
  assert.deepEqual(mentions("поставки Кубы, Чада и Новой Зеландии, власти Великобритании и Британии"), [
    "Кубы → cuba",
    "Чада → chad",
    "Новой Зеландии → new-zealand",
    "Великобритании → united-kingdom",
    "Британии → united-kingdom",
  ]);
});

test("English names and the abbreviations in use", () => {
  assert.deepEqual(mentions("The UK, Britain and the U.K. sold jets to the UAE; the DPRK and North Korea; Czechia, the Czech Republic, Côte d’Ivoire, Burma"), [
    "UK → united-kingdom",
    "Britain → united-kingdom",
    "U.K → united-kingdom",
    "UAE → united-arab-emirates",
    "DPRK → north-korea",
    "North Korea → north-korea",
    "Czechia → czechia",
    "Czech Republic → czechia",
    "Côte d’Ivoire → ivory-coast",
    "Burma → myanmar",
  ]);
});

test("English and Russian adjectives of new states", () => {
  assert.deepEqual(demonyms("South Korean, Emirati and Saudi officials met British and Polish ones"), [
    "South Korean → south-korea",
    "Emirati → united-arab-emirates",
    "Saudi → saudi-arabia",
    "British → united-kingdom",
    "Polish → poland",
  ]);
  assert.deepEqual(demonyms("южнокорейского производства, французских истребителей, польской армии, эмиратскими деньгами"), [
    "южнокорейского → south-korea",
    "французских → france",
    "польской → poland",
    "эмиратскими → united-arab-emirates",
  ]);
  assert.deepEqual(demonyms("российско-германские переговоры"), ["российско → russia", "германские → germany"]);
  assert.deepEqual(mentions("South Korean officials"), [], "an adjective is not a mention");
});

test("capitals stand for their states, unless the name is also a person's or another place's", () => {
  assert.deepEqual(mentions("Berlin and Seoul agreed, Pyongyang protested; Варшава и Пхеньян, в Сеуле и Берлине"), [
    "Berlin → germany",
    "Seoul → south-korea",
    "Pyongyang → north-korea",
    "Варшава → poland",
    "Пхеньян → north-korea",
    "Сеуле → south-korea",
    "Берлине → germany",
  ]);
  assert.deepEqual(mentions("Victoria Nuland met Sofia and Santiago in Brussels; Виктория и София"), []);
});

test("country names that are also ordinary words or people's names", () => {
  assert.deepEqual(mentions("Того же мнения придерживается и президент Того."), ["Того → togo"]);
  assert.deepEqual(mentions("Он заявил: «Того, что произошло, не ожидали»."), []);
  assert.deepEqual(mentions("Chad Smith and Michael Jordan watched; King Abdullah of Jordan visited Chad."), ["Jordan → jordan", "Chad → chad"]);
  assert.deepEqual(mentions("In Chad, Jordan's army and Chad's president"), ["Chad → chad", "Jordan's army → jordanian-army", "Chad → chad"]);
  assert.deepEqual(mentions("Чад Смит приехал в Чад"), ["Чад → chad"]);
  assert.deepEqual(mentions("a turkey dinner on china plates near the niger river"), []);
  assert.deepEqual(mentions("Turkey and China bought drones"), ["Turkey → turkey", "China → china"]);
});

test("currency signs, places and two-letter codes are never states", () => {
  assert.deepEqual(mentions("a US$500 million deal, HK$20 and A$3, signed by the US"), ["US → united-states"]);
  assert.deepEqual(mentions("the Stockholm-based institute and US-based firms told Stockholm"), ["Stockholm → sweden"]);
  assert.deepEqual(mentions("A CAR BOMB hit the Central African Republic"), ["Central African Republic → central-african-republic"]);
  assert.deepEqual(mentions("codes DE, GB, FR and KR; the Island of Crete; Congo basin"), []);
});

test("defence ministries and armed forces of every state, by rule", () => {
  assert.deepEqual(mentions("The Pakistan Air Force, the Indian Army and the Armed Forces of Ukraine; the Israeli Navy"), [
    "Pakistan Air Force → pakistan-air-force",
    "Indian Army → indian-army",
    "Armed Forces of Ukraine → armed-forces-of-ukraine",
    "Israeli Navy → israeli-navy",
  ]);
  assert.deepEqual(mentions("ВВС Пакистана и Вооружённые силы Казахстана, ВМС Индии, Вооружённых сил Казахстана, Генштаба ВС Армении"), [
    "ВВС Пакистана → pakistan-air-force",
    "Вооружённые силы Казахстана → kazakh-armed-forces",
    "ВМС Индии → indian-navy",
    "Вооружённых сил Казахстана → kazakh-armed-forces",
    "Генштаба ВС Армении → general-staff-of-the-armenian-armed-forces",
  ]);
  assert.deepEqual(mentions("the German Defence Ministry, Seoul's defense ministry, Минобороны Германии, министерства обороны Польши"), [
    "German Defence Ministry → german-defense-ministry",
    "Seoul's defense ministry → south-korean-defense-ministry",
    "Минобороны Германии → german-defense-ministry",
    "министерства обороны Польши → polish-defense-ministry",
  ]);
  assert.deepEqual(mentions("the Royal Navy, the RAF, the Bundeswehr, the PLA, ВСУ and the Israeli army"), [
    "Royal Navy → royal-navy",
    "RAF → royal-air-force",
    "Bundeswehr → bundeswehr",
    "PLA → peoples-liberation-army",
    "ВСУ → armed-forces-of-ukraine",
    "Israeli army → israel-defense-forces",
  ]);
  assert.deepEqual(mentions("the Azerbaijani army and вооруженных сил Азербайджана"), ["Азербайджана → azerbaijan"], "descriptions in lower case are not names");
  assert.equal(kb.lookup("Минобороны Южной Кореи")?.id, "south-korean-defense-ministry");
  assert.equal(kb.lookup("South Korean Defense Ministry")?.country, "south-korea");
  assert.equal(kb.byId("pakistan-air-force")?.kind, "ORGANIZATION");
  assert.equal(kb.byId("chinese-foreign-ministry")?.name, "Chinese Foreign Ministry");
});

test("role descriptions read bodies made by rule", () => {
  const [head] = kb.findRoleDescriptions("head of the German Defence Ministry", null);
  assert.equal(head.role, "defence-minister");
  assert.equal(head.of?.id, "germany");
  const [chief] = kb.findRoleDescriptions("Pakistan Army chief", null);
  assert.equal(chief.role, "army-chief");
  assert.equal(chief.of?.id, "pakistan-army");
});

test("arms makers and export agencies, in both languages", () => {
  assert.deepEqual(mentions("Rheinmetall, Hanwha Aerospace and KNDS bid; the DSCA approved; Рособоронэкспорт и Укроборонпром"), [
    "Rheinmetall → rheinmetall",
    "Hanwha Aerospace → hanwha-aerospace",
    "KNDS → knds",
    "DSCA → dsca",
    "Рособоронэкспорт → rosoboronexport",
    "Укроборонпром → ukroboronprom",
  ]);
  assert.deepEqual(mentions("Leonardo DiCaprio and Rafael Grossi saw Sukhoi Su-35 jets; Israel's Rafael and Italy's Leonardo"), [
    "Israel → israel",
    "Rafael → rafael",
    "Italy → italy",
    "Leonardo → leonardo",
  ]);
});

test("the states a role description names, for rules that compare roles", () => {
  const named = (text: string) => statesNamedIn(kb, text).map((s) => s.id);
  assert.deepEqual(named("the South Korean defence minister"), ["south-korea"]);
  assert.deepEqual(named("официальный представитель МИД Германии"), ["germany"]);
  assert.deepEqual(named("Kremlin spokesman"), ["russia"]);
  assert.deepEqual(named("a Russian diplomat"), ["russia"]);
  assert.deepEqual(named("a political analyst on duty"), [], "no state hides inside ordinary words");
  assert.equal(isStateWord(kb, "Emirati"), true);
  assert.equal(isStateWord(kb, "Азербайджана"), true);
  assert.equal(isStateWord(kb, "Britain's"), true);
  assert.equal(isStateWord(kb, "Minister"), false);
});

test("places named after a state that are not the state", () => {
  assert.deepEqual(mentions("New Guinea, the Gulf of Guinea, Guinea pigs and Northern Ireland; but Guinea and Ireland"), ["Guinea → guinea", "Ireland → ireland"]);
  assert.deepEqual(mentions("Новая Гвинея и Северная Ирландия, а также Папуа — Новая Гвинея"), ["Папуа — Новая Гвинея → papua-new-guinea"]);
});

test("a Russian state name whose vowel drops in its other cases ('Египет' → 'Египта') is found in every case, with its ministry", () => {
  assert.deepEqual(mentions("поставки Египту, переговоры с Египтом"), ["Египту → egypt", "Египтом → egypt"]);
  assert.deepEqual(kb.findMentions("министерство обороны Египта").map((m) => m.actor.name), ["Egyptian Defense Ministry"]);
});
