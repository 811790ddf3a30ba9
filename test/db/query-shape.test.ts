import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Brackets, type DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { queryShape } from "../../src/db/query-shape";
import { selectStatements } from "../../src/modules/statement/select-statements";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";
import { seedSmallStore, type SmallStore } from "../support/seed";

// A page's SQL text is kept per queryShape key (sql-templates.ts): builders with one key must make one text, and a
// builder the key cannot describe must get none.
describe(`queryShape names the SQL text of a query builder (${testEngine})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: SmallStore;
  before(async () => {
    database = await createTestDatabase("query_shape");
    dataSource = await openDatabase({ url: database.url });
    store = await seedSmallStore(dataSource);
  });
  after(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const said = { field: "SAID_ON", direction: "DESC" } as const;
  const select = (filter: Record<string, unknown> | null, order: { field: "SAID_ON" | "PUBLISHED_AT"; direction: "ASC" | "DESC" } = said) =>
    selectStatements(dataSource, filter as never, order);

  it("one key for one filter shape whatever its values, and the same SQL text", async () => {
    const pairs = [
      [null, null],
      [{ speakerId: String(store.actors.aliyev) }, { speakerId: String(store.actors.shoigu) }],
      [{ saidFrom: "2024-01-01", kind: ["DIRECT"] }, { saidFrom: "2025-06-30", kind: ["DIRECT", "INDIRECT"] }],
      [{ outletName: "TASS" }, { outletName: "Reuters" }],
    ];
    for (const [a, b] of pairs) {
      const [first, second] = [await select(a), await select(b)];
      const key = queryShape(first);
      assert.ok(key, `a key for ${JSON.stringify(a)}`);
      assert.equal(queryShape(second), key, `${JSON.stringify(a)} and ${JSON.stringify(b)}`);
      assert.equal(second.getQuery(), first.getQuery());
    }
  });

  it("other keys for other filters and orders", async () => {
    const keys = [
      queryShape(await select(null)),
      queryShape(await select({ speakerId: String(store.actors.aliyev) })),
      queryShape(await select({ language: "ru" })),
      queryShape(await select({ outletName: "TASS" })),
      queryShape(await select(null, { field: "PUBLISHED_AT", direction: "DESC" })),
    ];
    assert.equal(new Set(keys).size, keys.length);
  });

  it("no key for a builder with parts the key does not describe", async () => {
    assert.equal(queryShape((await select(null)).offset(10)), null);
    assert.equal(queryShape((await select(null)).andWhere(new Brackets((q) => q.where("1 = 1")))), null);
    assert.equal(queryShape((await select(null)).groupBy("statement.kind")), null);
  });
});
