import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";

test("English page: teasers separated by bare dashes after the article are not body text", () => {
  const raw = [
    "Peru to buy Korean howitzers",
    "Peru has agreed to buy self-propelled howitzers from South Korea, Defence Minister Walter Astudillo said on Monday.",
    "The first guns are due to arrive in Callao next year, the ministry said in a statement on its website.",
    "World",
    "-",
    "On Tuesday, President Gabriel Boric met the Secretary General of NATO, Mark Rutte, who arrived for talks on regional security.",
    "-",
    "The Supreme Court of Chile today ruled on the case of \"Lopez v. Chile\", which concerned the seizure of a fishing boat by the navy.",
    "-",
    "Argentina's economy minister said on Friday that inflation fell for the third month in a row, citing official figures.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.ok(page.body.includes("Callao"));
  for (const leak of ["Boric", "Lopez", "Argentina", "World"]) assert.ok(!page.body.includes(leak), `body leaks «${leak}»`);
});

test("Russian page: a list of teasers between asterisks ends the article; one break inside it does not", () => {
  const raw = [
    "Перу закупит корейские гаубицы",
    "Перу договорилось о покупке самоходных гаубиц у Южной Кореи, сообщил в понедельник министр обороны страны.",
    "***",
    "Первые орудия прибудут в порт Кальяо в следующем году, уточнили в министерстве обороны Перу.",
    "Политика",
    "*",
    "Во вторник президент Чили Габриэль Борич встретился с генеральным секретарём НАТО Марком Рютте в Сантьяго.",
    "*",
    "Верховный суд Аргентины вынес решение по делу о задержании рыболовного судна военно-морскими силами страны.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.ok(page.body.includes("Кальяо"), "the article goes on after one break");
  for (const leak of ["Борич", "Верховный суд", "Политика"]) assert.ok(!page.body.includes(leak), `body leaks «${leak}»`);
});
