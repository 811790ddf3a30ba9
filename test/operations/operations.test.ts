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
import { seedDealFeed, seedFeed, seedSmallStore } from "../support/seed";
import { repoRoot } from "../support/paths";

/**
 * Each GraphQL operation a front end relies on is a fixture in test/operations: `<name>.graphql`, its
 * variables (`<name>.variables.json`, optional), its expected result (`<name>.result.json`) and the SQL
 * it issues per engine (`<name>.sql.json`, normalised and sorted: batches of independent loaders may run
 * in any order on PostgreSQL). Adding an operation is adding files; every check below applies to it.
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
      const variableValues = readJson(`${base}.variables.json`);
      const { result, statements } = await withQueryStats(async (stats) => {
        const result = await graphql({ schema, source, variableValues, contextValue: createContext(dataSource) });
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
      const hint = `run "npm run -s build && UPDATE_SNAPSHOTS=1 TEST_ENGINE=${testEngine} node --test dist/test/operations/operations.test.js" and review the diff`;
      assert.deepEqual(result, readJson(`${base}.result.json`), `result of ${file} changed: ${hint}`);
      assert.ok(snapshots[testEngine], `no SQL snapshot of ${file} for ${testEngine}: ${hint}`);
      assert.equal(statements.length, snapshots[testEngine].length, `${file} now issues ${statements.length} SQL statements instead of ${snapshots[testEngine].length} (an N+1?): ${hint}`);
      assert.deepEqual(statements, snapshots[testEngine], `SQL of ${file} changed: ${hint}`);
    });
  }
});

/** The fixtures whose operation takes the page size as `$first` (or `$last`, paging backward), with that variable's name. */
function pagedFixtures(): { file: string; source: string; variables: Record<string, unknown>; size: "first" | "last" }[] {
  return fs
    .readdirSync(OPERATIONS)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const base = path.join(OPERATIONS, file.replace(/\.graphql$/, ""));
      const source = fs.readFileSync(`${base}.graphql`, "utf8");
      const size = /\$first\s*:\s*Int/.test(source) ? "first" as const : /\$last\s*:\s*Int/.test(source) ? "last" as const : null;
      return { file, source, variables: readJson(`${base}.variables.json`) ?? {}, size };
    })
    .filter((fixture): fixture is typeof fixture & { size: "first" | "last" } => fixture.size !== null);
}

// The N+1 check, written once for every fixture that pages (forward with $first or backward with $last): on a store where every row has the same
// relations, a page of 8 must cost exactly the SQL statements of a page of 2 (a relation read row by
// row would add statements per row; one read through a DataLoader costs one per batch).
describe("fixture operations: SQL statements do not grow with the page size (no N+1)", () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;
  before(async () => {
    database = await createTestDatabase("ops_pages");
    dataSource = await openDatabase({ url: database.url });
    await seedFeed(dataSource, 130);
    await seedDealFeed(dataSource, 20);
    installQueryCounter(dataSource);
    schema = await buildApiSchema();
  });
  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function run(source: string, variableValues: Record<string, unknown>): Promise<{ edges: number; count: number }> {
    return withQueryStats(async (stats) => {
      const result = await graphql({ schema, source, variableValues, contextValue: createContext(dataSource) });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const root = Object.values(result.data!)[0] as { edges: unknown[] };
      return { edges: root.edges.length, count: stats.statements.length };
    });
  }

  for (const { file, source, variables, size } of pagedFixtures()) {
    it(`${file}: a page of 8 issues the same SQL statements as a page of 2 (${testEngine})`, async () => {
      const two = await run(source, { ...variables, [size]: 2 });
      const eight = await run(source, { ...variables, [size]: 8 });
      assert.deepEqual([two.edges, eight.edges], [2, 8], "the seeded store must fill both pages");
      assert.equal(eight.count, two.count, `${file}: ${eight.count} SQL statements for 8 rows, ${two.count} for 2`);
    });
  }
});
