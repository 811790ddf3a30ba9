import assert from "node:assert/strict";
import { test } from "node:test";
import { itemsOverlap } from "../../../src/extract/deals/deal-facts";
import { extractDeals } from "../../../src/extract/deals/extract-deals";
import type { ArticleMetadata } from "../../../src/extract/types";
import { loadKnowledgeBase } from "../../../src/knowledge/load-knowledge-base";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";

// Invented sentences: sides named through a described company, a customer's variant, and a system
// called by the first word of its name.
const kb = loadKnowledgeBase();
const weapons = loadWeaponGazetteer();
const meta: ArticleMetadata = { title: null, outlet: null, language: "en", publishedAt: { date: null, precision: "UNKNOWN" }, authors: [], url: null };

function sides(body: string) {
  return extractDeals(body, meta, [], [], kb, weapons).map((d) => `${d.supplier?.name ?? "?"} -> ${d.recipient?.name ?? "?"}: ${d.items.join(", ")}`);
}

test("a preposition governs the company after its description: 'from major South Korean defence contractor Hyundai Rotem'", () => {
  assert.deepEqual(sides("Norway on Tuesday signed a deal to purchase K2 tanks from major South Korean defence contractor Hyundai Rotem."), [
    "South Korea -> Norway: K2 tanks",
  ]);
});

test("a Russian preposition governs the company after its description: 'у российского оборонного концерна'", () => {
  const [deal] = sides("Вьетнам закупит танки Т-90С у крупнейшего российского оборонного концерна Уралвагонзавод.");
  assert.match(deal, /^Russia -> Vietnam/);
});

test("a demonym before a variant names the customer, not the maker: 'an Egyptian variant of the Rafale'", () => {
  assert.deepEqual(sides("The contract also covers production of an Egyptian variant of the Rafale."), ["France -> Egypt: Rafale"]);
});

test("a system called by the first word of its name is the same system: 'K2' and 'K2 Black Panther', not 'Su-30' and 'Su-30SM'", () => {
  const facts = (designations: string[]) => ({ items: designations, designations, category: null, periodStart: null, periodEnd: null, amount: null, currency: null });
  assert.equal(itemsOverlap(facts(["K2"]), facts(["K2 Black Panther"]), false), true);
  assert.equal(itemsOverlap(facts(["Rafale F4"]), facts(["Rafale"]), false), true);
  assert.equal(itemsOverlap(facts(["Su-30"]), facts(["Su-30SM"]), false), false);
});

test("hyphenated and spaced forms of a generic item match alike: 'missile-defense systems', 'surface to air missiles'", () => {
  const kinds = (text: string) => weapons.find(text).map((m) => `${m.text}: ${m.category}`);
  assert.deepEqual(kinds("a missile-defense system"), ["missile-defense system: air defence systems"]);
  assert.deepEqual(kinds("new surface to air missiles"), ["surface to air missiles: missiles"]);
  assert.deepEqual(kinds("зенитных ракетно‑пушечных комплексов"), ["зенитных ракетно‑пушечных комплексов: air defence systems"]);
});

test("after a deal word the object of a supply verb is still the recipient, and 'with' before the item names no partner", () => {
  assert.deepEqual(sides("Last year, Hanwha Aerospace won a $1.2-billion contract to supply Norway with an air- and missile-defense system."), [
    "South Korea -> Norway: missile-defense system",
  ]);
});

test("a value written with a hyphen keeps its scale: '$777-million contract'", () => {
  const [deal] = extractDeals("Israel will sell Barak-8 missiles to Chile under a $777-million contract.", meta, [], [], kb, weapons);
  assert.equal(deal.amount, 777e6);
});

test("two contracts of one pair with figures a writer keeps apart stay two deals; a rounded restatement merges", () => {
  const body = "Israel signed a $777 million contract to supply Barak-8 missiles to Chile. Shortly afterward, Israel won a $630 million contract to supply Barak-8 missiles to Chile.";
  assert.equal(sides(body).length, 2);
  const restated = "Israel signed a $777 million contract to supply Barak-8 missiles to Chile. The $750 million Barak-8 sale to Chile is Israel's largest this year.";
  assert.equal(sides(restated).length, 1);
});

