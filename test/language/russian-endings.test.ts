import assert from "node:assert/strict";
import { test } from "node:test";
import { ADJECTIVE_MARKING_ENDINGS, CASE_ENDINGS, DECLENSIONS, NOUN_CASE_ENDINGS, NOUN_ENDINGS, SURNAME_CASE_ENDINGS, endingPattern } from "../../src/language/russian-endings";
import { inflectionPattern, matchesInflected } from "../../src/language/russian-inflection";
import { nameSearchWords } from "../../src/modules/actor/find-actor-ids-by-name";

test("the derived lists come from the declension table", () => {
  const declined = new Set(Object.values(DECLENSIONS).flat());
  for (const list of [NOUN_CASE_ENDINGS, NOUN_ENDINGS, CASE_ENDINGS, ADJECTIVE_MARKING_ENDINGS, SURNAME_CASE_ENDINGS]) {
    for (const ending of list) assert.ok(declined.has(ending as never), `"${ending}" is in no declension`);
  }
  for (const ending of NOUN_CASE_ENDINGS) assert.ok(CASE_ENDINGS.includes(ending) && NOUN_ENDINGS.includes(ending), ending);
  assert.ok(!ADJECTIVE_MARKING_ENDINGS.includes("ом") && ADJECTIVE_MARKING_ENDINGS.includes("ого"));
});

test("an ending pattern prefers the longest ending", () => {
  assert.equal("петровыми".replace(endingPattern(["и", "ми", "ыми"]), ""), "петров");
  assert.equal("танками".replace(endingPattern(NOUN_ENDINGS), ""), "танк");
});

test("names decline by the table: in the knowledge-base matcher and in the store's name search", () => {
  const matches = (text: string, alias: string) => matchesInflected(text, alias, inflectionPattern(alias));
  assert.ok(matches("белоруссией", "белоруссия"));
  assert.ok(matches("сергеем", "сергей"));
  assert.ok(matches("азербайджанского", "азербайджанский"));
  assert.ok(!matches("бак", "баку"));
  assert.deepEqual(nameSearchWords("Сергеем Алиевым").map((forms) => forms.includes("сергей") || forms.includes("алиев")), [true, true]);
});
