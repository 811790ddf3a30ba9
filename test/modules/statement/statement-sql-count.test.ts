import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedFeed } from "../../support/seed";

const FEED = `query($first: Int) { statements(first: $first) { edges { node { id text speaker { name } via { name }
  article { title publishedAt } outlet { name } } } pageInfo { hasNextPage } } }`;
const ACTORS = `query($first: Int) { actors(first: $first, filter: { kind: [PERSON] }) { edges { node { name aliases { text } roles { title }
  statements(first: 3) { totalCount edges { node { text via { name } article { outlet { name } } } } }
  mentions(first: 2) { text } } } } }`;

describe("SQL statements per request do not grow with the page size (no N+1)", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi((ds) => seedFeed(ds, 130));
  });
  after(() => api?.close());

  async function sqlCount(query: string, first: number, expectedEdges: number): Promise<number> {
    const res = await api.query(query, { first });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const root = Object.values(res.data)[0] as { edges: unknown[] };
    assert.equal(root.edges.length, expectedEdges);
    assert.equal(typeof res.extensions?.sql?.count, "number");
    assert.equal(typeof res.extensions?.sql?.ms, "number");
    return res.extensions!.sql.count;
  }

  it("the statement feed with speaker, via, article and outlet: same ≤ 5 statements for 10 and 100 rows", async () => {
    const ten = await sqlCount(FEED, 10, 10);
    const hundred = await sqlCount(FEED, 100, 100);
    assert.equal(hundred, ten);
    assert.ok(hundred <= 5, `${hundred} SQL statements`);
  });

  it("actors with nested statement connections, mentions, aliases and roles: same count for 4 and 12 people", async () => {
    const few = await sqlCount(ACTORS, 4, 4);
    const all = await sqlCount(ACTORS, 12, 12);
    assert.equal(all, few);
    assert.ok(all <= 12, `${all} SQL statements`);
  });

  it("totalCount costs one COUNT only when selected", async () => {
    const without = (await api.query(`{ statements(first: 5) { edges { cursor } } }`)).extensions!.sql.count;
    const withCount = await api.query(`{ statements(first: 5) { ...Counted } } fragment Counted on StatementConnection { totalCount }`);
    assert.equal(withCount.data.statements.totalCount, 130);
    assert.equal(withCount.extensions!.sql.count, without + 1);
  });
});
