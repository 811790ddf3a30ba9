import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { rowColumns, rowReader } from "../../src/db/read-by-ids";
import { readRows } from "../../src/db/read-rows";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";
import { seedSmallStore } from "../support/seed";

// rowReader skips TypeORM's value conversion for the column types it deems plain: on real rows of every
// table, its objects must equal TypeORM's own conversion of every column.
describe(`rowReader converts stored rows as TypeORM does (${testEngine})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  before(async () => {
    database = await createTestDatabase("row_hydrator");
    dataSource = await openDatabase({ url: database.url });
    await seedSmallStore(dataSource);
  });
  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it("every column of every entity with rows", async () => {
    const compared = new Map<string, number>();
    for (const metadata of dataSource.entityMetadatas) {
      const set = await readRows(dataSource, `SELECT * FROM "${metadata.tableName}"`);
      const columns = rowColumns(dataSource, metadata.target);
      const read = rowReader<Record<string, unknown>>(dataSource, set, "", columns, (column) => column.databaseName);
      for (const row of set.rows) {
        const value = (name: string) => row[set.columns.indexOf(name)];
        const expected = Object.fromEntries(columns.map((c) => [c.propertyName, dataSource.driver.prepareHydratedValue(value(c.databaseName), c)]));
        assert.deepStrictEqual(read(row), expected, `a row of ${metadata.tableName}`);
        compared.set(metadata.tableName, (compared.get(metadata.tableName) ?? 0) + 1);
      }
    }
    for (const table of ["actors", "articles", "statements", "deals", "deal_evidence"]) {
      assert.ok(compared.get(table), `no row of ${table} compared: the seeded store should fill it`);
    }
  });
});
