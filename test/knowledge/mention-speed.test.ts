import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../src/knowledge";

const kb = loadKnowledgeBase();

const PARAGRAPHS = [
  "Russian Defense Minister Sergey Shoygu on Wednesday praised Russia’s “strategic” military ties with Azerbaijan, RIA Novosti reported. Armenia’s First Deputy Defense Minister Davit Tonoyan met his Russian counterpart Anatoly Antonov in Moscow.",
  "Президент Азербайджана Ильхам Алиев заявил, что Баку рассчитывает на развитие отношений с США. Белоруссия поставляла Азербайджану оружие, пишет Politico; в Кремле ситуацию не комментируют, передает ТАСС.",
  "Mehman Novruzov, Defence Attache of the Embassy of Azerbaijan, said the CSTO and NATO were informed. Пашинян и Лукашенко обсудили ситуацию с генсеком ОДКБ.",
];

test("findMentions on a 4 KB article (prints the time per article)", () => {
  let article = "";
  for (let i = 0; article.length < 4000; i++) article += PARAGRAPHS[i % PARAGRAPHS.length] + "\n\n";
  const warm = kb.findMentions(article);
  assert.ok(warm.length > 20);
  const runs = 200;
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) kb.findMentions(article + " ".repeat(i % 2));
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
  console.log(`findMentions: ${ms.toFixed(3)} ms per ${article.length}-character article`);
  const peopleStarted = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) kb.findUnknownPeople(article + " ".repeat(i % 2));
  const peopleMs = Number(process.hrtime.bigint() - peopleStarted) / 1e6 / runs;
  console.log(`findUnknownPeople: ${peopleMs.toFixed(3)} ms per article`);
});
