import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { graphql, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { installQueryCounter, withQueryStats } from "../../src/db/query-counter";
import { createContext } from "../../src/modules/api-context";
import { buildApiSchema } from "../../src/server/schema";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";
import { seedSmallStore } from "../support/seed";
import { repoRoot } from "../support/paths";

/**
 * Fixture operations live in the source tree (test/api/operations), next to their expected result and the SQL they
 * issue (normalised and sorted: batches of independent loaders may run in any order on PostgreSQL).
 */
const OPERATIONS = path.join(repoRoot, "test", "operations");
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";

/**
 * SQL without engine-specific quoting, placeholders or inlined numbers, and with IN lists
 * collapsed, so a snapshot does not depend on ids or on how many keys a batch held.
 */
function normaliseSql(sql: string): string {
  return sql
    .replace(/["`]/g, "")
    .replace(/\$\d+/g, "?")
    .replace(/\b\d+\b/g, "?")
    .replace(/IN \(\?(, \?)*\)/g, "IN (…)")
    .replace(/\s+/g, " ")
    .trim();
}

function readJson(file: string): any {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined;
}

describe("fixture operations: expected result and SQL snapshot", () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;
  before(async () => {
    database = await createTestDatabase("ops");
    dataSource = await openDatabase({ url: database.url });
    await seedSmallStore(dataSource);
    installQueryCounter(dataSource);
    schema = await buildApiSchema();
  });
  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  for (const file of fs.readdirSync(OPERATIONS).filter((f) => f.endsWith(".graphql")).sort()) {
    it(`${file} returns its expected result with the snapshotted SQL (${testEngine})`, async () => {
      const base = path.join(OPERATIONS, file.replace(/\.graphql$/, ""));
      const source = fs.readFileSync(`${base}.graphql`, "utf8");
      const { result, statements } = await withQueryStats(async (stats) => {
        const result = await graphql({ schema, source, contextValue: createContext(dataSource) });
        return { result: JSON.parse(JSON.stringify(result)), statements: stats.statements.map(normaliseSql).sort() };
      });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const sqlFile = `${base}.sql.json`;
      const snapshots = readJson(sqlFile) ?? {};
      if (UPDATE) {
        fs.writeFileSync(`${base}.result.json`, JSON.stringify(result, null, 2) + "\n");
        fs.writeFileSync(sqlFile, JSON.stringify({ ...snapshots, [testEngine]: statements }, null, 2) + "\n");
        return;
      }
      const hint = `run "npm run -s build && UPDATE_SNAPSHOTS=1 TEST_ENGINE=${testEngine} node --test dist/test/api/sql-snapshots.test.js" and review the diff`;
      assert.deepEqual(result, readJson(`${base}.result.json`), `result of ${file} changed: ${hint}`);
      assert.ok(snapshots[testEngine], `no SQL snapshot of ${file} for ${testEngine}: ${hint}`);
      assert.equal(statements.length, snapshots[testEngine].length, `${file} now issues ${statements.length} SQL statements instead of ${snapshots[testEngine].length} (an N+1?): ${hint}`);
      assert.deepEqual(statements, snapshots[testEngine], `SQL of ${file} changed: ${hint}`);
    });
  }
});
