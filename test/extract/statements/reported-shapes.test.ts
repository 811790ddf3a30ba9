import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: '…, insisting …' after a reported clause is a second statement of the same speaker, and ends the first", () => {
  const st = run("Defense Minister Sergei Shoigu on Monday admitted that Russia had sold radars to Peru, insisting the sale was agreed years ago.");
  const first = find(st, "Russia had sold");
  assert.equal(first.text, "Russia had sold radars to Peru");
  assert.equal(speakerOf(first), "Sergei Shoigu");
  assert.equal(speakerOf(find(st, "the sale was agreed")), "Sergei Shoigu");
});

test("EN: 'X disclosed …, saying …' — the participle's clause is the sentence subject's, after a leading time phrase", () => {
  const st = run("Last week, Navy commander Admiral Pedro Ruiz had disclosed the order at a naval show, saying the corvettes will patrol the southern coast.");
  assert.equal(speakerOf(find(st, "the corvettes will")), "Pedro Ruiz");
});

test("EN: '…, adding that Y said that …' leaves the nested words to Y", () => {
  const st = run("The website said that the contract was signed in May, adding that President Ilham Aliyev said on Monday that the drones would arrive soon.");
  assert.equal(speakerOf(find(st, "the drones would")), "Ilham Aliyev");
  assert.ok(!st.some((s) => s.text.startsWith("President Ilham Aliyev said")));
});

test("RU: '…, добавив, что …' is a second statement of the speaker", () => {
  const st = run("Министр обороны Армении Сурен Папикян заявил, что контракт на радары подписан, добавив, что первые поставки ожидаются весной.", "2024-09-18", "ru");
  assert.equal(find(st, "контракт на радары").text, "контракт на радары подписан");
  assert.equal(speakerOf(find(st, "первые поставки")), "Suren Papikyan");
});

test("RU: 'газета «X» писала, что …' — the paper named in quotation marks is the speaker, not the last outlet named", () => {
  const body = "Контракт не подписан, сообщили РИА Новости в пресс-службе ведомства. Ранее газета «Вечерний Ереван» писала, что стороны договорились о поставке радаров.";
  assert.equal(speakerOf(find(run(body, "2024-09-18", "ru"), "стороны договорились")), "Вечерний Ереван");
});

test("RU: 'По его информации, …' reports the words of the person just quoted", () => {
  const body = "Перу получит новые вертолеты, заявил министр обороны Перу Хорхе Чавес. По его информации, контракт подписан в 2023 году.";
  assert.equal(speakerOf(find(run(body, "2024-09-18", "ru"), "контракт подписан")), "Хорхе Чавес");
});

test("EN: 'According to local media, …' reports words whose speaker the text does not name", () => {
  const s = find(run("According to local media, the contract was signed by the Peruvian navy with a Korean shipyard."), "the contract was signed");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(s.speaker, null);
});

test("RU: a date between the verb and the outlet ('отмечает сегодня, 12 марта, портал X') does not hide the speaker", () => {
  const s = find(run("С тех пор закупки Перу выросли втрое, отмечает сегодня, 12 марта, портал Andina.", "2024-09-18", "ru"), "С тех пор");
  assert.equal(speakerOf(s), "Andina");
});

test("EN: a bare surname is the person who last spoke with it, not an earlier namesake with a longer name", () => {
  const body =
    "Air Marshal Jorge Ramos Vidal praised the pilots.\n\nLast month, Interior Minister Luis Ramos had disclosed the purchase, saying the aircraft will patrol the border.\n\n" +
    "Ramos said a full squadron of twelve new aircraft will take part in the parade in July.";
  assert.equal(speakerOf(find(run(body), "a full squadron")), "Luis Ramos");
});

test("EN: 'Name, Role of State, revealed' — the role beside the name lets 'the deputy defence minister' find the person later", () => {
  const body =
    "Chile plans to buy Korean howitzers, Juan Pablo Rivas, Deputy Defence Minister of Chile, revealed on Monday.\n\n" +
    "The deputy defence minister added that Chile also operates American artillery.";
  assert.equal(speakerOf(find(run(body), "Chile also operates")), "Juan Pablo Rivas");
});

test("EN: 'Pakistani officials revealed that …' — unnamed officials of one state speak for the state, not for a person named before", () => {
  const body = "Prime Minister Imran Khan attended the ceremony.\n\nPakistani officials revealed that the agreement with China was signed in June.";
  assert.equal(speakerOf(find(run(body, "2022-03-13"), "the agreement with China")), "Pakistan");
});

