import assert from "node:assert/strict";
import { test } from "node:test";
import { separateGluedSentences } from "../../../src/extract/clean/clean-text";

test("sentences a page glued together get their space back, in English and Russian", () => {
  assert.equal(separateGluedSentences("The deal was hailed as well.Speaking in Lima, the minister agreed."), "The deal was hailed as well. Speaking in Lima, the minister agreed.");
  assert.equal(separateGluedSentences("«Поставки начнутся весной», — заявил он.Министр добавил детали."), "«Поставки начнутся весной», — заявил он. Министр добавил детали.");
  assert.equal(separateGluedSentences("He asked why?They did not answer."), "He asked why? They did not answer.");
});

test("initials, abbreviations and names with dots stay as written", () => {
  for (const text of ["U.S.Army units", "a Ph.D in physics", "J.R.R.Tolkien", "version 2.Final"]) assert.equal(separateGluedSentences(text), text);
});
