import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { copyDatabase, TargetNotEmptyError } from "../../src/cli/copy";
import { openDatabase } from "../../src/db/data-source";
import { Actor } from "../../src/modules/actor/actor.entity";
import { Article } from "../../src/modules/article/article.entity";
import { Mention } from "../../src/modules/article/mention.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";
import { distRoot } from "../support/paths";

const skip = testEngine !== "postgres" ? "copies SQLite into PostgreSQL: runs with the PostgreSQL engine (TEST_ENGINE=postgres)" : false;

const now = "2026-01-01T00:00:00.000Z";

/** A small store with every kind of row, ids with gaps, a self-reference to a later row and true booleans. */
async function fillSource(ds: DataSource): Promise<void> {
  const actors = ds.getRepository(Actor);
  await actors.insert({ id: 1, kbId: "ilham-aliyev", kind: "PERSON", name: "Ilham Aliyev", wikidataId: "Q1", countryId: null, roleText: null, createdAt: now });
  await actors.insert({ id: 5, kbId: "azerbaijan", kind: "STATE", name: "Azerbaijan", wikidataId: null, countryId: null, roleText: null, createdAt: now });
  await actors.insert({ id: 6, kbId: "russia", kind: "STATE", name: "Russia", wikidataId: null, countryId: null, roleText: null, createdAt: now });
  await actors.insert({ id: 7, kbId: "interfax", kind: "MEDIA", name: "Interfax", wikidataId: null, countryId: 6, roleText: null, createdAt: now });
  await actors.update({ id: 1 }, { countryId: 5 }); // references a row with a higher id
  await ds.getRepository(Article).insert({
    id: 3, url: "https://example.org/a", title: "Баку рассчитывает", outletId: 7, publishedAt: "2021-05-20", publishedPrecision: "DAY", language: "ru",
    authors: ["Иван"], body: "Тело статьи", originalText: "Тело статьи", format: "text", contentHash: "h".repeat(64), ingestedAt: now, extractorVersion: "1",
  });
  await ds.getRepository(Statement).insert([
    { id: 10, articleId: 3, text: "Мы желаем получить доступ", kind: "DIRECT", speakerId: 1, speakerLabel: "Алиев", viaId: 7, saidOn: "2021-05-20", saidOnPrecision: "DAY", language: "ru", startOffset: 0, endOffset: 5, confidence: 0.9, reviewed: true },
    { id: 12, articleId: 3, text: "второе", kind: "INDIRECT", speakerId: null, speakerLabel: null, viaId: null, saidOn: null, saidOnPrecision: "UNKNOWN", language: "ru", startOffset: 6, endOffset: 11, confidence: 0.5, reviewed: false },
  ]);
  await ds.getRepository(Mention).insert({ id: 2, articleId: 3, actorId: 1, text: "Алиев", startOffset: 0, endOffset: 5 });
  await ds.getRepository(Deal).insert({
    id: 4, source: "PRESS", supplierId: 6, recipientId: 5, items: ["tanks"], designation: "T-90S", description: null, category: "armoured vehicles",
    numberOrdered: 100, numberOrderedEstimated: true, numberDelivered: null, numberDeliveredEstimated: false, orderYear: null, orderYearEstimated: false,
    deliveryYears: null, deliveryYearsEstimated: false, sipriStatus: null, comments: null, valueText: "$1 billion", amount: 1e9, currency: "USD",
    period: null, periodStart: null, periodEnd: null, status: "CONTRACTED", statusReportedOn: "2021-05-20", sipriRecordId: null, createdAt: now,
  } as Partial<Deal>);
  await ds.getRepository(DealEvidence).insert({ id: 8, dealId: 4, articleId: 3, statementId: 10, excerpt: "поставит", startOffset: 0, endOffset: 8 });
}

describe("npm run copy: SQLite to PostgreSQL", { skip }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-copy-"));
  const sourceUrl = `sqlite:${path.join(dir, "source.sqlite")}`;
  let target: TestDatabase;
  before(async () => {
    const source = await openDatabase({ url: sourceUrl });
    try {
      await fillSource(source);
    } finally {
      await source.destroy();
    }
    target = await createTestDatabase("copy");
  });
  after(async () => {
    await target?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies every row with its id, converts booleans, and resets the sequences", async () => {
    const progress: number[] = [];
    let total = 0;
    const report = await copyDatabase({ from: sourceUrl, to: target.url, batchSize: 1, onStart: (n) => (total = n), onProgress: (n) => progress.push(n) });
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    assert.equal(rows.actors, 4);
    assert.equal(rows.statements, 2);
    assert.equal(rows.deal_evidence, 1);
    assert.equal(total, report.totalRows);
    assert.equal(progress.at(-1), report.totalRows, "the progress reaches the total");

    const ds = await openDatabase({ url: target.url, replicaUrls: [] });
    try {
      const aliyev = await ds.getRepository(Actor).findOneByOrFail({ id: 1 });
      assert.equal(aliyev.countryId, 5, "the self-reference to a later row survives");
      const statement = await ds.getRepository(Statement).findOneByOrFail({ id: 10 });
      assert.equal(statement.reviewed, true);
      assert.equal(statement.text, "Мы желаем получить доступ");
      assert.equal((await ds.getRepository(Statement).findOneByOrFail({ id: 12 })).reviewed, false);
      const deal = await ds.getRepository(Deal).findOneByOrFail({ id: 4 });
      assert.equal(deal.numberOrderedEstimated, true);
      assert.deepEqual(deal.items, ["tanks"]);
      assert.deepEqual((await ds.getRepository(Article).findOneByOrFail({ id: 3 })).authors, ["Иван"]);
      // The sequences continue after the copied ids.
      const inserted = await ds.getRepository(Actor).insert({ kbId: null, kind: "PERSON", name: "New Person", wikidataId: null, countryId: null, roleText: null, createdAt: now });
      assert.equal(inserted.identifiers[0].id, 8);
      const next = await ds.getRepository(Statement).insert({ articleId: 3, text: "new", kind: "DIRECT", speakerId: null, speakerLabel: null, viaId: null, saidOn: null, saidOnPrecision: "UNKNOWN", language: "en", startOffset: 0, endOffset: 3, confidence: 1, reviewed: false });
      assert.equal(next.identifiers[0].id, 13);
    } finally {
      await ds.destroy();
    }
  });

  it("refuses a target that already holds data, saying which tables and what to do", async () => {
    await assert.rejects(copyDatabase({ from: sourceUrl, to: target.url }), (error: Error) => {
      assert.ok(error instanceof TargetNotEmptyError);
      assert.match(error.message, /is not empty: .*actors \(5 rows\)/);
      assert.match(error.message, /create a new database/);
      return true;
    });
  });

  it("as a command, exits 3 on a non-empty target and 2 without --to", () => {
    const cli = path.join(distRoot, "src", "cli", "copy.js");
    const full = spawnSync(process.execPath, [cli, "--from", sourceUrl, "--to", target.url], { encoding: "utf8" });
    assert.equal(full.status, 3, full.stderr);
    assert.match(full.stderr, /is not empty/);
    const missing = spawnSync(process.execPath, [cli, "--from", sourceUrl], { encoding: "utf8" });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Usage: npm run copy/);
  });
});
