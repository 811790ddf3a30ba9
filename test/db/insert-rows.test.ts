import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { insertRows, preparedChunkSizes, type Row } from "../../src/db/insert-rows";
import { namedQuery } from "../../src/db/named-query";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";

// insertRows writes many rows per statement: ids must come back in the order of the rows, every row must be
// stored as given and indexed for full-text search, and a failing statement must undo the caller's transaction whole.
describe(`insertRows in multi-row statements (${testEngine})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let articleId: number;
  before(async () => {
    database = await createTestDatabase("insert_rows");
    dataSource = await openDatabase({ url: database.url });
    [articleId] = await insertRows(dataSource.manager, "articles", [{
      url: "https://example.org/a", title: "A", outletId: null, publishedAt: "2026-01-02", publishedPrecision: "DAY", language: "en",
      authors: "[]", body: "body", originalText: "body", format: "text", contentHash: "insert-rows-test", ingestedAt: new Date().toISOString(), extractorVersion: "test",
    }]);
  });
  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const statement = (i: number, text = `zebulon${i} said the corvette number ${i} is ready`): Row => ({
    articleId, text, kind: "DIRECT", speakerId: null, speakerLabel: null, viaId: null, saidOn: null, saidOnPrecision: "UNKNOWN",
    language: "en", startOffset: i, endOffset: i + 10, confidence: 0.5, reviewed: false,
  });

  it("splits rows into few statement sizes (powers of two, largest first)", () => {
    assert.deepStrictEqual(preparedChunkSizes(11, 69), [8, 2, 1]);
    assert.deepStrictEqual(preparedChunkSizes(150, 69), [64, 64, 16, 4, 2]);
    assert.deepStrictEqual(preparedChunkSizes(1, 1), [1]);
    assert.deepStrictEqual(preparedChunkSizes(0, 69), []);
  });

  it("returns the ids in the order of the rows, which are stored and searchable as given", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => statement(i));
    const ids = await insertRows(dataSource.manager, "statements", rows);
    assert.equal(ids.length, 150);
    const stored = await namedQuery(dataSource.manager, `SELECT id, text, "startOffset" FROM statements ORDER BY id`);
    assert.deepStrictEqual(stored.map((r) => Number(r.id)), ids);
    assert.deepStrictEqual(stored.map((r) => [r.text, Number(r.startOffset)]), rows.map((r) => [r.text, r.startOffset]));
    for (const i of [0, 63, 64, 127, 128, 143, 144, 148, 149]) {
      const found = await namedQuery(dataSource.manager, testEngine === "postgres"
        ? `SELECT id FROM statements WHERE search_vector @@ plainto_tsquery('english', :word)`
        : `SELECT rowid AS id FROM statements_fts WHERE statements_fts MATCH :word`, { word: `zebulon${i}` });
      assert.deepStrictEqual(found.map((r) => Number(r.id)), [ids[i]], `statement ${i} is found by its word`);
    }
  });

  it("leaves nothing of the transaction when a later statement fails", async () => {
    const [before] = await namedQuery(dataSource.manager, `SELECT count(*) AS n FROM statements`);
    const rows = Array.from({ length: 75 }, (_, i) => statement(1000 + i));
    rows[74] = { ...rows[74], text: null };
    await assert.rejects(dataSource.transaction((manager) => insertRows(manager, "statements", rows)));
    const [afterwards] = await namedQuery(dataSource.manager, `SELECT count(*) AS n FROM statements`);
    assert.equal(Number(afterwards.n), Number(before.n));
    const indexed = testEngine === "postgres" ? [] : await namedQuery(dataSource.manager, `SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'zebulon1000'`);
    assert.deepStrictEqual(indexed, []);
  });
});
