import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf } from "./helpers";

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
