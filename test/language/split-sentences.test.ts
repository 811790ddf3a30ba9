import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../../src/language/split-sentences";
import { splitSentences as dealSentences } from "../../src/extract/deals/text-spans";
import { findQuoteSpans } from "../../src/extract/statements/quote-spans";
import { maskQuotes, splitSentences as statementSentences } from "../../src/extract/statements/text-units";

const texts = (body: string) => splitSentences(body).map((s) => body.slice(s.start, s.end));

test("sentences end at . ! ? … before a capital, a digit or a line break", () => {
  assert.deepEqual(texts("Russia delivered the jets. India paid! Did it? 12 more follow…\nНовый абзац"), [
    "Russia delivered the jets.", "India paid!", "Did it?", "12 more follow…", "Новый абзац",
  ]);
  assert.deepEqual(texts("The deal was signed. the next word is lowercase."), ["The deal was signed. the next word is lowercase."]);
});

test("English and Russian abbreviations and initials end no sentence", () => {
  assert.deepEqual(texts("Gen. Petrov and Mr. Smith met U.S. officials on Jan. 5. Then they left."), [
    "Gen. Petrov and Mr. Smith met U.S. officials on Jan. 5.", "Then they left.",
  ]);
  assert.deepEqual(texts("В 2020 г. контракт на 5 млрд. Руб. подписал С. Шойгу, т.е. министр. Затем он уехал."), [
    "В 2020 г. контракт на 5 млрд. Руб. подписал С. Шойгу, т.е. министр.", "Затем он уехал.",
  ]);
});

test("letters glued to a digit or a hyphen are a designation, not an abbreviation or an initial", () => {
  assert.deepEqual(texts("Ереван получил истребители Су-30СМ. Россия поставила их."), ["Ереван получил истребители Су-30СМ.", "Россия поставила их."]);
  assert.deepEqual(texts("India ordered the T-90S. Deliveries start soon."), ["India ordered the T-90S.", "Deliveries start soon."]);
});

test("with its quotations, a body is never cut inside one; statements and deals cut the same body alike", () => {
  const body = "«Мы поставим. Всё в срок», — сказал министр. Контракт подписан.";
  const spans = findQuoteSpans(body);
  const quoted = statementSentences(body, maskQuotes(body, spans), spans).map((s) => body.slice(s.start, s.end));
  assert.deepEqual(quoted, ["«Мы поставим. Всё в срок», — сказал министр.", "Контракт подписан."]);
  const plain = "Russia sold S-400 systems to India. India also bought frigates.";
  assert.deepEqual(dealSentences(plain).map((s) => s.text), texts(plain));
});
