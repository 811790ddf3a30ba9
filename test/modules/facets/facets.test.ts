import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedFeed, seedSmallStore, type SmallStore } from "../../support/seed";

const STATEMENT_FACETS = `query($filter: StatementFilter) { statementFacets(filter: $filter, limit: 1000) { total
  bySpeaker { actor { id: rowId name } count } byOutlet { actor { id: rowId name } count } byLanguage { value count } byKind { value count } byMonth { month count } } }`;
const LIST = `query($filter: StatementFilter, $after: String) { statements(filter: $filter, first: 100, after: $after) {
  edges { node { id kind language saidOn saidOnPrecision speaker { id: rowId } outlet { id: rowId } } } pageInfo { hasNextPage endCursor } } }`;

/** Orders values like SQL does: numbers (ids) numerically, text by code point. */
function compareValues(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts of `key` over rows, as facet groups ordered like the API: count descending, then value, null last. */
function tally(rows: any[], key: (row: any) => string | null): { value: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : compareValues(a.value, b.value)));
}

describe("facets: counts under the same filters as the lists", () => {
  let api: TestApi;
  let store: SmallStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedSmallStore(ds);
      await seedFeed(ds, 150);
    });
  });
  after(() => api?.close());

  async function listAll(filter: Record<string, unknown>): Promise<any[]> {
    const nodes: any[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await api.query(LIST, { filter, after: cursor });
      assert.equal(res.errors, undefined);
      nodes.push(...res.data.statements.edges.map((e: any) => e.node));
      cursor = res.data.statements.pageInfo.hasNextPage ? res.data.statements.pageInfo.endCursor : null;
    } while (cursor);
    return nodes;
  }

  for (const [label, filter] of [
    ["no filter", {}],
    ["language and kind", { language: "en", kind: ["DIRECT", "INDIRECT"] }],
    ["speaker by name in another script", { speakerName: "Алиев" }],
    ["outlet and publication dates", { outletName: "Outlet 1", publishedFrom: "2020-02", publishedTo: "2020-06" }],
    ["said in 2016", { saidFrom: "2016", saidTo: "2016" }],
  ] as const) {
    it(`statementFacets counts exactly what statements lists: ${label}`, async () => {
      const [facets, rows] = await Promise.all([api.query(STATEMENT_FACETS, { filter }), listAll(filter)]);
      assert.equal(facets.errors, undefined);
      const f = facets.data.statementFacets;
      assert.equal(f.total, rows.length);
      const ids = (groups: any[]) => groups.map((g) => ({ value: g.actor?.id ?? null, count: g.count }));
      assert.deepEqual(ids(f.bySpeaker), tally(rows, (r) => r.speaker?.id ?? null));
      assert.deepEqual(ids(f.byOutlet), tally(rows, (r) => r.outlet?.id ?? null));
      assert.deepEqual(f.byLanguage, tally(rows, (r) => r.language));
      assert.deepEqual(f.byKind, tally(rows, (r) => r.kind));
      const month = (r: any) => (r.saidOn && ["DAY", "MONTH"].includes(r.saidOnPrecision) ? r.saidOn.slice(0, 7) : null);
      assert.deepEqual(f.byMonth.map((g: any) => ({ value: g.month, count: g.count })), tally(rows, month));
    });
  }

  it("one request with every facet costs a small fixed number of SQL statements", async () => {
    const small = await api.query(STATEMENT_FACETS, { filter: { speakerName: "Shoigu" } });
    const large = await api.query(STATEMENT_FACETS, { filter: {} });
    const counts = [small.extensions?.sql?.count, large.extensions?.sql?.count];
    assert.ok(counts.every((c) => typeof c === "number" && c <= 10), `SQL statements: ${counts}`);
    const one = await api.query(`{ statementFacets { byLanguage { value count } } }`);
    assert.equal(one.extensions?.sql?.count, 1, "unselected facets are not counted");
  });

  it("dealFacets counts deals by supplier, recipient, status, category and year under the deal filter", async () => {
    const res = await api.query(`query($filter: DealFilter) { dealFacets(filter: $filter) { total bySupplier { actor { name } count }
      byRecipient { actor { name } count } byStatus { value count } byCategory { value count } byYear { year count } } }`, { filter: {} });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.dealFacets, {
      total: 3,
      bySupplier: [{ actor: { name: "Russia" }, count: 2 }, { actor: null, count: 1 }],
      byRecipient: [{ actor: { name: "Azerbaijan" }, count: 3 }],
      byStatus: [{ value: "DELIVERED", count: 1 }, { value: "RUMOURED", count: 1 }, { value: null, count: 1 }],
      byCategory: [{ value: "armoured vehicles", count: 1 }, { value: "artillery", count: 1 }, { value: null, count: 1 }],
      byYear: [{ year: 2009, count: 1 }, { year: 2010, count: 1 }, { year: null, count: 1 }],
    });
    const filtered = await api.query(`{ dealFacets(filter: { supplierName: "Россия", yearFrom: 2010 }) { total byCategory { value count } }
      deals(filter: { supplierName: "Россия", yearFrom: 2010 }) { totalCount } }`);
    assert.equal(filtered.errors, undefined);
    assert.equal(filtered.data.dealFacets.total, filtered.data.deals.totalCount);
    assert.deepEqual(filtered.data.dealFacets.byCategory, [{ value: "armoured vehicles", count: 1 }]);
    assert.ok(store.deals.t90);
  });

  it("limit keeps the largest groups and refuses values out of range", async () => {
    const res = await api.query(`{ statementFacets(limit: 2) { bySpeaker { count } } }`);
    assert.equal(res.data.statementFacets.bySpeaker.length, 2);
    const bad = await api.query(`{ statementFacets(limit: 0) { total } }`);
    assert.equal(bad.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  });
});
