import { test } from "node:test";
import assert from "node:assert/strict";
import { selfNamedOutlet } from "../../../src/extract/metadata/self-named-outlet";
import { findOutlet } from "../../../src/extract/metadata/find-outlet";
import { fakeKnowledgeBase } from "../../fixtures/pages/fake-knowledge-base";

const kb = fakeKnowledgeBase();

test("an agency naming itself in the lead: 'X reports, citing …'", () => {
  assert.equal(selfNamedOutlet("TASHKENT, Uzbekistan, May 4. Uzbekistan will buy Korean trainers, the minister said, Kun Press reports, citing local media."), "Kun Press");
  assert.equal(selfNamedOutlet("Chile will buy frigates, the agency reports, citing the navy."), null);
});

test("a Russian outlet citing another names itself: 'сообщает X со ссылкой на'", () => {
  assert.equal(selfNamedOutlet("Об этом сообщает Фокус-Молдова со ссылкой на Bloomberg."), "Фокус-Молдова");
  assert.equal(selfNamedOutlet("Об этом передает «Вечерний Минск» со ссылкой на пресс-службу."), "Вечерний Минск");
  assert.equal(selfNamedOutlet("Об этом сообщает пресс-служба министерства."), null);
});

test("the closing cross-link to the outlet's own archive", () => {
  assert.equal(selfNamedOutlet("Ранее ИА «Полярный Круг» писало, что Норвегия закупит подлодки."), "Полярный Круг");
  assert.equal(selfNamedOutlet("Ранее Балтийский Вестник сообщал о поставках."), "Балтийский Вестник");
  assert.equal(selfNamedOutlet("Earlier, Andes Herald reported that Peru would buy howitzers."), "Andes Herald");
  assert.equal(selfNamedOutlet("Ранее министр писал, что поставки задерживаются."), null);
});

test("the page's own mark wins over the name in the body", () => {
  const body = "Norway will buy submarines, Nordic Wire reports, citing the ministry.";
  assert.equal(findOutlet([], null, {}, kb, body).outlet?.name, "Nordic Wire");
  assert.equal(findOutlet(["© 2023 Fjord Times. All rights reserved."], null, {}, kb, body).outlet?.name, "Fjord Times");
});

test("a menu line is never the outlet; a masthead after it still is", () => {
  assert.equal(findOutlet(["Home | News | Politics | Defence", "Chile to buy frigates"], "Chile to buy frigates", {}, kb).outlet, null);
  assert.equal(findOutlet(["Главная › Новости › Армия", "Чили купит фрегаты"], "Чили купит фрегаты", {}, kb).outlet, null);
  assert.equal(findOutlet(["Home | World | Sport", "Andes Herald – news from Peru", "Chile to buy frigates"], "Chile to buy frigates", {}, kb).outlet?.name, "Andes Herald");
});

test("a lead opening with the outlet's domain, and a capitalised domain the text mentions", () => {
  assert.equal(selfNamedOutlet("Andes.pe – Peru will buy Korean howitzers, the minister said on Monday."), "Andes.pe");
  assert.equal(selfNamedOutlet("Министр обороны Молдовы рассказал Moldpres.md о закупке радаров."), "Moldpres.md");
  assert.equal(selfNamedOutlet("Фото: mil.ru. Министр рассказал о закупке радаров."), null);
});

test("an unmarked page's address names its site, the whole host only", () => {
  assert.equal(findOutlet([], null, { url: "https://www.andes-daily.pe/en/defence/123" }, kb, "Peru bought guns.").outlet?.name, "andes-daily.pe");
  assert.equal(findOutlet([], null, { url: "not a url" }, kb, "Peru bought guns.").outlet, null);
  assert.equal(findOutlet(["© 2023 Fjord Times."], null, { url: "https://fjord.no/a" }, kb, "").outlet?.name, "Fjord Times");
});

test("another outlet the text cites is not the page's own: ', передает X со ссылкой на' after a clause, 'портал X.am'", () => {
  assert.equal(selfNamedOutlet("Контракт оценивается в 40 млн евро, передает Интерфакс со ссылкой на министерство."), null);
  assert.equal(selfNamedOutlet("С тех пор закупки выросли втрое, отмечает портал Andes.pe."), null);
  assert.equal(selfNamedOutlet("Передает «Вечерний Минск» со ссылкой на пресс-службу."), "Вечерний Минск");
});
