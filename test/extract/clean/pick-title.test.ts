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
