import assert from "node:assert/strict";
import { test } from "node:test";
import { extractDeals } from "../../../src/extract/deals/extract-deals";
import type { ArticleMetadata, ExtractedStatement } from "../../../src/extract/types";
import { loadKnowledgeBase } from "../../../src/knowledge/load-knowledge-base";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";

const kb = loadKnowledgeBase();
const weapons = loadWeaponGazetteer();

function meta(publishedAt: string | null = null, language = "en"): ArticleMetadata {
  return { title: null, outlet: null, language, publishedAt: { date: publishedAt, precision: publishedAt ? "DAY" : "UNKNOWN" }, authors: [], url: null };
}

/** The deals of an invented body, reduced to what a test compares. */
function deals(body: string, options: { publishedAt?: string; statements?: ExtractedStatement[] } = {}) {
  return extractDeals(body, meta(options.publishedAt ?? null), options.statements ?? [], [], kb, weapons).map((d) => ({
    supplier: d.supplier?.name ?? null,
    recipient: d.recipient?.name ?? null,
    items: d.items,
    designations: d.designations,
    category: d.category,
    quantity: d.quantity,
    value: d.valueText,
    amount: d.amount,
    currency: d.currency,
    period: d.period,
    years: [d.periodStart, d.periodEnd],
    status: d.status,
    evidence: d.evidence,
    more: d.additionalEvidence.length,
    inferred: d.inferred ?? null,
    confidence: d.confidence,
    note: d.evidence.note ?? null,
  }));
}

function quote(body: string, text: string, speakerId: string): ExtractedStatement {
  const start = body.indexOf(text);
  const speaker = kb.byId(speakerId)!;
  return {
    text, kind: "DIRECT", speaker: { kbId: speaker.id, name: speaker.name, kind: speaker.kind }, speakerLabel: null, via: null,
    saidOn: { date: null, precision: "UNKNOWN" }, language: "en", start, end: start + text.length, confidence: 1,
  };
}

test("English: a sale to a state, with value, items and a period; evidence points into the body", () => {
  const body = "Officials met on Monday. Moscow sold about $3 billion worth of tanks and howitzers to Yerevan in 2012-2014.";
  const [deal, ...rest] = deals(body);
  assert.equal(rest.length, 0);
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["Russia", "Armenia", "DELIVERED"]);
  assert.deepEqual(deal.items, ["tanks", "howitzers"]);
  assert.deepEqual([deal.value, deal.amount, deal.currency], ["$3 billion", 3e9, "USD"]);
  assert.deepEqual([deal.period, deal.years], ["in 2012-2014", [2012, 2014]]);
  assert.equal(deal.category, "armoured vehicles");
  assert.equal(body.slice(deal.evidence.start, deal.evidence.end), deal.evidence.excerpt);
  assert.ok(deal.evidence.excerpt.startsWith("Moscow sold"));
});

test("English: a buyer, a named system in another spelling, a supplier after 'from', and a quantity", () => {
  const [deal] = deals("Kazakhstan has received 12 Su-30SM fighters from Russia since 2015.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status, deal.quantity], ["Russia", "Kazakhstan", "DELIVERED", 12]);
  assert.deepEqual(deal.designations, ["Su-30SM"]);
  assert.deepEqual([deal.period, deal.years], ["since 2015", [2015, null]]);
  assert.equal(deal.category, "aircraft");
});

test("English: a demonym gives the supplier ('Israeli-made'), an unknown designation is kept by its shape", () => {
  const [deal] = deals("Georgia hopes to get Israeli-made Spike missiles and some XR-17 drones next year.", { publishedAt: "2019-05-02" });
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["Israel", "Georgia", "SOUGHT"]);
  assert.ok(deal.designations.includes("Spike") && deal.designations.includes("XR-17"));
  assert.deepEqual(deal.years, [2020, 2020]);
});

test("English: statuses from the wording", () => {
  const status = (s: string) => deals(s)[0]?.status;
  assert.equal(status("Turkey is negotiating with Russia on more S-400 systems."), "NEGOTIATING");
  assert.equal(status("Belarus plans to buy Tor-M2 systems from Russia."), "PLANNED");
  assert.equal(status("France offered CAESAR howitzers to India."), "OFFERED");
  assert.equal(status("India signed a contract for 36 Rafale jets with France."), "CONTRACTED");
  assert.equal(status("Moscow froze the delivery of S-300 systems to Iran."), "CANCELLED");
  assert.equal(status("Russia denied selling Iskander missiles to Armenia."), "DENIED");
  assert.equal(status("Georgia reportedly bought Bayraktar TB2 drones from Turkey."), "RUMOURED");
});

