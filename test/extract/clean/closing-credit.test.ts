import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";
import { extractMetadata } from "../../../src/extract/metadata/extract-metadata";
import { fakeKnowledgeBase } from "../../fixtures/pages/fake-knowledge-base";

test("a bracketed name closing the text is a credit in the header, and the outlet of an unmarked page", () => {
  for (const raw of [
    "Peru will buy Korean howitzers, the defence minister said on Monday in Lima.\nThe first guns will arrive next year, the ministry added in its statement. (Andes Watch)",
    "Перу купит корейские гаубицы, заявил в понедельник министр обороны в Лиме.\nПервые орудия прибудут в следующем году, добавили в министерстве. (Андский Вестник)",
  ]) {
    const page = cleanPage(raw, "text");
    assert.ok(!page.body.includes("("), page.body);
    const meta = extractMetadata(page, raw, {}, fakeKnowledgeBase());
    assert.ok(meta.outlet?.name === "Andes Watch" || meta.outlet?.name === "Андский Вестник", JSON.stringify(meta.outlet));
  }
});

test("a date line right under the article is the page's date; one further down, among teasers, is not", () => {
  const kb = fakeKnowledgeBase();
  const en = "Peru will buy Korean howitzers, the defence minister said on Monday in Lima.\nThe first guns will arrive next year, the ministry added in its statement.\nMarch 3, 2019\n";
  assert.deepEqual(extractMetadata(cleanPage(en, "text"), en, {}, kb).publishedAt, { date: "2019-03-03", precision: "DAY" });
  const ru = "Перу купит корейские гаубицы, заявил в понедельник министр обороны в Лиме.\nПервые орудия прибудут в следующем году, добавили в министерстве.\n3 марта 2019, 12:57\n";
  assert.deepEqual(extractMetadata(cleanPage(ru, "text"), ru, {}, kb).publishedAt, { date: "2019-03-03", precision: "DAY" });
  const far = en.replace("March 3, 2019\n", "Related\nChile buys frigates\nArgentina weighs jets\nMarch 3, 2019\n");
  assert.deepEqual(extractMetadata(cleanPage(far, "text"), far, {}, kb).publishedAt, { date: null, precision: "UNKNOWN" });
});
