import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { ArticleWriter } from "../../src/store/article-writer";
import type { StoreResult } from "../../src/store/store-extraction";
import { Article } from "../../src/modules/article/article.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Actor } from "../../src/modules/actor/actor.entity";
import type { ActorRef } from "../../src/model/actor-ref";
import { Statement } from "../../src/modules/statement/statement.entity";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { dealIn, extractionOf, statementIn } from "../support/extraction-fixture";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

let db: TestDatabase;
let dataSource: DataSource;

before(async () => {
  db = await createTestDatabase("writer");
  dataSource = await openDatabase({ url: db.url });
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
});

test("a batch stores every article, and a failing article in the middle leaves nothing of itself", async () => {
  const texts = ["First page, Aliyev said.", "Second page is broken.", "Third page, Putin said."];
  const [first, second, third] = texts.map((body) => extractionOf(body, { statements: [statementIn(body, body.split(",")[0])] }));
  second.statements = [{ ...second.statements[0], text: null as unknown as string }];
  const articlesBefore = await dataSource.getRepository(Article).count();
  const writer = ArticleWriter.open(dataSource, loadWeaponGazetteer());
  let results: (StoreResult | Error)[];
  try {
    results = await writer.write([first, second, third]);
  } finally {
    await writer.close();
  }
  assert.ok(!(results[0] instanceof Error) && results[0].status === "added");
  assert.ok(results[1] instanceof Error, "the broken article reports its error");
  assert.ok(!(results[2] instanceof Error) && results[2].status === "added", "the article after the failure is stored");
  assert.equal(await dataSource.getRepository(Article).count(), articlesBefore + 2);
  const stored = await dataSource.getRepository(Statement).findBy({ text: "Third page" });
  assert.equal(stored.length, 1);
  assert.equal(await dataSource.getRepository(Article).countBy({ contentHash: second.contentHash }), 0);
});

test("the same page twice in one batch is stored once, and deals reported twice in a batch merge", async () => {
  const a = "Russia delivered tanks worth $4 billion to Azerbaijan in 2010-2011. Batch one.";
  const b = "Azerbaijan received Russian tanks in 2010-2011, officials said. Batch two.";
  const writer = ArticleWriter.open(dataSource, loadWeaponGazetteer());
  let results: (StoreResult | Error)[];
  const dealsBefore = await dataSource.getRepository(Deal).count();
  try {
    results = await writer.write([
      extractionOf(a, { deals: [dealIn(a)] }),
      extractionOf(a, { deals: [dealIn(a)] }),
      extractionOf(b, { deals: [dealIn(b, { valueText: null, amount: null, currency: null })] }),
    ]);
  } finally {
    await writer.close();
  }
  assert.deepEqual(results.map((r) => (r instanceof Error ? r.message : r.status)), ["added", "duplicate", "added"]);
  assert.equal(await dataSource.getRepository(Deal).count(), dealsBefore + 1, "one deal with two reports");
});

/** Writes one batch through a fresh writer. */
async function writeBatch(extractions: Parameters<ArticleWriter["write"]>[0]): Promise<(StoreResult | Error)[]> {
  const writer = ArticleWriter.open(dataSource, loadWeaponGazetteer());
  try {
    return await writer.write(extractions);
  } finally {
    await writer.close();
  }
}

test("an actor created by an article that fails is not reused by the next article of the batch", async () => {
  // a knowledge-base actor the store does not hold yet is created by the first article that names it:
  // the batch remembers its id, and must forget it when that article is rolled back
  const unsynced: ActorRef = { kbId: "test-unsynced-envoy", name: "Unsynced Envoy", kind: "PERSON" };
  const brokenBody = "Unsynced Envoy spoke first, then the page broke.";
  const broken = extractionOf(brokenBody, { statements: [{ ...statementIn(brokenBody, "Unsynced Envoy spoke first", { speaker: unsynced }), text: null as unknown as string }] });
  const goodBody = "Unsynced Envoy spoke again, and this page is whole.";
  const good = extractionOf(goodBody, { statements: [statementIn(goodBody, "Unsynced Envoy spoke again", { speaker: unsynced })] });
  const results = await writeBatch([broken, good]);
  assert.ok(results[0] instanceof Error);
  assert.ok(!(results[1] instanceof Error) && results[1].status === "added", `the second article is stored: ${results[1] instanceof Error ? results[1].message : ""}`);
  const actors = await dataSource.getRepository(Actor).findBy({ kbId: "test-unsynced-envoy" });
  assert.equal(actors.length, 1, "one actor row, created again by the article that stayed");
  const [statement] = await dataSource.getRepository(Statement).findBy({ text: "Unsynced Envoy spoke again" });
  assert.equal(statement.speakerId, actors[0].id);
});

test("an article's deals are matched against the stored deals as if read one by one, and a failed article leaves the stored deal unchanged", async () => {
  const india: ActorRef = { kbId: "india", name: "India", kind: "STATE" };
  const firstBody = "Russia delivered frigates to Azerbaijan in 2015-2016. Candidates one.";
  const [first] = await writeBatch([extractionOf(firstBody, { deals: [dealIn(firstBody, { items: ["frigates"], category: "ships", valueText: null, amount: null, currency: null, period: "2015-2016", periodStart: 2015, periodEnd: 2016 })] })]);
  assert.ok(!(first instanceof Error));
  const stored = await dataSource.getRepository(Deal).findOneByOrFail({ periodStart: 2015, periodEnd: 2016, category: "ships" });
  const evidenceBefore = await dataSource.getRepository(DealEvidence).countBy({ dealId: stored.id });

  // an article that would enrich the stored deal, then fails: nothing of it stays
  const failingBody = "Russia delivered frigates worth $9 billion to Azerbaijan in 2015-2016. Candidates two.";
  const failing = extractionOf(failingBody, {
    deals: [dealIn(failingBody, { items: ["frigates"], category: "ships", valueText: "$9 billion", amount: 9e9, period: "2015-2016", periodStart: 2015, periodEnd: 2016 })],
    statements: [{ ...statementIn(failingBody, "Russia delivered frigates"), text: null as unknown as string }],
  });
  // an article with three deals: the stored one again, a new one, and a second report of that new one
  // (not merged with it: the deals stage merges within an article, the store does not)
  const manyBody = "Russia sold frigates to Azerbaijan in 2015-2016 for $1 billion. Russia sold tanks to India in 2019. Candidates three.";
  const toIndia = dealIn(manyBody, { recipient: india, items: ["tanks"], valueText: null, amount: null, currency: null, period: "2019", periodStart: 2019, periodEnd: 2019 });
  const many = extractionOf(manyBody, {
    deals: [dealIn(manyBody, { items: ["frigates"], category: "ships", valueText: "$1 billion", amount: 1e9, period: "2015-2016", periodStart: 2015, periodEnd: 2016 }), toIndia, toIndia],
  });
  const dealsBefore = await dataSource.getRepository(Deal).count();
  const results = await writeBatch([failing, many]);
  assert.ok(results[0] instanceof Error);
  assert.ok(!(results[1] instanceof Error) && results[1].status === "added");
  const after = await dataSource.getRepository(Deal).findOneByOrFail({ id: stored.id });
  assert.equal(after.valueText, "$1 billion", "the failed article's $9 billion was undone; the stored article's value was added");
  assert.equal(await dataSource.getRepository(DealEvidence).countBy({ dealId: stored.id }), evidenceBefore + 1);
  assert.equal(await dataSource.getRepository(Deal).count(), dealsBefore + 2, "the two reports of the new deal stay two deals, as when read one by one");
});
