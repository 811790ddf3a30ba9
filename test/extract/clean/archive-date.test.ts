import { test } from "node:test";
import assert from "node:assert/strict";
import { splitArchiveDate } from "../../../src/extract/clean/archive-date";
import { cleanPage } from "../../../src/extract/clean/clean-page";
import { extractMetadata } from "../../../src/extract/metadata/extract-metadata";
import { fakeKnowledgeBase } from "../../fixtures/pages/fake-knowledge-base";

const kb = fakeKnowledgeBase();

test("a leading ' date YYYY-MM-DD ' is the archive's header, not body text", () => {
  assert.deepEqual(splitArchiveDate(" date 2021-04-07 Chile said on Tuesday it would buy two frigates."), {
    text: "Chile said on Tuesday it would buy two frigates.",
    header: "date: 2021-04-07",
  });
  assert.deepEqual(splitArchiveDate("date 2018-11-30\nМинистр обороны Перу заявил о закупке."), { text: "Министр обороны Перу заявил о закупке.", header: "date: 2018-11-30" });
  assert.equal(splitArchiveDate("The date 2021-04-07 was set for the handover.").header, null);
});

test("the archive date is the publication date and leaves the body", () => {
  const raw = " date 2020-02-14 Norway has ordered four new submarines from Germany, the Norwegian defence ministry said on Friday.\n\nThe boats will be delivered from 2029, the ministry added in a statement issued in Oslo.";
  const page = cleanPage(raw, "text");
  assert.ok(page.body.startsWith("Norway has ordered"));
  assert.deepEqual(extractMetadata(page, raw, {}, kb).publishedAt, { date: "2020-02-14", precision: "DAY" });
  const ru = " date 2017-06-02 Министерство обороны Вьетнама сообщило в пятницу о покупке партии танков у Израиля.\n\nПоставки начнутся в следующем году, уточнили в ведомстве в Ханое.";
  assert.deepEqual(extractMetadata(cleanPage(ru, "text"), ru, {}, kb).publishedAt, { date: "2017-06-02", precision: "DAY" });
});
