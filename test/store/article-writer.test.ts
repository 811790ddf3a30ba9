import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { ArticleWriter } from "../../src/store/article-writer";
import type { StoreResult } from "../../src/store/store-extraction";
import { Article } from "../../src/modules/article/article.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
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