test("English: 'to both X and Y' gives one deal per recipient", () => {
  const found = deals("Russia supplies weapons to both Armenia and Azerbaijan.");
  assert.deepEqual(found.map((d) => [d.supplier, d.recipient]), [["Russia", "Armenia"], ["Russia", "Azerbaijan"]]);
});

test("English: the object of 'supplying X with', and a supplier named after its verb", () => {
  const [deal] = deals("By supplying Armenia with modern artillery, Russia has angered its neighbours.");
  assert.deepEqual([deal.supplier, deal.recipient], ["Russia", "Armenia"]);
});

test("English: 'the Azerbaijani army' is Azerbaijan; a compound 'Israeli-Azerbaijani' gives the other side", () => {
  const [deal] = deals("The Azerbaijani army received Harop drones under Israeli-Azerbaijani contracts signed in 2016.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.period], ["Israel", "Azerbaijan", "in 2016"]);
});

test("English: a contract signed 'for the supply of' leaves the signer's side to the system's maker", () => {
  const [deal] = deals("Armenia signed contracts with India for the supply of Pinaka rocket launchers worth $250 million.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status, deal.amount], ["India", "Armenia", "CONTRACTED", 2.5e8]);
});

test("English: no deal from a hypothetical, from a facility, from a mere mention of weapons, or when the supplier is 'many countries'", () => {
  assert.deepEqual(deals("He said Azerbaijan could have purchased weapons from other nations."), []);
  assert.deepEqual(deals("Russia and Azerbaijan will sign a contract on a helicopter maintenance center in Baku."), []);
  assert.deepEqual(deals("Russian tanks paraded in Moscow while Armenia watched."), []);
  assert.deepEqual(deals("Azerbaijan buys weapons from many countries, the adviser said."), []);
});

test("English: a possessor after 'to' is not the recipient ('to Armenia's arch-foe')", () => {
  const found = deals("Russia hinted at more arms sales to Armenia's arch-foe.");
  assert.ok(found.every((d) => d.recipient !== "Armenia"));
});

test("a quoted 'we' is the speaker's state; the supplier comes from the sentence before; the same transfer merges with two pieces of evidence", () => {
  const body = "Azerbaijan wants to buy more Russian weapons, Aliyev said. “We are holding talks on new arms purchases,” he told reporters.";
  const statement = quote(body, "We are holding talks on new arms purchases,", "ilham-aliyev");
  const found = deals(body, { statements: [statement] });
  assert.equal(found.length, 1);
  assert.deepEqual([found[0].supplier, found[0].recipient, found[0].status, found[0].more], ["Russia", "Azerbaijan", "NEGOTIATING", 1]);
});

test("a sentence that continues a deal ('Those included …') adds its items", () => {
  const [deal] = deals("Armenia showed new weapons recently acquired from Russia. Those included Iskander ballistic missiles.");
  assert.deepEqual([deal.supplier, deal.recipient], ["Russia", "Armenia"]);
  assert.ok(deal.items.includes("Iskander ballistic missiles"));
  assert.deepEqual(deal.designations, ["9K720 Iskander"]);
});

test("reports of different transfers between the same states stay apart; a vague report merges into a precise one", () => {
  const found = deals("Russia will sell two An-124 aircraft to Baku. Russia also plans to deliver T-90S tanks to Azerbaijan. Moscow's supplies of arms to Baku will continue.");
  assert.deepEqual(found.map((d) => d.designations), [["An-124"], ["T-90S"]]);
  assert.equal(found[0].quantity, 2);
  assert.equal(found[0].more, 1, "the vague report is evidence for the first matching deal");
});

test("Russian: nominative supplier, dative recipient, genitive items, a period 'с … по … год'", () => {
  const [deal] = deals("Россия поставляла Армении танки Т-72Б3 и системы «Смерч» с 2016 по 2019 год.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["Russia", "Armenia", "DELIVERED"]);
  assert.deepEqual(deal.designations, ["T-72", "BM-30 Smerch"]);
  assert.deepEqual(deal.years, [2016, 2019]);
});

test("Russian: 'получил от', capitals for states, drones and electronic warfare as items", () => {
  const [deal] = deals("Ереван получил от Москвы новые беспилотники и средства РЭБ.");
  assert.deepEqual([deal.supplier, deal.recipient], ["Russia", "Armenia"]);
  assert.ok(deal.items.includes("беспилотники") && deal.items.includes("РЭБ"));
});

test("Russian: a demonym on the weapon gives the supplier ('американское оружие'), a wish gives SOUGHT", () => {
  const [deal] = deals("Грузия рассчитывает купить американское оружие.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["United States", "Georgia", "SOUGHT"]);
});

test("Russian: agent in the instrumental, value in words, 'в … году'", () => {
  const [deal] = deals("Издание узнало о поставках Белоруссией оружия Азербайджану на 5 миллиардов долларов в 2019 году.");
  assert.deepEqual([deal.supplier, deal.recipient], ["Belarus", "Azerbaijan"]);
  assert.deepEqual([deal.value, deal.amount, deal.currency, deal.years], ["5 миллиардов долларов", 5e9, "USD", [2019, 2019]]);
});

test("Russian: 'для вооруженных сил X' is the recipient, 'между Минском и Баку' leaves the supplier to the other state, negotiation status", () => {
  const [deal] = deals("Идет согласование закупки комплексов «Гроза-С» между Минском и Баку для вооруженных сил Азербайджана.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["Belarus", "Azerbaijan", "NEGOTIATING"]);
  assert.deepEqual(deal.designations, ["Groza-S"]);
});

test("Russian: plans and a quantity in words; intentions with no counterpart and no figures are not deals", () => {
  const [deal] = deals("Казахстан намерен приобрести две батареи С-400 у России.");
  assert.equal(deal.status, "PLANNED");
  assert.deepEqual(deal.designations, ["S-400"]);
  assert.deepEqual(deals("Армения намерена приобрести новое вооружение."), []);
});

test("one clause reporting two transfers with their own items gives two deals; the second keeps the first one's supplier", () => {
  const found = deals("Russia sold T-72 tanks to Armenia in 2015 and agreed to deliver S-400 systems to Turkey.");
  assert.deepEqual(found.map((d) => [d.supplier, d.recipient, d.designations[0], d.status]), [
    ["Russia", "Armenia", "T-72", "DELIVERED"], ["Russia", "Turkey", "S-400", "CONTRACTED"],
  ]);
  const ru = deals("Минск поставил Баку артиллерию, а также идет согласование закупки комплексов «Полонез» для армии Азербайджана.");
  assert.deepEqual(ru.map((d) => [d.supplier, d.recipient, d.status]), [["Belarus", "Azerbaijan", "DELIVERED"], ["Belarus", "Azerbaijan", "NEGOTIATING"]]);
});

test("Russian: 'закупил у X' names the supplier; refusals cancel; approvals plan; case read from any feminine name ('Франция')", () => {
  const [bought] = deals("Азербайджан закупил у Израиля беспилотники Harop.");
  assert.deepEqual([bought.supplier, bought.recipient, bought.status], ["Israel", "Azerbaijan", "DELIVERED"]);
  assert.equal(deals("Россия отказалась поставлять Армении оружие.")[0].status, "CANCELLED");
  assert.equal(deals("США одобрили продажу Азербайджану вертолетов Black Hawk.")[0].status, "PLANNED");
  const [given] = deals("Франция передала Армении бронемашины Bastion.");
  assert.deepEqual([given.supplier, given.recipient, given.designations], ["France", "Armenia", ["Bastion"]]);
});

test("a person or body of a state acts for it as subject ('Putin agreed to sell'), but is never guessed as the other side", () => {
  const [deal] = deals("Putin agreed to sell S-400 systems to Turkey.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status], ["Russia", "Turkey", "CONTRACTED"]);
  const [bought] = deals("Turkey bought Bayraktar drones, Erdogan told Putin.");
  assert.equal(bought?.supplier ?? null, null);
});

test("Russian: a ministry signing a contract for a system its state makes is the supplier; the counterpart is the recipient", () => {
  const [deal] = deals("Минобороны России заключило контракт с Казахстаном на поставку вертолетов Ми-35.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status, deal.designations], ["Russia", "Kazakhstan", "CONTRACTED", ["Mi-35"]]);
});

test("a deal with no direction between two states goes from the weapons maker to the other; two makers leave it undecided", () => {
  const [deal] = deals("Azerbaijan signed a $1.6 billion arms deal with Israel.");
  assert.deepEqual([deal.supplier, deal.recipient, deal.status, deal.amount], ["Israel", "Azerbaijan", "CONTRACTED", 1.6e9]);
  assert.deepEqual(deals("Russia and India signed a deal on frigates."), []);
});

test("a missing side named as no state is not borrowed; a vague report lends its party only to a deal as vague", () => {
  const talks = deals("Armenia has bought most of its weapons from Russia. Officials said talks on further purchases of night-vision equipment continue with several European governments.");
  assert.deepEqual(talks.map((d) => [d.supplier, d.recipient]), [["Russia", "Armenia"]]);
  const ordered = deals("Kazakhstan has ordered two C295 transport aircraft. Kazakhstan has bought most of its military equipment from Russia.");
  assert.deepEqual(ordered.map((d) => [d.supplier, d.recipient, d.designations]), [["Spain", "Kazakhstan", ["C295"]], ["Russia", "Kazakhstan", []]],
    "the C295's supplier is its maker's state, never the Russia of the next sentence");
});

test("values stop at the currency: no sentence-final stop, no next sentence, decimal commas read", () => {
  const [ru] = deals("Россия поставила Индии пять полковых комплектов С-400 на сумму 5,43 млрд долларов. В 2018 году Индия также купила фрегаты.");
  assert.deepEqual([ru.value, ru.amount, ru.currency], ["5,43 млрд долларов", 5.43e9, "USD"]);
  const [end] = deals("Минск продал Еревану беспилотники на сумму около 250 млн долларов.");
  assert.deepEqual([end.value, end.amount], ["250 млн долларов", 2.5e8]);
  const [en] = deals("France sold Armenia CAESAR howitzers for €1.2bn. Talks on radars followed.");
  assert.deepEqual([en.value, en.amount, en.currency], ["€1.2bn", 1.2e9, "EUR"]);
});

test("a recipient with no supplier gets the gazetteer maker of its items, marked inferred and less confident", () => {
  const [ru] = deals("Ереван получил первую партию истребителей Су-30СМ.");
  assert.deepEqual([ru.supplier, ru.recipient, ru.status, ru.inferred], ["Russia", "Armenia", "DELIVERED", { supplier: "origin" }]);
  assert.ok(ru.confidence! < 1);
  assert.match(ru.note!, /Su-30SM.*Russia/);
  const [en] = deals("Armenia took delivery of its first Su-30SM fighters.");
  assert.deepEqual([en.supplier, en.recipient, en.status, en.inferred], ["Russia", "Armenia", "DELIVERED", { supplier: "origin" }]);
  const [kz] = deals("Казахстан получил четыре вертолета Ми-35 в 2020 году.");
  assert.deepEqual([kz.supplier, kz.recipient, kz.quantity], ["Russia", "Kazakhstan", 4]);
  const [named] = deals("Kazakhstan has received 12 Su-30SM fighters from Russia.");
  assert.deepEqual([named.inferred, named.confidence, named.note], [null, 1, null]);
});

test("no supplier is inferred for domestic or licensed production, for the maker itself, or when another state is named", () => {
  assert.equal(deals("Армения получила истребители Су-30СМ собственного производства.")[0]?.supplier ?? null, null);
  assert.equal(deals("Armenia took delivery of Su-30SM fighters that were locally produced under licence.")[0]?.supplier ?? null, null);
  assert.equal(deals("India received the first Akash systems.")[0]?.supplier ?? null, null);
  assert.equal(deals("Kazakhstan received Mi-35 helicopters modernised in Belarus.")[0]?.supplier ?? null, null);
  assert.equal(deals("Казахстан получил вертолеты Ми-35, модернизированные в Белоруссии.")[0]?.supplier ?? null, null);
});

test("'signed with': the signer buys from its partner; a known item origin decides which side supplies", () => {
  const pair = (s: string) => deals(s).map((d) => [d.supplier, d.recipient, d.status]);
  assert.deepEqual(pair("Армения подписала с Индией контракты на поставку систем ПВО Akash."), [["India", "Armenia", "CONTRACTED"]]);
  assert.deepEqual(pair("Armenia signed a contract with India for Pinaka launchers."), [["India", "Armenia", "CONTRACTED"]]);
  assert.deepEqual(pair("Россия подписала с Индией контракт на поставку С-400."), [["Russia", "India", "CONTRACTED"]]);
  assert.deepEqual(pair("India signed a contract with Russia for S-400 systems."), [["Russia", "India", "CONTRACTED"]]);
  assert.deepEqual(pair("Georgia signed a contract with France for XR-17 drones."), [["France", "Georgia", "CONTRACTED"]]);
  assert.deepEqual(pair("Индия подписала с Арменией контракт на поставку гаубиц ATAGS."), [["India", "Armenia", "CONTRACTED"]]);
  assert.deepEqual(pair("Kazakhstan signed a contract with Uzbekistan for XR-17 drones."), [["Uzbekistan", "Kazakhstan", "CONTRACTED"]], "no maker known: the signer buys");
  assert.deepEqual(pair("Армения подписала с Казахстаном контракт на поставку беспилотников XR-17."), [["Kazakhstan", "Armenia", "CONTRACTED"]]);
  assert.deepEqual(pair("Armenia signed a deal with Georgia on weapons."), []);
});

test("a sentence referring back to the deal just reported adds its value and relative period, as evidence, not as a new deal", () => {
  const en = deals("Armenia has received the first batch of Pinaka launchers from India. The deal, worth around $250 million, was signed last year.", { publishedAt: "2024-02-23" });
  assert.equal(en.length, 1);
  assert.deepEqual([en[0].supplier, en[0].recipient, en[0].value, en[0].amount, en[0].period, en[0].years, en[0].more], ["India", "Armenia", "$250 million", 2.5e8, "last year", [2023, 2023], 1]);
  const ru = deals("Армения получила первую партию систем Pinaka от Индии. Контракт стоимостью около 250 млн долларов был подписан в прошлом году.", { publishedAt: "2024-02-23" });
  assert.equal(ru.length, 1);
  assert.deepEqual([ru[0].value, ru[0].amount, ru[0].currency, ru[0].years, ru[0].more], ["250 млн долларов", 2.5e8, "USD", [2023, 2023], 1]);
  const sum = deals("Россия поставила Индии танки Т-90С. Сумма контракта составила 2 млрд долларов.");
  assert.deepEqual([sum.length, sum[0].amount], [1, 2e9]);
  const other = deals("Armenia has received Pinaka launchers from India. The deal with Russia for S-400 systems was worth $5 billion.");
  assert.equal(other.find((d) => d.recipient === "Armenia")?.amount, null, "a sentence naming another state is not about the deal before");
});

test("buying 'from many countries' names no supplier, and nothing is borrowed for it; examples after 'including' name it", () => {
  const parties = (s: string) => deals(s).map((d) => [d.supplier, d.recipient, d.items]);
  assert.deepEqual(parties("Russia sold tanks to Azerbaijan. Azerbaijan buys weapons from many countries."), [["Russia", "Azerbaijan", ["tanks"]]]);
  assert.deepEqual(parties("Russia sold tanks to Azerbaijan. Azerbaijan also buys weapons from other nations."), [["Russia", "Azerbaijan", ["tanks"]]]);
  assert.deepEqual(parties("Россия продала Азербайджану танки. Азербайджан закупает оружие у многих стран."), [["Russia", "Azerbaijan", ["танки"]]]);
  assert.deepEqual(parties("Baku has been buying weapons from a range of suppliers."), []);
  assert.deepEqual(parties("Russia sold Su-30SM fighters to Armenia; Azerbaijan also buys weapons."), [["Russia", "Armenia", ["Su-30SM fighters"]]]);
  assert.deepEqual(parties("Azerbaijan buys weapons from many countries, including Israel and Turkey."), [["Israel", "Azerbaijan", ["weapons"]], ["Turkey", "Azerbaijan", ["weapons"]]]);
  assert.deepEqual(parties("Азербайджан закупает вооружение у многих стран, в том числе у Израиля и Турции."), [["Israel", "Azerbaijan", ["вооружение"]], ["Turkey", "Azerbaijan", ["вооружение"]]]);
});

test("a vague report with a borrowed party that merges into no deal is dropped", () => {
  const found = deals("Russia delivered S-400 systems to Turkey in 2019. Turkey is also holding talks on new arms purchases.");
  assert.deepEqual(found.map((d) => [d.supplier, d.recipient, d.designations]), [["Russia", "Turkey", ["S-400"]]]);
});

test("a party borrowed from the deal before is marked so; a later report naming it outright clears the mark", () => {
  const [first, second] = deals("Russia sold S-400 systems to India. India also bought frigates.");
  assert.deepEqual([second.supplier, second.recipient, second.inferred], ["Russia", "India", { supplier: "context" }]);
  assert.match(second.note!, /Russia/);
  assert.ok(second.confidence! < 1 && second.confidence! > 0.6);
  assert.equal(first.inferred, null);
  const [merged] = deals("Ереван получил первую партию истребителей Су-30СМ. Россия поставила Армении истребители Су-30СМ в 2023 году.");
  assert.deepEqual([merged.supplier, merged.inferred, merged.confidence, merged.note, merged.more], ["Russia", null, 1, null, 1]);
});

test("arrivals report a delivery to the place the items arrive in, only when no other transfer word is there", () => {
  const pair = (s: string) => deals(s).map((d) => [d.supplier, d.recipient, d.status]);
  assert.deepEqual(pair("The first Bayraktar TB2 drones arrived in Kyrgyzstan last week."), [["Turkey", "Kyrgyzstan", "DELIVERED"]]);
  assert.deepEqual(pair("В Ереван прибыла первая партия истребителей Су-30СМ."), [["Russia", "Armenia", "DELIVERED"]]);
  assert.deepEqual(pair("A batch of T-72 tanks arrived in Armenia from Russia."), [["Russia", "Armenia", "DELIVERED"]]);
  assert.deepEqual(pair("Russian Defence Minister Sergei Shoigu arrived in Baku to discuss arms supplies."), []);
});

test("a transfer that was stopped or not carried out is CANCELLED, not DELIVERED (English and Russian)", () => {
  const statusOf = (body: string) => deals(body).map((d) => [d.supplier, d.recipient, d.status]);
  assert.deepEqual(statusOf("Georgia has stopped buying weapons from Ukraine, the minister said."), [["Ukraine", "Georgia", "CANCELLED"]]);
  assert.deepEqual(statusOf("Ukraine failed to deliver the Oplot tanks Georgia ordered in 2019."), [["Ukraine", "Georgia", "CANCELLED"]]);
  assert.deepEqual(statusOf("Израиль прекратил поставки вооружений Грузии в прошлом году."), [["Israel", "Georgia", "CANCELLED"]]);
  assert.deepEqual(statusOf("Ukraine delivered Oplot tanks to Georgia in 2019."), [["Ukraine", "Georgia", "DELIVERED"]]);
});

test("a one-sided report far from the article's deal takes the counterpart the state has everywhere else", () => {
  const ru = deals("Россия поставила Вьетнаму истребители Су-30МК2. Переговоры шли год. Стороны довольны. Погода была хорошей. Министры встретились в Ханое. Россия также передала танки Т-90С.");
  assert.deepEqual(ru.map((d) => [d.supplier, d.recipient]), [["Russia", "Vietnam"], ["Russia", "Vietnam"]]);
  assert.equal(ru[1].inferred?.recipient, "context");
  const en = deals("Sweden delivered Gripen fighters to Hungary. The talks lasted a year. Officials were pleased. The weather was fine. Ministers met in Budapest. Sweden has also supplied Archer howitzers.");
  assert.deepEqual(en.map((d) => [d.supplier, d.recipient]), [["Sweden", "Hungary"], ["Sweden", "Hungary"]]);
});

test("a state read on the wrong side of a system the article's deal names takes the article's side", () => {
  const found = deals("Spain sold Meteor missiles to Chile. The talks lasted a year. Officials were pleased. The weather was fine. Ministers met in Madrid. The firm won a contract to supply Meteor missiles for four Chilean frigates.");
  assert.deepEqual(found.map((d) => [d.supplier, d.recipient]), [["Spain", "Chile"]]);
});

test("a one-sided report is not completed when the state faces several counterparts in the article", () => {
  const found = deals("Turkey delivered Bayraktar TB2 drones to Ukraine. Turkey also sold Bayraktar TB2 drones to Poland. Officials were pleased. The weather was fine. Ministers met in Ankara. Turkey also sent armoured vehicles.");
  assert.ok(found.every((d) => d.recipient !== null || d.inferred === null), JSON.stringify(found.map((d) => [d.supplier, d.recipient])));
  assert.ok(!found.some((d) => d.items.includes("armoured vehicles") && d.recipient !== null));
});

test("a party bound to deliver has a contract, not a plan", () => {
  const ru = deals("По этому документу Франции необходимо передать Греции шесть истребителей Rafale до конца 2024 года.");
  assert.deepEqual(ru.map((d) => [d.supplier, d.recipient, d.status]), [["France", "Greece", "CONTRACTED"]]);
  const en = deals("Under the deal Italy has to deliver four M-346 trainers to Nigeria.");
  assert.deepEqual(en.map((d) => [d.supplier, d.recipient, d.status]), [["Italy", "Nigeria", "CONTRACTED"]]);
  const must = deals("Закупленные вертолёты Ми-17 Россия должна поставить Перу к 2026 году.");
  assert.deepEqual(must.map((d) => d.status), ["CONTRACTED"]);
});

test("a state's ministry signing beside the other side's arms exporter is the other party", () => {
  const en = deals("The Defense Ministry of Peru and Rosoboronexport signed a contract for the supply of Mi-17 helicopters.");
  assert.deepEqual(en.map((d) => [d.supplier, d.recipient]), [["Russia", "Peru"]]);
  const ru = deals("Министерство обороны Перу и «Рособоронэкспорт» подписали контракт на поставку вертолётов Ми-17.");
  assert.deepEqual(ru.map((d) => [d.supplier, d.recipient]), [["Russia", "Peru"]]);
});

test("a quoted minister's contract 'with France' has his state as its other side; unquoted, the side stays unknown", () => {
  const body = "The minister answered. “A contract with France was signed for three Ground Master 200 radars,” he said.";
  const quoted = deals(body, { statements: [quote(body, "A contract with France was signed for three Ground Master 200 radars,", "suren-papikyan")] });
  assert.deepEqual(quoted.map((d) => `${d.supplier} -> ${d.recipient}`), ["France -> Armenia"]);
  assert.deepEqual(deals(body).map((d) => `${d.supplier} -> ${d.recipient}`), ["France -> null"]);
});

test("RU: a state's dative is read from its dictionary form, even where the base also lists its case forms ('Египту', 'Израилю' are recipients)", () => {
  assert.deepEqual(deals("Египту поставят танки Т-90 в 2025 году.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`), ["Russia -> Egypt PLANNED"]);
  assert.deepEqual(deals("Израилю передадут системы ПВО из США.").map((d) => `${d.supplier} -> ${d.recipient}`), ["United States -> Israel"]);
});

test("RU: a perfective verb in the present form tells a future transfer ('поставят', 'получат', 'передадут' are planned)", () => {
  assert.deepEqual(deals("Индия получат зенитные комплексы С-400 от России.").map((d) => d.status), ["PLANNED"]);
  assert.deepEqual(deals("Россия передаст Ирану истребители Су-35.").map((d) => d.status), ["PLANNED"]);
});

test("a kind of equipment written with a capital inside a company's name is no item: 'Russian Helicopters', '«Вертолеты России»'", () => {
  const en = deals("The ministry of Kazakhstan signed a contract with Russian Helicopters for eight Mi-35M attack helicopters.");
  assert.deepEqual(en.map((d) => d.items), [["Mi-35M attack helicopters"]]);
  const ru = deals("Министерство обороны Казахстана подписало контракт с компанией «Вертолеты России» на поставку восьми ударных вертолетов Ми-35М.");
  assert.ok(ru.length === 1 && !ru[0].items.includes("Вертолеты"), JSON.stringify(ru.map((d) => d.items)));
  assert.deepEqual(deals("Истребители Су-35 поставят Египту в 2025 году.").map((d) => d.items), [["Истребители", "Су-35"]]);
});

test("a state that presses takes no side: 'under pressure from the United States', 'под давлением США'; the maker then supplies", () => {
  assert.deepEqual(deals("Egypt dropped its purchase of Su-35 fighters under pressure from the United States.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`), ["Russia -> Egypt CANCELLED"]);
  assert.deepEqual(deals("Египет отказался от закупки Су-35 под давлением США.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`), ["Russia -> Egypt CANCELLED"]);
});

test("whoever receives a request or an order receives no goods: 'We have received a request for 12 more aircraft'", () => {
  assert.deepEqual(deals("Russia has received a request for 12 more Su-30MKI aircraft."), []);
  assert.deepEqual(deals("India received the first S-400 regiment in December.").map((d) => `${d.supplier} -> ${d.recipient}`), ["Russia -> India"]);
});

test("'after it purchased …' is a clause of its own with the sentence's subject: the program it left lends it no item", () => {
  assert.deepEqual(deals("Turkey was removed from the F-35 program in 2019 after it purchased the Russian-made S-400 missile defense system.")
    .map((d) => `${d.supplier} -> ${d.recipient}: ${d.items.join(", ")}`), ["Russia -> Turkey: S-400 missile defense system"]);
});

test("a signer with no partner named buys what another state makes: 'Poland signed a contract for 180 K2 tanks', 'a contract Poland signed in 2022 for …'", () => {
  const pair = (s: string) => deals(s).map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`);
  assert.deepEqual(pair("Poland signed a contract for 180 K2 tanks."), ["South Korea -> Poland CONTRACTED"]);
  assert.deepEqual(pair("It follows up on a contract Poland signed in 2022 for the first batch of 180 K2 tanks."), ["South Korea -> Poland CONTRACTED"]);
  assert.deepEqual(pair("Poland signed a contract for new tanks."), [], "no maker known: nothing to tell who supplies");
});

test("a contract and the delivery still to come of the same system are one deal; a delivery with a number of its own or 'more' is another", () => {
  const body = "Armenia has signed a contract with France for 36 CAESAR self-propelled howitzers. Later the French minister said France would deliver the CAESAR howitzers to Armenia within two years.";
  assert.deepEqual(deals(body).map((d) => d.status), ["CONTRACTED"]);
  const more = "Armenia has signed a contract with France for 36 CAESAR self-propelled howitzers. Later the French minister said France would deliver more CAESAR howitzers to Armenia.";
  assert.deepEqual(deals(more).map((d) => d.status).sort(), ["CONTRACTED", "PLANNED"]);
});

test("a state whose approval a sale needs, or a partner in making the system, takes no side: \"Washington's approval\", 'together with US firm Boeing'", () => {
  const body = "Israel and Germany signed a $3.5 billion deal for the sale of the Arrow 3 missile defense system. " +
    "The system is made by Israel Aerospace Industries together with US firm Boeing, and its sale required Washington's approval, which was granted in August.";
  assert.deepEqual(deals(body).map((d) => `${d.supplier} -> ${d.recipient}`), ["Israel -> Germany"]);
});

test("a contract said not to exist is denied ('has not signed any agreement'); 'close to a deal' is negotiating; a vague denial is the pair's reported deal denied", () => {
  assert.deepEqual(deals("Cairo has not signed any agreement to purchase Chinese J-10C fighter jets.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`), ["China -> Egypt DENIED"]);
  assert.deepEqual(deals("Western outlets claimed that Egypt was close to a $3 billion deal for 40 J-10C jets from China.").map((d) => d.status), ["NEGOTIATING"]);
  const denied = deals("Россия и Египет не заключали контракты на поставку авиационной техники. Ранее газета писала, что Россия поставит Египту 24 истребителя Су-35.");
  assert.deepEqual(denied.map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`), ["Russia -> Egypt DENIED"]);
});

test("talks with a list of partners on a system the speaker's state makes: one negotiated deal each; 'in talks to buy' keeps the buyers", () => {
  assert.deepEqual(deals("Ankara has also been in talks with Egypt and Saudi Arabia on the KAAN.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`),
    ["Turkey -> Egypt NEGOTIATING", "Turkey -> Saudi Arabia NEGOTIATING"]);
  assert.deepEqual(deals("Indonesia and Egypt are also in talks to buy KAAN fighters.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`),
    ["Turkey -> Indonesia NEGOTIATING", "Turkey -> Egypt NEGOTIATING"]);
});

test("'… and last year agreed to buy …' keeps the sentence's subject; ', a move that …' is a clause of its own; 'efforts to sell' is sought", () => {
  assert.deepEqual(deals("Riyadh has bought Chinese Wing Loong drones in the past and last year agreed to buy Turkish Akinci drones worth $3 billion.").map((d) => `${d.supplier} -> ${d.recipient} ${d.status}`),
    ["China -> Saudi Arabia DELIVERED", "Turkey -> Saudi Arabia CONTRACTED"]);
  const move = deals("Saudi Arabia is in advanced talks with China to buy J-10C fighter jets, a move that could complicate Washington's efforts to sell F-35s to the kingdom.");
  assert.deepEqual(move.map((d) => `${d.supplier} -> ${d.recipient}: ${d.items.join(", ")} ${d.status}`), ["China -> Saudi Arabia: J-10C fighter jets NEGOTIATING", "United States -> null: F-35s SOUGHT"]);
});