test("a ship class the gazetteer does not know, before a ship noun, is an item: 'four Nordvik-class frigates'", () => {
  assert.deepEqual(weapons.find("four Nordvik-class frigates").map((m) => [m.text, m.category, m.kind]), [["Nordvik-class frigates", "ships", "shape"]]);
  assert.deepEqual(weapons.find("a world-class team"), []);
});

test("the plan and the contract of one batch (same number of the same system) are one deal; another batch stays apart", () => {
  const oneBatch = "Россия до конца следующего года поставит Вьетнаму четыре истребителя Су-30СМ. По контракту Россия передаст Вьетнаму партию из четырёх истребителей Су-30СМ до конца 2027 года.";
  assert.equal(sides(oneBatch).length, 1, sides(oneBatch).join("; "));
  const twoBatches = "Chile signed a contract with France for 18 Rafale fighter jets last year. Chile would buy another six Rafale jets from France, the minister said.";
  assert.equal(sides(twoBatches).length, 2, sides(twoBatches).join("; "));
});

test("a state named in a parenthetical aside is no party by elimination", () => {
  const found = sides("Сербия купила у Китая зенитные комплексы FK-3, и это (не знаю, как это связано с Россией) вызвало критику.");
  assert.deepEqual(found.map((d) => d.split(":")[0]), ["China -> Serbia"]);
  const aside = sides("The purchase of Chinese FK-3 air defence systems (a first outside Russia) was criticised.");
  assert.ok(aside.every((d) => !d.includes("-> Russia")), aside.join("; "));
});

test("a state that selects a system plans to buy it; one that considers buying seeks it", () => {
  const status = (body: string) => extractDeals(body, meta, [], [], kb, weapons).map((d) => `${d.supplier?.name ?? "?"} -> ${d.recipient?.name ?? "?"} ${d.status}`);
  assert.deepEqual(status("Switzerland selected the F-35A as its next fighter."), ["United States -> Switzerland PLANNED"]);
  assert.deepEqual(status("Vietnam is considering purchasing T-90S tanks from Russia."), ["Russia -> Vietnam SOUGHT"]);
  assert.deepEqual(status("Индонезия рассматривает возможность закупки истребителей Су-35 у России."), ["Russia -> Indonesia SOUGHT"]);
});

test("a donation or a pledge is a supply; the equipment a purchase replaces is no item of it", () => {
  assert.deepEqual(sides("The Netherlands will donate 18 F-16 fighters to Ukraine."), ["Netherlands -> Ukraine: F-16 fighters"]);
  assert.deepEqual(sides("Romania plans to acquire 54 Abrams tanks from the US to replace its ageing Soviet-era T-55s."), ["United States -> Romania: Abrams tanks"]);
});

test("two states signing for items that one of them makes: the maker supplies", () => {
  assert.deepEqual(sides("Польша и Южная Корея подписали контракт на поставку 180 танков K2 Black Panther."), ["South Korea -> Poland: танков, K2 Black Panther"]);
});

test("customers, suppliers and aid packages: 'first customer of the Su-57', 'Armenia's largest arms supplier', 'aid package for Ukraine'", () => {
  assert.deepEqual(sides("Algeria has become the first foreign customer of the Su-57, with deliveries expected next year."), ["Russia -> Algeria: Su-57"]);
  assert.deepEqual(sides("India has emerged as Armenia's largest arms supplier, overtaking Russia."), ["India -> Armenia: arms"]);
  assert.deepEqual(sides("Russia remains the main supplier of Su-35 fighters to Egypt."), ["Russia -> Egypt: Su-35 fighters"]);
  assert.deepEqual(sides("The Pentagon announced a new $250 million military aid package for Ukraine, including HIMARS ammunition."), ["United States -> Ukraine: HIMARS"]);
});

