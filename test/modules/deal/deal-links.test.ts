import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { idOf, rowIdOf } from "../../support/ids";
import { seedDealStore, type DealStore } from "../../support/seed";

const SIPRI_FIELDS = `id source designation description category numberOrdered numberOrderedEstimated numberDelivered numberDeliveredEstimated
  orderYear orderYearEstimated deliveryYears deliveryYearsEstimated sipriStatus comments tivPerUnit tivTotalOrder tivDelivered`;
const PRESS_FIELDS = "id source valueText amount currency period periodStart periodEnd status statusReportedOn";

describe("deal links over HTTP: press ↔ SIPRI, statements, evidence, an actor's deals", () => {
  let api: TestApi;
  let store: DealStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedDealStore(ds);
    });
  });
  after(() => api?.close());

  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

  it("a PRESS deal's sipriRecord is its linked SIPRI record with every SIPRI field and estimate flag; null when unlinked", async () => {
    const { t90, sipriT90, s300 } = store.dealIds;
    const { linked, unlinked } = await data(`query($a: ID!, $b: ID!) {
      linked: deal(id: $a) { ${PRESS_FIELDS} sipriRecord { ${SIPRI_FIELDS} sipriRecord { id } supplier { name } recipient { name } } }
      unlinked: deal(id: $b) { id sipriRecord { id } } }`, { a: idOf("Deal", t90), b: idOf("Deal", s300) });
    assert.deepEqual(linked, {
      id: idOf("Deal", t90), source: "PRESS", valueText: "$1 billion", amount: 1e9, currency: "USD", period: "2010-2016", periodStart: 2010, periodEnd: 2016,
      status: "DELIVERED", statusReportedOn: "2016-06-15",
      sipriRecord: {
        id: idOf("Deal", sipriT90), source: "SIPRI", designation: "T-90S", description: "tank", category: "armoured vehicles",
        numberOrdered: 94, numberOrderedEstimated: false, numberDelivered: 94, numberDeliveredEstimated: true, orderYear: 2010, orderYearEstimated: true,
        deliveryYears: "2011-2016", deliveryYearsEstimated: true, sipriStatus: "New", comments: "$1 b deal", tivPerUnit: 2.6, tivTotalOrder: 244.4, tivDelivered: 244.4,
        sipriRecord: null, supplier: { name: "Russia" }, recipient: { name: "Azerbaijan" },
      },
    });
    assert.deepEqual(unlinked, { id: idOf("Deal", s300), sipriRecord: null });
  });

  it("a SIPRI record's reports are the PRESS deals linked to it, in id order; empty for an unreported record and for PRESS deals", async () => {
    const { t90, t90Contract, sipriT90, smerch, iskander, sipriIskander } = store.dealIds;
    const { deals } = await data(`{ deals(first: 100) { edges { node { id reports { id source sipriRecord { id } } } } } }`);
    const reports = new Map<number, any[]>(deals.edges.map((e: any) => [rowIdOf(e.node.id), e.node.reports]));
    assert.deepEqual(reports.get(sipriT90), [
      { id: idOf("Deal", t90), source: "PRESS", sipriRecord: { id: idOf("Deal", sipriT90) } },
      { id: idOf("Deal", t90Contract), source: "PRESS", sipriRecord: { id: idOf("Deal", sipriT90) } },
    ]);
    assert.deepEqual(reports.get(sipriIskander), [{ id: idOf("Deal", iskander), source: "PRESS", sipriRecord: { id: idOf("Deal", sipriIskander) } }]);
    assert.deepEqual(reports.get(smerch), []);
    assert.deepEqual(reports.get(t90), []);
    assert.deepEqual(reports.get(iskander), []);
  });

  it("statements are those of the evidence, each once; evidence carries article and statement; SIPRI records have neither", async () => {
    const { t90, rumour, sipriT90 } = store.dealIds;
    const { a, b, c } = await data(`query($a: ID!, $b: ID!, $c: ID!) {
      a: deal(id: $a) { statements { id text speaker { name } } evidence { excerpt article { title } statement { id } } }
      b: deal(id: $b) { statements { id } evidence { excerpt statement { id } } }
      c: deal(id: $c) { statements { id } evidence { excerpt } } }`, { a: idOf("Deal", t90), b: idOf("Deal", rumour), c: idOf("Deal", sipriT90) });
    assert.deepEqual(a.statements, [
      { id: idOf("Statement", store.statements.shoiguReuters), text: "Russia has delivered every tank on time,", speaker: { name: "Sergei Shoigu" } },
      { id: idOf("Statement", store.statements.shoiguTass), text: "Поставки танков Т-90С завершены", speaker: { name: "Sergei Shoigu" } },
    ].sort((x, y) => rowIdOf(x.id) - rowIdOf(y.id)), "in statement id order");
    assert.deepEqual(a.evidence.map((e: any) => [e.article.title, e.statement.id]), [
      ["Алиев и Россия", idOf("Statement", store.statements.shoiguTass)],
      ["Azerbaijan buys arms", idOf("Statement", store.statements.shoiguReuters)],
    ]);
    assert.deepEqual(b, { statements: [], evidence: [{ excerpt: "Azerbaijan buys arms from Russia.", statement: null }] });
    const twice = await data(`query($id: ID!) { deal(id: $id) { statements { id } evidence { excerpt statement { id } } } }`, { id: String(store.dealIds.t90Contract) });
    assert.deepEqual(twice.deal.evidence.map((e: any) => e.statement.id), [idOf("Statement", store.statements.shoiguReuters), idOf("Statement", store.statements.shoiguReuters)]);
    assert.deepEqual(twice.deal.statements, [{ id: idOf("Statement", store.statements.shoiguReuters) }]);
    assert.deepEqual(c, { statements: [], evidence: [] });
  });

  it("Deal.evidence and Deal.statements page with first and after (the id of the last item received)", async () => {
    const { t90 } = store.dealIds;
    const page = (args: string) => data(`query($id: ID!) { deal(id: $id) { statements(${args}) { id } evidence(${args}) { id } } }`, { id: idOf("Deal", t90) });
    const all = (await page("first: 100")).deal;
    assert.equal(all.statements.length, 2);
    assert.equal(all.evidence.length, 2);
    const first = (await page("first: 1")).deal;
    assert.deepEqual([first.statements, first.evidence], [all.statements.slice(0, 1), all.evidence.slice(0, 1)]);
    const next = (await data(`query($id: ID!, $s: ID!, $e: ID!) { deal(id: $id) { statements(first: 1, after: $s) { id } evidence(first: 1, after: $e) { id } } }`,
      { id: idOf("Deal", t90), s: first.statements[0].id, e: first.evidence[0].id })).deal;
    assert.deepEqual([next.statements, next.evidence], [all.statements.slice(1, 2), all.evidence.slice(1, 2)]);
    const wrong = await api.query(`query($id: ID!, $e: ID!) { deal(id: $id) { evidence(after: $e) { id } } }`, { id: idOf("Deal", t90), e: all.statements[0].id });
    assert.equal(wrong.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.equal(wrong.errors?.[0].extensions?.argumentName, "after");
    const tooMany = await api.query(`query($id: ID!) { deal(id: $id) { evidence(first: 101) { id } } }`, { id: idOf("Deal", t90) });
    assert.equal(tooMany.errors?.[0].extensions?.argumentName, "first");
  });

  it("Actor.dealsAsSupplier and dealsAsRecipient page in id order with totalCount, under a list of actors", async () => {
    const { t90, smerch, rumour, sipriT90, t90Contract, iskander, sipriIskander, s300 } = store.dealIds;
    const query = `query($first: Int, $after: String) { actors(first: 100, filter: { kind: [STATE] }) { edges { node { name
      dealsAsSupplier(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
      dealsAsRecipient(first: $first, after: $after) { totalCount edges { node { id supplier { name } } } pageInfo { hasNextPage } } } } } }`;
    const first = await data(query, { first: 3 });
    const byName = new Map<string, any>(first.actors.edges.map((e: any) => [e.node.name, e.node]));
    const ids = (connection: any) => connection.edges.map((e: any) => rowIdOf(e.node.id));
    const russia = byName.get("Russia");
    assert.equal(russia.dealsAsSupplier.totalCount, 7);
    assert.deepEqual(ids(russia.dealsAsSupplier), [t90, smerch, sipriT90]);
    assert.equal(russia.dealsAsSupplier.pageInfo.hasNextPage, true);
    assert.deepEqual(russia.dealsAsRecipient, { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    const azerbaijan = byName.get("Azerbaijan");
    assert.equal(azerbaijan.dealsAsRecipient.totalCount, 5);
    assert.deepEqual(ids(azerbaijan.dealsAsRecipient), [t90, smerch, rumour]);
    assert.deepEqual(azerbaijan.dealsAsSupplier.edges, []);
    const armenia = byName.get("Armenia");
    assert.deepEqual(ids(armenia.dealsAsRecipient), [iskander, sipriIskander, s300].sort((x, y) => x - y));
    assert.equal(armenia.dealsAsRecipient.pageInfo.hasNextPage, false);

    // The next page of Russia's supplies, through the single actor.
    const next = await data(`query($id: ID!, $after: String) { actor(id: $id) { dealsAsSupplier(first: 10, after: $after) {
      edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } } }`, { id: idOf("Actor", store.actors.russia), after: russia.dealsAsSupplier.pageInfo.endCursor });
    assert.deepEqual(ids(next.actor.dealsAsSupplier), [sipriIskander, t90Contract, iskander, s300]);
    assert.deepEqual(next.actor.dealsAsSupplier.pageInfo, { hasNextPage: false, hasPreviousPage: true });
  });

  it("refuses a cursor of another connection as `after` of dealsAsSupplier", async () => {
    const page = await data(`{ deals(first: 1) { pageInfo { endCursor } } }`);
    const res = await api.query(`query($id: ID!, $after: String) { actor(id: $id) { dealsAsSupplier(after: $after) { edges { cursor } } } }`,
      { id: idOf("Actor", store.actors.russia), after: page.deals.pageInfo.endCursor });
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
    assert.equal(res.errors?.[0]?.extensions?.argumentName, "after");
  });
});