test("EN: 'a Hanwha official said', 'an Indian Defence Ministry official said' — an unnamed official speaks for the body before the role", () => {
  const body =
    "India signed a deal with Hanwha Aerospace for howitzers.\n\n" +
    "A Hanwha official said the first guns would arrive next year. An Indian Defence Ministry official said that trials had ended. " +
    "A US official said the sale needed no approval. A former Indian Navy official said the howitzers came too late.";
  const st = run(body, "2025-04-28");
  assert.equal(speakerOf(find(st, "the first guns")), "Hanwha Aerospace");
  assert.equal(speakerOf(find(st, "trials had ended")), "Indian Defense Ministry");
  assert.equal(speakerOf(find(st, "the sale needed")), "United States");
  assert.notEqual(speakerOf(find(st, "the howitzers came")), "Indian Navy");
});

test("EN: 'said Monday it has signed …', '…, the company said Tuesday' — a bare weekday after the verb is the time, not the clause", () => {
  const st = run("Hanwha Aerospace said Monday it has signed a deal to export K9 howitzers to Vietnam. The guns will arrive in 2027, the company said late Tuesday.", "2026-01-05");
  assert.equal(find(st, "it has signed").text, "it has signed a deal to export K9 howitzers to Vietnam");
  assert.equal(speakerOf(find(st, "The guns will arrive")), "Hanwha Aerospace");
});

test("RU: 'в Иране в очередной раз заявили, что …' — the state speaks where nobody is named", () => {
  const s = find(run("На фоне новых ударов в Иране в очередной раз заявили, что не поставляли оружие ни одной из сторон.", "2022-10-17", "ru"), "не поставляли");
  assert.equal(speakerOf(s), "Iran");
});

test("RU: a role after the object of a preposition opens the subject ('с коллегой X президент России Y отметил')", () => {
  const s = find(run("Во время встречи с казахским коллегой Касым-Жомартом Токаевым президент России Владимир Путин отметил, что контакты двух стран активны.", "2021-08-25", "ru"), "контакты двух стран");
  assert.equal(speakerOf(s), "Vladimir Putin");
});

test("RU: 'президент страны X' keeps the state the text is about, so 'Президент Перу заметил' is X", () => {
  const body = "Перу закупит корейские танки. На это указал президент страны Мануэль Кастильо.\n\nПрезидент Перу заметил, что переговоры идут с прошлого года.";
  assert.equal(speakerOf(find(run(body, null, "ru"), "переговоры идут")), "Мануэль Кастильо");
});

test("EN and RU: 'X described Y as Z, saying …' / 'X назвал Y …, заявив, что …' — the clause after the participle is X's", () => {
  const en = run("Defence Minister Walter Astudillo described the deal as a turning point, saying the navy would finally replace its old frigates.");
  assert.equal(speakerOf(find(en, "the navy would")), "Walter Astudillo");
  const ru = run("Министр обороны Перу Вальтер Астудильо назвал сделку поворотной, заявив, что флот наконец заменит старые фрегаты.", "2024-05-01", "ru");
  assert.equal(speakerOf(find(ru, "флот наконец")), "Вальтер Астудильо");
});

test("EN: 'This was stated by X' points back to the sentence before; 'This was reported by Y' makes Y its relay", () => {
  const st = run("Peru will buy Korean howitzers. This was stated by Defence Minister Walter Astudillo at a briefing. The first guns will arrive in May, the minister said. This was reported by Andina.");
  assert.equal(speakerOf(find(st, "Peru will buy")), "Walter Astudillo");
  const second = find(st, "The first guns");
  assert.equal(viaOf(second), "Andina");
  assert.equal(st.filter((x) => x.speaker?.name === "Andina").length, 0);
});

test("RU: 'Это заявил X', 'Такое мнение высказал X' point back to the sentence before", () => {
  const st = run("Перу закупит корейские гаубицы. Это заявил министр обороны Перу Вальтер Астудильо. Сделка будет подписана весной. Такое мнение высказал эксперт Хорхе Ривас.", "2024-05-01", "ru");
  assert.equal(speakerOf(find(st, "Перу закупит")), "Вальтер Астудильо");
  assert.equal(speakerOf(find(st, "Сделка будет")), "Хорхе Ривас");
});

test("EN: 'After X acknowledged that …' — a conjunction that is also a preposition does not hide the subject", () => {
  const body = "Prime Minister Luis Arce spoke in La Paz on Monday. After Arce acknowledged that Bolivia would buy six Korean trainers, the opposition asked for the price.";
  assert.equal(speakerOf(find(run(body, "2024-05-01"), "Bolivia would buy")), "Luis Arce");
});
