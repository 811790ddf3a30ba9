import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyLines, isRubricDateLine } from "../../../src/extract/clean/classify-lines";
import { cleanText } from "../../../src/extract/clean/clean-text";
import { pickTitle } from "../../../src/extract/clean/pick-title";

test("a rubric's date line is not the headline", () => {
  assert.equal(isRubricDateLine("SPORT 02.06.201914:20"), true);
  assert.equal(isRubricDateLine("Экономика 15:42 15/09/2020"), true);
  assert.equal(isRubricDateLine("Chile buys frigates from Britain"), false);
  const lines = classifyLines([
    "Chile to buy two frigates from Britain",
    "",
    "WORLD 07.11.202109:05",
    "",
    "Chile will buy two used frigates from Britain to replace its ageing fleet, the navy said on Monday in Valparaiso.",
    "",
    "The ships will arrive next year after a refit in Portsmouth, the navy added in its statement.",
  ].join("\n"));
  assert.equal(pickTitle(lines, 2), "Chile to buy two frigates from Britain");
});

test("a source credit above the body ('Источник: Военное обозрение') is never the headline", () => {
  const page = "Египет получит первую партию китайских истребителей до конца года\n15 апреля 2025, 12:40\nИсточник: Военное обозрение\nЕгипет до конца текущего года получит первую партию из 12 многоцелевых истребителей, сообщает издание. Контракт был подписан в прошлом году, его стоимость не раскрывается.\nЭто первый подобный контракт страны.";
  assert.equal(cleanText(page).title, "Египет получит первую партию китайских истребителей до конца года");
});

test("a correspondent's byline over the date ('Kate Connolly in Berlin') and a standfirst under the headline are not the headline", () => {
  const page = [
    "The Northern Echo",
    "World news",
    "Germany approves Eurofighter sale to Turkey after two-year block",
    "Berlin lifts veto on 40 jets as Ankara pushes to modernise its air force",
    "Kate Connolly in Berlin",
    "Wed 23 Jul 2025 17.05 BST",
    "",
    "Germany has given the green light for the sale of 40 Eurofighter Typhoon jets to Turkey, ending a two-year blockade.",
    "",
    "A government spokesperson confirmed the decision, saying Berlin had weighed all the foreign policy considerations.",
  ].join("\n");
  assert.equal(cleanText(page).title, "Germany approves Eurofighter sale to Turkey after two-year block");
  // a site's name of capitalised words above a long headline stays the site's name
  const named = ["The Indian Defence Review", "Defence Ministry inks Rs 26,000 crore contract with HAL for Su-30MKI engines", "New Delhi, Sep 9, 2024 (PTI)", "",
    "The Ministry of Defence on Monday signed a contract with Hindustan Aeronautics Limited for 240 aero-engines for its fighter fleet.", "",
    "The engines will be manufactured at the company's plant under licence, officials said after the signing."].join("\n");
  assert.equal(cleanText(named).title, "Defence Ministry inks Rs 26,000 crore contract with HAL for Su-30MKI engines");
});

test("an interview's headline is its quotation; the line under it saying who speaks about what is the dek", () => {
  const page = ["Коммерсантъ", "«Мы не будем покупать оружие у тех, кто нас обманул»", "Министр обороны Армении Сурен Папикян о закупках вооружений", "12.03.2024, 10:15", "",
    "Армения в последние годы пересматривает свои военные связи с Россией и заключила контракты с Индией и Францией.", "",
    "О том, чем вооружается армия, изданию рассказал министр обороны Армении в большом интервью на этой неделе."].join("\n");
  assert.equal(cleanText(page).title, "«Мы не будем покупать оружие у тех, кто нас обманул»");
});
