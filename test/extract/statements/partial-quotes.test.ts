import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: a fragment inside reported speech is PARTIAL with the subject of the speech verb", () => {
  const st = run("Hasanov was reported to agree that Azerbaijani-Russian relations are “strategic and friendly.”");
  const s = find(st, "strategic and friendly");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Zakir Hasanov");
});

test("EN: a one-word fragment after a speech verb is PARTIAL with low confidence", () => {
  const s = find(run("Russian Defense Minister Sergey Shoygu on Wednesday praised Russia’s “strategic” military ties with Azerbaijan."), "strategic");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.ok(s.confidence < 0.5);
  assert.deepEqual(s.saidOn, { date: "2016-06-15", precision: "DAY" });
});

test("EN: 'X quoted him as saying that … “…”' gives the speaker from the pronoun and the relay from the subject", () => {
  const body = "The Russian minister praised defense cooperation with Armenia. The Russian Defense Ministry quoted him as saying that Moscow is “ready” to train more officers.";
  const st = run(`Russian Defense Minister Sergey Shoygu met Seyran Ohanian. ${body}`);
  const s = find(st, "ready");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "Russian Defense Ministry");
});

test("EN: 'according to a ministry statement, X also said …' relays through the ministry named before", () => {
  const body =
    "“We will keep developing our ties,” Shoygu said in remarks cited by the Russian Defense Ministry. According to a ministry statement, Shoygu also said he would be “happy” to see a delegation at the expo.";
  const s = find(run(body), "happy");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "Russian Defense Ministry");
});

test("EN: ', the statement said' points back to the body whose statement was mentioned", () => {
  const body =
    "“Our cooperation is strategic,” Shoygu said in remarks cited by the Russian Defense Ministry. Russian firms will demonstrate “state-of-the-art weapons and equipment” at the expo, the statement said.";
  const s = find(run(body), "state-of-the-art");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Russian Defense Ministry");
});

test("EN: 'saying that … “…”' takes the subject of the main clause, not the counterpart", () => {
  const body =
    "At a press conference with his Armenian counterpart Serzh Sarkisian on August 10, Russian President Vladimir Putin defended the supplies, saying that an oil-rich country like Azerbaijan could have bought “similar weapons elsewhere.”";
  const st = run(body);
  assert.equal(speakerOf(find(st, "similar weapons")), "Vladimir Putin");
  assert.deepEqual(find(st, "an oil-rich country").saidOn, { date: "2015-08-10", precision: "DAY" });
});

test("RU: «…» inside a 'что'-clause is PARTIAL, speaker the subject of the verb", () => {
  const s = find(run("Армянский премьер-министр Никол Пашинян упоминал прежде, что знает «как минимум две страны, которые участвовали в подготовке войны».", "2024-09-18", "ru"), "как минимум");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
});

test("RU: 'назвал X «…»' keeps a one-word label as a low-confidence PARTIAL", () => {
  const s = find(run("Пашинян назвал ОДКБ «союзом-пузырем».", "2024-09-18", "ru"), "союзом-пузырем");
  assert.equal(s.kind, "PARTIAL");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
  assert.ok(s.confidence < 0.5);
});

test("RU: a fragment with no verb of its own in the same paragraph continues the last speaker", () => {
  const body = "Пашинян назвал ОДКБ «союзом-пузырем». По итогам встречи тогда они «пришли к выводу, что победить можно».";
  assert.equal(speakerOf(find(run(body, "2024-09-18", "ru"), "пришли к выводу")), "Nikol Pashinyan");
});

test("a naming noun before a fragment of words said ('the ship \"will boost our capability\"') does not make it a name; 'the ship \"Admiral Grau\"' stays a name", () => {
  const st = run('Navy chief Giovanni Bacordo said the ship "will significantly boost our anti-submarine capability."', "2021-02-20");
  assert.equal(speakerOf(find(st, "will significantly boost")), "Giovanni Bacordo");
  assert.equal(run('Peru bought the ship "Admiral Grau" in 2017, the navy said.', "2021-02-20").some((s) => s.text === "Admiral Grau"), false);
});
