import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuoteSpans } from "../../../src/extract/statements/quote-spans";

const inner = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

test("pairs English curly quotes and keeps a split quotation as two spans", () => {
  assert.deepEqual(inner("“We are ready,” he said. “The talks went well.”"), ["We are ready,", "The talks went well."]);
});

test("keeps nested marks inside the outer Russian quotation", () => {
  assert.deepEqual(inner("«Мы купим „Искандеры“ в этом году», — сказал он."), ["Мы купим „Искандеры“ в этом году"]);
});

test("pairs German-style „…“ marks on their own", () => {
  assert.deepEqual(inner("Он назвал это „историческим шагом“ вчера."), ["историческим шагом"]);
});

test("treats straight double quotes as open/close by their neighbours", () => {
  assert.deepEqual(inner('"Мы готовы", - сказал министр на тему "Безопасность".'), ["Мы готовы", "Безопасность"]);
});

test("does not take an apostrophe for a quotation mark", () => {
  assert.deepEqual(inner("Russia’s army and the minister’s “strategic” plan, don't worry."), ["strategic"]);
});

test("reads single quotes used as quotation marks in headlines", () => {
  assert.deepEqual(inner("Armenia Ready to ‘Fully Normalize’ Relations"), ["Fully Normalize"]);
});

test("joins a quotation that runs over paragraphs, reopened at each paragraph start", () => {
  const text = "“First paragraph of the speech.\n\n“Second paragraph, and the end,” he said.";
  const spans = findQuoteSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(spans[0].multiParagraph, true);
  assert.equal(text.slice(spans[0].start, spans[0].end), "First paragraph of the speech.\n\n“Second paragraph, and the end,");
});

test("ignores a quotation mark that is never closed", () => {
  assert.deepEqual(inner("He said “nothing at all.\n\nAnother paragraph."), []);
});
