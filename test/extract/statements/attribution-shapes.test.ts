import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: 'X said:' ending a paragraph attributes the quotation that opens the next one", () => {
  const s = find(run("Aliyev said at the meeting:\n\n“We will never accept this.”"), "We will never");
  assert.equal(s.kind, "DIRECT");
  assert.equal(speakerOf(s), "Ilham Aliyev");
});

test("EN: a quotation that runs over two paragraphs is one statement", () => {
  const st = run("“We have made our choice.\n\n“Armenia will buy where it can,” Pashinyan said in parliament.");
  assert.equal(st.length, 1);
  assert.equal(speakerOf(st[0]), "Nikol Pashinyan");
  assert.ok(st[0].text.includes("Armenia will buy"));
});

test("EN: 'TASS quoted X as saying' after the quotation", () => {
  const s = find(run("“We are ready,” TASS quoted Lavrov as saying."), "We are ready");
  assert.equal(speakerOf(s), "Sergey Lavrov");
  assert.equal(viaOf(s), "TASS");
});

test("EN: 'X called Y “…”' is a partial quotation of X", () => {
  const s = find(run("Aliyev called the agreement “historic” and praised the negotiators."), "historic");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Ilham Aliyev");
});

test("EN: a company called “…” is a name", () => {
  assert.deepEqual(run("A company called “Rostec” will supply the systems."), []);
});

test("EN: an anonymous source keeps its description and the relay", () => {
  const s = find(run("“The region does not need more weapons,” a senior Western diplomat told Reuters on condition of anonymity."), "The region");
  assert.equal(s.speaker?.kbId, null);
  assert.equal(s.speaker?.kind, "PERSON");
  assert.equal(s.speaker?.roleText, "a senior Western diplomat");
  assert.equal(viaOf(s), "Reuters");
});

test("EN: 'the ministry said' points to the last ministry named", () => {
  const body = "Azerbaijan's Defense Ministry said on Monday that Armenian forces had fired at its positions.\n\nIn a statement, the ministry said: “Any supplies of weapons to Armenia threaten peace.”";
  const st = run(body, "2024-09-18");
  assert.equal(speakerOf(find(st, "Armenian forces")), "Azerbaijani Defense Ministry");
  assert.deepEqual(find(st, "Armenian forces").saidOn, { date: "2024-09-16", precision: "DAY" });
  assert.equal(speakerOf(find(st, "Any supplies")), "Azerbaijani Defense Ministry");
});

test("RU: 'заявил он, добавив, что …' — the gerund introduces a second reported clause", () => {
  const body = "Лавров провел переговоры в Баку. «Мы готовы», — заявил он, добавив, что переговоры продолжатся на следующей неделе.";
  const st = run(body, "2024-09-18", "ru");
  assert.equal(speakerOf(find(st, "Мы готовы")), "Sergey Lavrov");
  const s = find(st, "переговоры продолжатся");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Sergey Lavrov");
});

test("RU: 'Как сообщает ТАСС, …' — the agency is the speaker", () => {
  const s = find(run("Как сообщает ТАСС, в ходе переговоров стороны обсудили поставки вооружений.", "2024-09-18", "ru"), "в ходе переговоров");
  assert.equal(speakerOf(s), "TASS");
});

test("RU: 'отвечая на вопрос ТАСС' gives the relay", () => {
  const s = find(run('"Мы обеспокоены происходящим", - подчеркнул Песков, отвечая на вопрос ТАСС.', "2024-09-18", "ru"), "Мы обеспокоены");
  assert.equal(speakerOf(s), "Dmitry Peskov");
  assert.equal(viaOf(s), "TASS");
});

test("RU: 'заявил в интервью телеканалу «…», что …' — the channel name does not hide the reported clause", () => {
  const s = find(run("Глава МИД Армении Арарат Мирзоян заявил в интервью телеканалу «Армения», что Ереван диверсифицирует поставки оружия.", "2024-09-18", "ru"), "Ереван");
  assert.equal(speakerOf(s), "Ararat Mirzoyan");
});

test("RU: a person the base does not know keeps the role text and the name without the country abbreviation", () => {
  const s = find(run("Россия выполнит обязательства. Об этом заявил журналистам заместитель министра иностранных дел РФ Михаил Галузин.", "2024-03-15", "ru"), "Россия выполнит");
  assert.equal(s.speaker?.name, "Михаил Галузин");
  assert.equal(s.speaker?.kbId, null);
  assert.match(s.speaker?.roleText ?? "", /заместитель министра/u);
});

test("RU: «…», — цитирует X агентство — speaker X, relay the agency", () => {
  const s = find(run("«Мы продолжим сотрудничество», — цитирует Алиева агентство АПА.", "2024-09-18", "ru"), "Мы продолжим");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(viaOf(s), "APA");
});

test("EN: “…,” according to X", () => {
  assert.equal(speakerOf(find(run("“We will win,” according to Aliyev."), "We will win")), "Ilham Aliyev");
});

test("EN: '…, X told Reuters.' — inverted attribution with an addressee", () => {
  const s = find(run("Azerbaijan will buy Israeli drones, Aliyev told Reuters."), "Azerbaijan will buy");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(viaOf(s), "Reuters");
});

test("a news-feed line left in the body (headline + category + time) gives no statement", () => {
  const body = "Алиев заявил, что Баку купит оружие.\nКадыров заявил, что Илон Маск отключил ему CybertruckПолитика, 19:14";
  assert.deepEqual(run(body, "2024-09-18", "ru").map((s) => s.text), ["Баку купит оружие"]);
});