test("a Russian clause whose verb a dash replaces keeps the verb's deal: '…, а у Франции – 54 самолета Rafale'", () => {
  assert.deepEqual(sides("Ранее Египет закупил у России вертолеты Ка-52, а у Франции – 54 самолета Rafale."), [
    "Russia -> Egypt: вертолеты, Ка-52",
    "France -> Egypt: самолета, Rafale",
  ]);
  assert.deepEqual(sides("Россия поставила Армении танки Т-72, а Азербайджану – РСЗО «Смерч»."), ["Russia -> Armenia: танки, Т-72", "Russia -> Azerbaijan: РСЗО, Смерч"]);
});

test("the maker named by 'Chinese-made' or 'китайского производства'; 'из 12 истребителей' is a part, not a side", () => {
  assert.deepEqual(sides("Egypt will receive 12 Chinese-made Nanhai fighter jets by the end of the year."), ["China -> Egypt: fighter jets"]);
  assert.deepEqual(sides("Египет получит первую партию из 12 истребителей Nanhai китайского производства."), ["China -> Egypt: истребителей"]);
});

test("the equipment of a relative clause set off by commas is no item of the deal", () => {
  assert.deepEqual(sides("Colombia, which also evaluated the Gripen, eventually chose the Rafale."), ["France -> Colombia: Rafale"]);
  assert.deepEqual(sides("Перу, которое рассматривало и Су-35, выбрало истребители Rafale."), ["France -> Peru: истребители, Rafale"]);
});

test("a company's description runs on without punctuation: in 'arms to Taiwan, the Pentagon said' the Pentagon is no recipient", () => {
  assert.deepEqual(sides("The State Department approved the potential sale of 2.2 billion dollars worth of arms to Taiwan, the Pentagon said on Monday."), [
    "United States -> Taiwan: arms",
  ]);
});

test("a relative clause set off by commas gives the deal neither its period nor its value ('Chile, which left the programme in 2019, …')", () => {
  const [deal] = extractDeals("Chile, which left the Gripen programme in 2019 after a $90 million dispute, has sought to buy 12 Rafale jets from France.", meta, [], [], kb, weapons);
  assert.equal(deal.supplier?.name, "France");
  assert.equal(deal.period, null);
  assert.equal(deal.valueText, null);
});

test("a generic arms word inside an abstract noun ('arms race', 'торговли оружием') is no item of the deal", () => {
  assert.deepEqual(sides("France will supply Rafale jets to Peru, said an analyst of the Centre for World Arms Trade."), ["France -> Peru: Rafale jets"]);
  assert.deepEqual(sides("Франция поставит Перу оружие, несмотря на гонку вооружений."), ["France -> Peru: оружие"]);
  assert.deepEqual(sides("Аналитик Центра мировой торговли оружием отметил, что Франция поставит Перу истребители Rafale."), ["France -> Peru: истребители, Rafale"]);
});

test("a later bare mention of a transfer ('поставки Су-35 в Перу укрепят …') joins the deal reported before and takes its status", () => {
  const ru = extractDeals("Перу получит первую партию истребителей Су-35 до конца года. Эксперт отметил, что поставки Су-35 в Перу укрепят позиции России.", meta, [], [], kb, weapons);
  assert.deepEqual(ru.map((d) => `${d.supplier?.name} -> ${d.recipient?.name}: ${d.status}`), ["Russia -> Peru: PLANNED"]);
  const en = extractDeals("The sale of Rafale jets to Peru by France strengthens its position. Peru will buy 12 Rafale jets from France.", meta, [], [], kb, weapons);
  assert.deepEqual(en.map((d) => `${d.supplier?.name} -> ${d.recipient?.name}: ${d.status}`), ["France -> Peru: PLANNED"]);
  const alone = extractDeals("The sale of Rafale jets to Peru by France strengthened its position.", meta, [], [], kb, weapons);
  assert.deepEqual(alone.map((d) => d.status), ["DELIVERED"], "alone, a bare transfer word still reads as delivered");
});

