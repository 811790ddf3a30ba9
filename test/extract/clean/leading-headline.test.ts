import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";

test("Russian page: a two-sentence headline repeated by its picture caption is the title, not body", () => {
  const raw = [
    "kz en ru",
    "",
    "После учений в Балтийском море. В Финляндии снова заговорили о закупке израильских ракет",
    "",
    "После учений в Балтийском море. В Финляндии снова заговорили о закупке израильских ракет Фото: ракетный комплекс на учениях (example-defence.org)",
    "",
    "Правительство Финляндии в очередной раз заявило, что рассматривает покупку израильских зенитных ракет.",
    "",
    "Об этом сообщил во вторник министр обороны страны на пресс-конференции в Хельсинки.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.equal(page.title, "После учений в Балтийском море. В Финляндии снова заговорили о закупке израильских ракет");
  assert.ok(page.body.startsWith("Правительство Финляндии"));
  assert.ok(!page.body.includes("Фото"));
});

test("English page: the same shape in English; a lead paragraph the next line does not repeat stays body", () => {
  const raw = [
    "After the drills. Finland again weighs Israeli missiles",
    "After the drills. Finland again weighs Israeli missiles Photo: a launcher at the drills (example-defence.org)",
    "The Finnish government said again on Tuesday that it was considering buying Israeli air defence missiles.",
    "The defence minister told a news conference in Helsinki that talks would continue next month.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.equal(page.title, "After the drills. Finland again weighs Israeli missiles");
  assert.ok(page.body.startsWith("The Finnish government"));
  const plain = cleanPage(raw.split("\n").slice(2).join("\n"), "text");
  assert.ok(plain.body.startsWith("The Finnish government"));
});
