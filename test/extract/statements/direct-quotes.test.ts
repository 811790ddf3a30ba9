import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: “…,” Name told Outlet — speaker, relay, kind DIRECT", () => {
  const s = find(run("“We will buy new air defence systems,” Aliyev told the Russian news agency RIA Novosti."), "We will buy");
  assert.equal(s.kind, "DIRECT");
  assert.equal(s.text, "We will buy new air defence systems,");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(s.speakerLabel, "Aliyev");
  assert.equal(viaOf(s), "RIA Novosti");
});

test("EN: “…,” said Name — inverted attribution", () => {
  const s = find(run("“Our partnership is strategic,” said Shoygu during the talks."), "Our partnership");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(s.kind, "DIRECT");
});

test("EN: a quotation split by its attribution gives two statements with the same speaker and relay", () => {
  const body = "“We are holding talks on new purchases,” Aliyev told RIA Novosti. “You know how developed your industry is.”";
  const st = run(body);
  assert.equal(st.length, 2);
  assert.deepEqual(st.map(speakerOf), ["Ilham Aliyev", "Ilham Aliyev"]);
  assert.deepEqual(st.map(viaOf), ["RIA Novosti", "RIA Novosti"]);
});

test("EN: Name said: “…” — attribution before the quotation", () => {
  const s = find(run("Putin said on Friday: “Russia will honour all its contracts.”"), "Russia will honour");
  assert.equal(s.kind, "DIRECT");
  assert.equal(speakerOf(s), "Vladimir Putin");
  assert.deepEqual(s.saidOn, { date: "2016-06-10", precision: "DAY" });
});

test("EN: “…” he said — the pronoun is the subject of the sentence before", () => {
  const body = "Shoygu met with Armenian Defense Minister Seyran Ohanian after the talks with Hasanov. “We would like to keep our partnership,” he told Ohanian.";
  assert.equal(speakerOf(find(run(body), "We would like")), "Sergei Shoigu");
});

test("EN: a second quotation in the next paragraph with no attribution continues the speaker, not the relay", () => {
  const body = "“We are interested in helicopters,” Aliyev told Interfax.\n\n“This includes defence systems.”";
  const second = find(run(body), "This includes");
  assert.equal(speakerOf(second), "Ilham Aliyev");
  assert.equal(viaOf(second), null);
});

test("EN: a role description is resolved to the official already named whose role fits", () => {
  const body =
    "Russian Defense Minister Sergey Shoygu met Azerbaijani President Ilham Aliyev in Baku.\n\n“We will take into account everything you agreed upon,” the top Russian military official added.";
  const s = find(run(body), "We will take");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(s.speakerLabel, "the top Russian military official");
});

test("EN: a person the knowledge base does not know is kept with kbId null and the full name given earlier", () => {
  const body = "John Smithson, a regional analyst, visited Baku.\n\n“The balance has not changed,” Smithson stressed in an interview with Bloomberg.";
  const s = find(run(body), "The balance");
  assert.equal(s.speaker?.kbId, null);
  assert.equal(s.speaker?.name, "John Smithson");
  assert.equal(s.speaker?.kind, "PERSON");
  assert.equal(viaOf(s), "Bloomberg");
});

test("RU: «…», — сказал Фамилия в четверг — speaker and day", () => {
  const s = find(run("«Мы хотим получить доступ к оружию», — сказал Алиев в четверг.", "2021-05-20", "ru"), "Мы хотим");
  assert.equal(s.kind, "DIRECT");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(s.language, "ru");
  assert.deepEqual(s.saidOn, { date: "2021-05-20", precision: "DAY" });
});

test("RU: straight quotes with a hyphen as dash, and a role resolved through the base at the article date", () => {
  const s = find(run('"Мы могли бы расширить сотрудничество", - сказал президент Азербайджана.', "2021-05-20", "ru"), "Мы могли");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(s.speakerLabel, "президент Азербайджана");
});

test("RU: «…?» — задался он вопросом — pronoun after the verb", () => {
  const body = "Премьер-министр Никол Пашинян выступил в парламенте. «Почему я должен это обсуждать?» — задался он вопросом.";
  const s = find(run(body, "2024-09-18", "ru"), "Почему");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
  assert.equal(s.speakerLabel, "он");
});

test("RU: «…», — говорили в Кремле — an organisation as speaker", () => {
  const s = find(run("«Мы продолжим работу с нашими друзьями», — говорили в Кремле.", "2024-09-18", "ru"), "Мы продолжим");
  assert.equal(speakerOf(s), "Kremlin");
  assert.equal(s.speaker?.kind, "ORGANIZATION");
});

test("RU: Фамилия: «…» — a colon introduces the quotation", () => {
  const s = find(run("Лавров заявил журналистам: «Россия выполнит все обязательства».", "2024-09-18", "ru"), "Россия выполнит");
  assert.equal(s.kind, "DIRECT");
  assert.equal(speakerOf(s), "Sergey Lavrov");
});

test("RU: a place after the verb is not a speaker", () => {
  const s = find(run("«Переговоры идут хорошо», — сказал в Баку источник.", "2024-09-18", "ru"), "Переговоры");
  assert.notEqual(s.speaker?.kind, "STATE");
});

test("EN: “A,” he said, “B.” — the second part resumes the quotation as DIRECT with the same speaker", () => {
  const st = run("Aliyev spoke after the talks. “We,” he said after the talks with Putin, “will win this war.”");
  assert.deepEqual(st.map((s) => s.kind), ["DIRECT", "DIRECT"]);
  assert.deepEqual(st.map(speakerOf), ["Ilham Aliyev", "Ilham Aliyev"]);
});

test("RU: «A, — сказал X, — B» — the author's words inside the marks split the quotation in two", () => {
  const st = run("Алиев выступил в парламенте. «Мы, — сказал Алиев, — никогда не отдадим эти земли».", "2024-09-18", "ru");
  assert.deepEqual(st.map((s) => s.text), ["Мы,", "никогда не отдадим эти земли"]);
  assert.deepEqual(st.map(speakerOf), ["Ilham Aliyev", "Ilham Aliyev"]);
});

test("RU: «A, — подчеркнул X. — B» — the second sentence of the quotation keeps the speaker", () => {
  const st = run("«Это важно, — подчеркнул Лукашенко. — Очень важно удержать победу».", "2024-09-18", "ru");
  assert.equal(st.length, 2);
  assert.equal(st[1].text, "Очень важно удержать победу");
  assert.equal(st[1].speakerLabel, st[0].speakerLabel);
});

test("EN: a floating quotation with no statement before goes to the person the text was just about", () => {
  const s = find(run("Azerbaijani President Ilham Aliyev addressed the parliament on Monday.\n\n“We will never give up Karabakh.”"), "We will never");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.equal(s.speakerLabel, null);
  assert.ok(s.confidence <= 0.6);
});
