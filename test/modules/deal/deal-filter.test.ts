import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { idOf, rowIdOf } from "../../support/ids";
import { seedDealStore, type DealStore } from "../../support/seed";

/**
 * Every `deals` filter over press deals and SIPRI records, and `dealAggregates` under the same
 * filters: its groups count exactly what `deals(filter:)` lists.
 */
describe("deal filters and aggregates over HTTP", () => {
  let api: TestApi;
  let store: DealStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedDealStore(ds);
    });
  });
  after(() => api?.close());

  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

  async function ids(filter: Record<string, unknown>): Promise<number[]> {
    const { deals } = await data(`query($filter: DealFilter) { deals(filter: $filter, first: 100) { totalCount edges { node { id } } } }`, { filter });
    assert.equal(deals.totalCount, deals.edges.length);
    return deals.edges.map((e: any) => rowIdOf(e.node.id));
  }

  const GROUP_BY = ["SUPPLIER", "RECIPIENT", "YEAR", "CATEGORY", "STATUS"] as const;

  async function aggregates(groupBy: string, filter?: Record<string, unknown>, extra = ""): Promise<any[]> {
    const { dealAggregates } = await data(`query($groupBy: DealGroupBy!, $filter: DealFilter) { dealAggregates(groupBy: $groupBy, filter: $filter${extra}) {
      key actor { id name } year category status dealCount reportedValueUsd valueCount } }`, { groupBy, filter });
    return dealAggregates;
  }

  it("each filter alone: supplier, recipient (id or name), status, year range, category, designation, source", async () => {
    const { t90, smerch, rumour, sipriT90, t90Contract, iskander, sipriIskander, s300 } = store.dealIds;
    const all = [t90, smerch, rumour, sipriT90, sipriIskander, t90Contract, iskander, s300];
    assert.deepEqual(await ids({}), all);
    assert.deepEqual(await ids({ supplierId: idOf("Actor", store.actors.russia) }), all.filter((id) => id !== rumour));
    assert.deepEqual(await ids({ supplierName: "Россия" }), all.filter((id) => id !== rumour));
    assert.deepEqual(await ids({ supplierId: String(store.armenia) }), []);
    assert.deepEqual(await ids({ recipientId: String(store.armenia) }), [sipriIskander, iskander, s300]);
    assert.deepEqual(await ids({ recipientName: "Армения" }), [sipriIskander, iskander, s300]);
    assert.deepEqual(await ids({ status: ["CONTRACTED"] }), [t90Contract, iskander]);
    assert.deepEqual(await ids({ status: ["DELIVERED", "NEGOTIATING"] }), [t90, sipriT90, sipriIskander, s300]);
    assert.deepEqual(await ids({ yearFrom: 2015 }), [sipriIskander, iskander, s300]);
    assert.deepEqual(await ids({ yearTo: 2010 }), [t90, smerch, sipriT90, t90Contract]);
    assert.deepEqual(await ids({ yearFrom: 2010, yearTo: 2015 }), [t90, sipriT90, sipriIskander, t90Contract]);
    assert.deepEqual(await ids({ yearFrom: 2018 }), []);
    assert.deepEqual(await ids({ category: "Armoured Vehicles" }), [t90, sipriT90, t90Contract]);
    assert.deepEqual(await ids({ category: "missiles" }), [sipriIskander, iskander]);
    assert.deepEqual(await ids({ designation: "iskander-e" }), [sipriIskander, iskander]);
    assert.deepEqual(await ids({ designation: " T-90S " }), [t90, sipriT90, t90Contract]);
    assert.deepEqual(await ids({ designation: "Т-90С" }), [t90, sipriT90, t90Contract], "the Cyrillic spelling, through the gazetteer");
    assert.deepEqual(await ids({ source: "SIPRI" }), [smerch, sipriT90, sipriIskander]);
    assert.deepEqual(await ids({ source: "PRESS" }), [t90, rumour, t90Contract, iskander, s300]);
  });

  it("filters combine (every condition holds) and page with the filter kept", async () => {
    const { t90, sipriT90, t90Contract, iskander } = store.dealIds;
    assert.deepEqual(await ids({ source: "PRESS", designation: "T-90S" }), [t90, t90Contract]);
    assert.deepEqual(await ids({ source: "SIPRI", recipientName: "Azerbaijan", yearFrom: 2010 }), [sipriT90]);
    assert.deepEqual(await ids({ supplierName: "Russia", recipientName: "Armenia", status: ["CONTRACTED"], source: "PRESS", category: "missiles", yearFrom: 2016, yearTo: 2016 }), [iskander]);
    const filter = { supplierId: idOf("Actor", store.actors.russia), source: "PRESS" };
    const one = await data(`query($filter: DealFilter) { deals(filter: $filter, first: 2) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }`, { filter });
    assert.equal(one.deals.totalCount, 4);
    assert.equal(one.deals.pageInfo.hasNextPage, true);
    const two = await data(`query($filter: DealFilter, $after: String) { deals(filter: $filter, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`,
      { filter, after: one.deals.pageInfo.endCursor });
    assert.deepEqual([...one.deals.edges, ...two.deals.edges].map((e: any) => rowIdOf(e.node.id)), await ids(filter));
    assert.equal(two.deals.pageInfo.hasNextPage, false);
  });

  it("refuses a status outside the enum and a non-numeric supplierId", async () => {
    const bad = await api.query(`{ deals(filter: { status: [SIGNED] }) { totalCount } }`);
    assert.ok(bad.errors?.length);
    const id = await api.query(`{ deals(filter: { supplierId: "russia" }) { totalCount } }`);
    assert.equal(id.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
    assert.equal(id.errors?.[0]?.extensions?.argumentName, "filter.supplierId");
  });

  it("dealAggregates: each grouping's dealCounts add up to deals.totalCount and each group is what deals lists with that value", async () => {
    const filters: (Record<string, unknown> | undefined)[] = [undefined, { source: "PRESS" }, { recipientName: "Azerbaijan" }, { yearFrom: 2010, yearTo: 2016 }];
    for (const filter of filters) {
      const total = (await ids(filter ?? {})).length;
      for (const groupBy of GROUP_BY) {
        const rows = await aggregates(groupBy, filter);
        const label = `${groupBy} ${JSON.stringify(filter)}`;
        assert.equal(rows.reduce((sum, r) => sum + r.dealCount, 0), total, label);
        for (const row of rows) {
          const narrowed: Record<string, unknown> = { ...filter };
          if (row.key === null) continue; // no filter selects "no value"; the sum above accounts for the group
          if (groupBy === "SUPPLIER") narrowed.supplierId = row.key;
          if (groupBy === "RECIPIENT") narrowed.recipientId = row.key;
          if (groupBy === "YEAR") Object.assign(narrowed, { yearFrom: row.year, yearTo: row.year });
          if (groupBy === "CATEGORY") narrowed.category = row.category;
          if (groupBy === "STATUS") narrowed.status = [row.status];
          assert.equal((await ids(narrowed)).length, row.dealCount, `${label} key ${row.key}`);
        }
      }
    }
  });

  it("dealAggregates rows: actor, year, category or status set by the grouping; USD amounts summed, other currencies left out", async () => {
    const { russia, azerbaijan } = store.actors;
    assert.deepEqual(await aggregates("SUPPLIER"), [
      { key: idOf("Actor", russia), actor: { id: idOf("Actor", russia), name: "Russia" }, year: null, category: null, status: null, dealCount: 7, reportedValueUsd: 1.7e9, valueCount: 3 },
      { key: null, actor: null, year: null, category: null, status: null, dealCount: 1, reportedValueUsd: null, valueCount: 0 },
    ]);
    assert.deepEqual((await aggregates("RECIPIENT")).map((r) => [r.actor?.name ?? null, r.dealCount, r.reportedValueUsd, r.valueCount]), [
      ["Azerbaijan", 5, 1.5e9, 2],
      ["Armenia", 3, 2e8, 1],
    ]);
    assert.equal((await aggregates("RECIPIENT"))[0].key, idOf("Actor", azerbaijan));
    assert.deepEqual((await aggregates("YEAR")).map((r) => [r.key, r.year, r.dealCount, r.reportedValueUsd]), [
      ["2010", 2010, 3, 1.5e9],
      ["2009", 2009, 1, null],
      ["2015", 2015, 1, null],
      ["2016", 2016, 1, 2e8],
      ["2017", 2017, 1, null],
      [null, null, 1, null],
    ]);
    assert.deepEqual((await aggregates("CATEGORY")).map((r) => [r.category, r.dealCount]), [
      ["armoured vehicles", 3],
      ["missiles", 2],
      ["air defence systems", 1],
      ["artillery", 1],
      [null, 1],
    ]);
    assert.deepEqual((await aggregates("STATUS", { source: "PRESS" })).map((r) => [r.status, r.dealCount, r.reportedValueUsd, r.valueCount]), [
      ["CONTRACTED", 2, 7e8, 2],
      ["DELIVERED", 1, 1e9, 1],
      ["NEGOTIATING", 1, null, 0],
      ["RUMOURED", 1, null, 0],
    ]);
  });

  it("dealAggregates orderBy KEY and limit; a limit out of range is refused", async () => {
    assert.deepEqual((await aggregates("YEAR", undefined, ", orderBy: KEY")).map((r) => r.year), [2009, 2010, 2015, 2016, 2017, null]);
    assert.deepEqual((await aggregates("CATEGORY", undefined, ", orderBy: KEY, limit: 2")).map((r) => r.category), ["air defence systems", "armoured vehicles"]);
    assert.deepEqual((await aggregates("YEAR", undefined, ", limit: 1")).map((r) => r.year), [2010]);
    assert.deepEqual(await aggregates("SUPPLIER", { supplierName: "Nobody Known" }), []);
    const res = await api.query(`{ dealAggregates(groupBy: YEAR, limit: 0) { key } }`);
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
    assert.equal(res.errors?.[0]?.extensions?.argumentName, "limit");
  });

  it("dealAggregates is one GROUP BY statement (plus one batched actor load for SUPPLIER/RECIPIENT)", async () => {
    const year = await api.query(`{ dealAggregates(groupBy: YEAR) { key dealCount } }`);
    assert.equal(year.extensions?.sql?.count, 1);
    const supplier = await api.query(`{ dealAggregates(groupBy: RECIPIENT, filter: { source: PRESS }) { actor { name dealsAsRecipient(first: 2) { totalCount } } dealCount } }`);
    assert.equal(supplier.errors, undefined, JSON.stringify(supplier.errors));
    assert.equal(supplier.extensions?.sql?.count, 5);
  });
});
