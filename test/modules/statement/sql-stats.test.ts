import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedFeed } from "../../support/seed";

// Page-size constancy (no N+1) is checked once for every operation fixture in test/operations.
describe("SQL statements per request, as the API reports them", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi((ds) => seedFeed(ds, 130));
  });
  after(() => api?.close());

  it("each response carries its SQL count and time in extensions.sql", async () => {
    const res = await api.query(`{ statements(first: 5) { edges { cursor } } }`);
    assert.equal(typeof res.extensions?.sql?.count, "number");
    assert.equal(typeof res.extensions?.sql?.ms, "number");
  });

  it("totalCount costs one COUNT only when selected", async () => {
    const without = (await api.query(`{ statements(first: 5) { edges { cursor } } }`)).extensions!.sql.count;
    const withCount = await api.query(`{ statements(first: 5) { ...Counted } } fragment Counted on StatementConnection { totalCount }`);
    assert.equal(withCount.data.statements.totalCount, 130);
    assert.equal(withCount.extensions!.sql.count, without + 1);
  });
});
