import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { storeExtraction, type StoreOptions } from "../../src/store/store-extraction";
import { Article } from "../../src/modules/article/article.entity";
import { AuditEntry } from "../../src/modules/audit/audit-entry.entity";
import { recordAudit } from "../../src/modules/audit/record-audit";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { dealIn, extractionOf, statementIn } from "../support/extraction-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

let db: TestDatabase;
let dataSource: DataSource;

before(async () => {
  db = await createTestDatabase("afterstore");
  dataSource = await openDatabase({ url: db.url });
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
});

const body = "Russia delivered tanks to Azerbaijan. “The contract is fulfilled,” Shoigu said.";
const extraction = () => extractionOf(body, { statements: [statementIn(body, "The contract is fulfilled,")], deals: [dealIn(body)] });
const counts = async () => Promise.all([Article, Statement, Deal, DealEvidence, AuditEntry].map((entity) => dataSource.getRepository(entity).count()));

test("when afterStore throws, nothing of the article remains and the error reaches the caller", async () => {
  await assert.rejects(
    storeExtraction(dataSource, extraction(), {
        weapons: loadWeaponGazetteer(),
        afterStore: async (manager, result) => {
        assert.equal(await manager.count(Statement, { where: { articleId: result.articleId } }), 1, "the hook sees the article's rows");
        throw new Error("audit write failed");
      },
    }),
    /audit write failed/,
  );
  assert.deepEqual(await counts(), [0, 0, 0, 0, 0]);
});

test("afterStore's writes commit with the article, and a duplicate does not call it", async () => {
  let calls = 0;
  const afterStore: StoreOptions["afterStore"] = async (manager, result) => {
    calls++;
    await recordAudit(manager, { keyId: null, name: "test" }, { action: "ingestArticle", entityType: "Article", entityId: result.articleId });
  };
  const first = await storeExtraction(dataSource, extraction(), {
      weapons: loadWeaponGazetteer(),
    afterStore });
  const second = await storeExtraction(dataSource, extraction(), {
      weapons: loadWeaponGazetteer(),
    afterStore });
  assert.deepEqual([first.status, second.status, calls], ["added", "duplicate", 1]);
  const entries = await dataSource.getRepository(AuditEntry).find();
  assert.deepEqual(entries.map((e) => [e.entityId, e.keyName]), [[first.articleId, "test"]]);
});
