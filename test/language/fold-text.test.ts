import assert from "node:assert/strict";
import { test } from "node:test";
import { foldLetters, foldWord, nameKey } from "../../src/language/fold-text";
import { normalizeName } from "../../src/language/normalize-name";

test("one letter fold: case, diacritics, ё, dotless ı and compatibility forms fold; й stays й", () => {
  assert.equal(foldLetters("İlham Şuşa Ёлкин Aydın"), "ilham susa елкин aydin");
  assert.equal(foldLetters("Сергей Шойгу"), "сергей шойгу");
  assert.equal(foldLetters("ＡＢＣ"), "abc");
  assert.equal(foldLetters("Əliyev"), "əliyev");
});

test("the matcher's word fold and the stored name key agree on every word", () => {
  for (const word of ["Сергей", "Шойгу", "Алиев", "Ёж", "İlham", "Aydın", "Çavuşoğlu", "Zelenskyy", "Йемен", "Україна", "ﬁnal"]) {
    assert.equal(normalizeName(word), foldWord(word), word);
    assert.equal(nameKey(word), foldWord(word), word);
  }
});

test("the stored key also drops quotation marks and a leading 'the', and folds spaces and dashes", () => {
  assert.equal(normalizeName("The  «Kremlin»"), "kremlin");
  assert.equal(normalizeName("Rafael–Advanced"), "rafael-advanced");
  assert.equal(normalizeName("концерн «Калашников»"), "концерн калашников");
});