test("a participle right after its item is passive ('operates 24 Typhoons delivered in 2022'): the clause's subject holds the goods", () => {
  assert.deepEqual(sides("Peru already operates 24 Typhoons delivered between 2022 and 2023 by Britain."), ["United Kingdom -> Peru: Typhoons"]);
});

test("systems of two makers in one clause go each to its maker's deal ('French Rafale jets and Russian MiG-29M fighters')", () => {
  assert.deepEqual(sides("Peru bought French Rafale jets and Russian MiG-29M fighters."), ["France -> Peru: Rafale jets", "Russia -> Peru: MiG-29M fighters"]);
});

test("a 'with' after a comma ('…, two sources familiar with the talks said') names no unnamed partner of the deal", () => {
  assert.deepEqual(sides("Peru is negotiating with Israel to buy more Harpy drones, two sources familiar with the talks said on Wednesday."), ["Israel -> Peru: Harpy drones"]);
});

test("RU: production under a contract is a transfer ('контракт с компанией X на производство беспилотников'); a plant for production is not; 'поставщиком' supplies", () => {
  assert.deepEqual(sides("Перу подписало контракт с израильской компанией Elbit на производство беспилотников Hermes 900."), ["Israel -> Peru: беспилотников, Hermes 900"]);
  assert.deepEqual(sides("Перу подписало контракт на строительство завода по производству беспилотников Hermes 900 с Израилем."), []);
  assert.deepEqual(sides("Франция остается главным поставщиком вооружений для Перу."), ["France -> Peru: вооружений"]);
});

test("a sentence naming the deal in passing ('complete a deal worth $8.1 billion signed in 2022') gives the deal before its value and period", () => {
  const [deal] = extractDeals("Peru ordered 42 Rafale jets from France. The 18 aircraft in the last tranche complete a deal worth $8.1 billion that was signed in February 2022.", meta, [], [], kb, weapons);
  assert.equal(deal.valueText, "$8.1 billion");
  assert.equal(deal.periodStart, 2022);
});

test("a name in quotation marks right after a kind of equipment is that system ('бронеавтомобилей «Тигр»'); after vague words it is not", () => {
  assert.deepEqual(sides("Перу получило от России первую партию бронеавтомобилей «Тигр»."), ["Russia -> Peru: бронеавтомобилей, Тигр"]);
  assert.deepEqual(sides("Перу закупило у России вооружения «Рособоронэкспорта»."), ["Russia -> Peru: вооружения"]);
});

test("when the clause's own verb says the goods arrived, a plan told after it is history ('has received 12 helicopters … under a sale approved in 2022')", () => {
  const [deal] = extractDeals("Peru has received the first batch of 12 AH-1Z helicopters bought from the United States under a sale approved in 2022.", meta, [], [], kb, weapons);
  assert.equal(deal.status, "DELIVERED");
  const [planned] = extractDeals("Peru will receive 12 AH-1Z helicopters from the United States.", meta, [], [], kb, weapons);
  assert.equal(planned.status, "PLANNED");
});

test("a full passive ('when the first six were delivered'): the state before holds the goods, the maker supplies them", () => {
  assert.deepEqual(sides("Morocco has operated AH-64E Apache helicopters since 2024, when the first six of 24 were delivered."), [
    "United States -> Morocco: AH-64E, Apache helicopters",
  ]);
  // a recipient named after "to" keeps the subject out of it
  assert.deepEqual(sides("Russia said the first S-400 battalions were delivered to India."), ["Russia -> India: S-400"]);
});

test("'arms' before 'exporter', 'maker' or 'company' is no item", () => {
  const [deal] = sides("Rosoboronexport signed a contract with Algeria for Su-35 jets, the state arms exporter said on Monday.");
  assert.match(deal, /: Su-35 jets$/);
});

test("a state's office acts for the state: 'Argentina's Defense Minister Luis Petri signed a contract to buy … from Denmark'", () => {
  assert.deepEqual(sides("Argentina's Defense Minister Luis Petri signed a contract in Copenhagen on Tuesday to buy 24 used F-16 fighter jets from Denmark."), [
    "Denmark -> Argentina: F-16 fighter jets",
  ]);
});

