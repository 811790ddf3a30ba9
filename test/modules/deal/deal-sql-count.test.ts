import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedDealFeed } from "../../support/seed";

const DEALS = `query($first: Int) { deals(first: $first) { edges { node { id source designation
  supplier { name } recipient { name }
  evidence { excerpt article { title } statement { text speaker { name } } }
  statements { text }
  sipriRecord { id designation orderYear orderYearEstimated numberOrdered }
  reports { id status } } } } }`;
const STATES = `query($first: Int) { actors(first: $first, filter: { kind: [STATE] }) { edges { node { name
  dealsAsSupplier(first: 3) { totalCount edges { node { designation recipient { name } sipriRecord { id } } } pageInfo { hasNextPage } }
  dealsAsRecipient(first: 2) { edges { node { id supplier { name } evidence { statement { text } } } } } } } } }`;

describe("deal lists: SQL statements per request do not grow with the page size (no N+1)", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi((ds) => seedDealFeed(ds, 20));
  });
  after(() => api?.close());

  async function sqlCount(query: string, first: number, expectedEdges: number): Promise<{ count: number; data: any }> {
    const res = await api.query(query, { first });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const root = Object.values(res.data)[0] as { edges: unknown[] };
    assert.equal(root.edges.length, expectedEdges);
    return { count: res.extensions!.sql.count, data: res.data };
  }

  it("a page of 50 deals with supplier, recipient, evidence { article statement }, statements, sipriRecord and reports: the same ≤ 8 statements as a page of 5", async () => {
    const five = await sqlCount(DEALS, 5, 5);
    const fifty = await sqlCount(DEALS, 50, 50);
    assert.equal(fifty.count, five.count);
    assert.ok(fifty.count <= 8, `${fifty.count} SQL statements`);
    // The page really holds both sources, linked both ways, with evidence.
    const nodes = fifty.data.deals.edges.map((e: any) => e.node);
    assert.ok(nodes.some((n: any) => n.source === "SIPRI" && n.reports.length === 1));
    assert.ok(nodes.some((n: any) => n.source === "PRESS" && n.sipriRecord?.designation === n.designation));
    assert.ok(nodes.some((n: any) => n.evidence.length === 2 && n.statements.length === 1 && n.evidence[0].statement.speaker.name === "Deal Speaker"));
  });

  it("states with dealsAsSupplier and dealsAsRecipient nested: the same count for 2 and 8 states", async () => {
    const two = await sqlCount(STATES, 2, 2);
    const eight = await sqlCount(STATES, 8, 8);
    assert.equal(eight.count, two.count);
    assert.ok(eight.count <= 8, `${eight.count} SQL statements`);
    const first = eight.data.actors.edges[0].node;
    assert.equal(first.dealsAsSupplier.edges.length, 3);
    assert.equal(first.dealsAsSupplier.pageInfo.hasNextPage, true);
    assert.ok(first.dealsAsSupplier.totalCount > 3);
  });
});