test("EN: 'said' followed by a clause with a negative modal, and a 'that' inside the clause is not the clause start", () => {
  const st = run("Pashinyan has repeatedly said Armenia cannot rely on Russia. In February he said Russia had failed to deliver weapons that Yerevan had paid for.");
  assert.equal(speakerOf(find(st, "Armenia cannot rely")), "Nikol Pashinyan");
  const s = find(st, "Russia had failed");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
  assert.deepEqual(s.saidOn, { date: "2016-02-01", precision: "MONTH" });
});

test("RU: 'Об этом в среду сообщил посол России в Армении X' — time between, preposition inside the title", () => {
  const body = "Военное сотрудничество России и Армении продолжается. Об этом в среду сообщил посол России в Армении Сергей Копыркин.\n\n«Мы выполняем все обязательства», — сказал дипломат.";
  const st = run(body, "2024-09-18", "ru");
  const first = find(st, "Военное сотрудничество");
  assert.deepEqual(first.saidOn, { date: "2024-09-18", precision: "DAY" });
  assert.match(first.speaker?.name ?? "", /Kopyrkin|Копыркин/u);
  assert.equal(speakerOf(find(st, "Мы выполняем")), first.speaker?.name);
});

test("RU: 'В МИД X назвали …' and 'В Кремле заявили, что …' — a body after 'в' before a verb with no subject", () => {
  const st = run("В МИД Азербайджана назвали эти заявления «попыткой дестабилизировать регион». В Кремле заявили, что контракты будут выполнены.", "2024-09-18", "ru");
  assert.equal(speakerOf(find(st, "попыткой")), "Azerbaijani Foreign Ministry");
  assert.equal(speakerOf(find(st, "контракты будут")), "Kremlin");
});

test("RU: 'Как отметил представитель X, Баку «…» за ситуацией' — speaker after the verb, kept as a person", () => {
  const s = find(run("Как отметил официальный представитель ведомства Айхан Гаджизаде, Баку «внимательно следит» за ситуацией.", "2024-09-18", "ru"), "внимательно");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(s.speaker?.kind, "PERSON");
  assert.match(s.speaker?.name ?? "", /Hajizada|Гаджизаде/u);
});

test("RU: '— говорится в заявлении МИД России' — the body whose statement speaks", () => {
  const s = find(run("«Армения остается нашим союзником», — говорится в заявлении МИД России.", "2024-09-18", "ru"), "Армения остается");
  assert.equal(speakerOf(s), "Russian Foreign Ministry");
});

test("RU: 'В заявлении Минобороны X говорится, что …' — impersonal verb, owner of the document", () => {
  const s = find(run("В заявлении Минобороны Азербайджана говорится, что армянские подразделения обстреляли позиции.", "2024-09-18", "ru"), "армянские");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Azerbaijani Defense Ministry");
});

test("RU: 'Об этом сообщил портал X' after a sentence nobody else said: the outlet is its source", () => {
  const s = find(run("Первым покупателем новых танков станет Перу. Об этом сообщил портал Defensa Hoy.", "2021-01-01", "ru"), "Первым покупателем");
  assert.equal(speakerOf(s), "Defensa Hoy");
});

test("RU: 'Об этом сообщили в <ведомстве>': the whole locative names the body", () => {
  const s = find(run("Чили не заключало контрактов на поставку фрегатов. Об этом сообщили в Министерстве обороны России.", "2021-01-01", "ru"), "Чили не заключало");
  assert.match(speakerOf(s) ?? "", /Defen[cs]e Ministry|Ministry of Defen[cs]e/i);
});

test("RU: source first — 'Как уточняет «Газета»,' and 'Согласно X,'", () => {
  assert.equal(speakerOf(find(run("Как уточняет «Вечерний Лима», стороны заключили контракт на поставку вертолетов.", "2021-01-01", "ru"), "стороны")), "Вечерний Лима");
  assert.equal(speakerOf(find(run("Согласно Reuters, Перу покупает фрегаты у Южной Кореи.", "2021-01-01", "ru"), "Перу покупает")), "Reuters");
});

test("EN: the name before an apposition speaks, with every part of it: '…, Juan Carlos Ortega, the deputy minister of defence, said'", () => {
  const s = find(run("Peru will buy twelve helicopters, Juan Carlos Ortega, the deputy minister of defence, said."), "Peru will buy");
  assert.equal(speakerOf(s), "Juan Carlos Ortega");
  assert.equal(s.text, "Peru will buy twelve helicopters");
});

test("RU: a body inside a person's title is not the relay of the person's words", () => {
  const s = find(run("Перу получит самолеты, сообщил председатель Государственного комитета Перу Хуан Карлос Ортега.", "2021-01-01", "ru"), "Перу получит");
  assert.equal(speakerOf(s), "Хуан Карлос Ортега");
  assert.equal(viaOf(s), null);
});

test("EN: 'Poland agreed to buy', 'promised to pay': a verb before an infinitive reports an act, not words", () => {
  const st = run("Under the framework agreement signed in July 2022, Poland agreed to buy 672 K9 howitzers from South Korea.", "2024-12-02");
  assert.equal(st.length, 0, `no statement expected, got ${st.map((s) => `«${s.text}»`).join(", ")}`);
  // "agreed that" still reports words
  const said = run("Poland agreed that the howitzers would be delivered by 2027, the minister told reporters.", "2024-12-02");
  assert.ok(said.some((s) => s.text.startsWith("the howitzers would be delivered")));
});