test("a list of states before a purchase verb buys, each from the maker of the items; a pair before 'signed' stays one deal", () => {
  assert.deepEqual(sides("Nigeria, Ethiopia, Togo and Morocco have all bought Bayraktar TB2 drones since 2021."), [
    "Turkey -> Nigeria: Bayraktar TB2 drones",
    "Turkey -> Ethiopia: Bayraktar TB2 drones",
    "Turkey -> Togo: Bayraktar TB2 drones",
    "Turkey -> Morocco: Bayraktar TB2 drones",
  ]);
  assert.equal(sides("Azerbaijan and Israel signed a deal to buy Barak air defence systems.").length, 1);
});

test("expecting a delivery is receiving it, later: 'Armenia expects delivery of … from India', 'Армения ожидает поставку'", () => {
  assert.deepEqual(sides("Armenia expects delivery of 12 ATAGS howitzers from India this year."), ["India -> Armenia: ATAGS howitzers"]);
  const [deal] = extractDeals("Армения ожидает поставку гаубиц ATAGS из Индии.", { ...meta, language: "ru" }, [], [], kb, weapons);
  assert.equal(`${deal.supplier?.name} -> ${deal.recipient?.name} ${deal.status}`, "India -> Armenia PLANNED");
});

test("a participle clause ('after buying Russia's S-400') is a deal of its own, and its subject is the sentence's", () => {
  assert.deepEqual(sides("Turkey was removed from the US F-35 programme in 2019 after buying Russia's S-400 air defence system."), [
    "Russia -> Turkey: S-400 air defence system",
  ]);
});

test("a green light or a lifted veto approves a sale: the deal is planned, not delivered", () => {
  const [deal] = extractDeals("Germany has given the green light for the sale of 40 Eurofighter Typhoon jets to Turkey.", meta, [], [], kb, weapons);
  assert.equal(deal.status, "PLANNED");
});

test("'the system' / 'эти комплексы' point back to the system of the deal reported just before, and it comes from the same supplier", () => {
  assert.deepEqual(sides("The Philippines has signed a contract with India for two more batteries of BrahMos missiles. Indonesia and Vietnam are also in talks to buy the system, according to Indian officials."), [
    "India -> Philippines: BrahMos missiles",
    "India -> Indonesia: BrahMos",
    "India -> Vietnam: BrahMos",
  ]);
  const ru = extractDeals("Россия поставила Алжиру комплексы С-400. Египет также хочет купить эти комплексы.", { ...meta, language: "ru" }, [], [], kb, weapons);
  assert.deepEqual(ru.map((d) => `${d.supplier?.name} -> ${d.recipient?.name}: ${d.designations.join(", ")}`), ["Russia -> Algeria: S-400", "Russia -> Egypt: S-400"]);
  // with no system named before, "the system" is no item
  assert.deepEqual(sides("Indonesia wants to buy the system."), []);
});

test("'delivered by Denmark and the Netherlands': both states supply, neither is the other's recipient", () => {
  assert.deepEqual(sides("The jets were delivered to Ukraine by Denmark and the Netherlands."), ["Denmark -> Ukraine: jets", "Netherlands -> Ukraine: jets"]);
});

test("'Ukraine has received its first F-16 jets … The jets were delivered by Denmark and the Netherlands': the named suppliers, to the recipient before, and no supplier inferred from the maker", () => {
  assert.deepEqual(sides("Ukraine has received its first F-16 fighter jets, the president announced. The jets were delivered by Denmark and the Netherlands, which have pledged 43 aircraft."), [
    "Denmark -> Ukraine: F-16, aircraft",
    "Netherlands -> Ukraine: F-16, aircraft",
  ]);
  // told alone, the receipt still gets the maker as inferred supplier
  assert.deepEqual(sides("Ukraine has received its first F-16 fighter jets, the president announced."), ["United States -> Ukraine: F-16 fighter jets"]);
});
