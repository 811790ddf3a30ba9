import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { toGlobalId } from "../../../src/modules/common/global-id";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedSmallStore, type SmallStore } from "../../support/seed";

describe("Relay Node: global ids, rowId, node(id:) and nodes(ids:)", () => {
  let api: TestApi;
  let store: SmallStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  it("ids are base64url of Type:rowId, unique across types, with the row id beside them as rowId", async () => {
    const res = await api.query(`query($id: ID!) { deal(id: $id) { id rowId evidence { id rowId } supplier { id rowId aliases { id rowId } } } }`,
      { id: toGlobalId("Deal", store.deals.t90) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const deal = res.data.deal;
    assert.equal(deal.id, Buffer.from(`Deal:${store.deals.t90}`).toString("base64url"));
    assert.equal(deal.rowId, store.deals.t90);
    assert.equal(deal.supplier.id, toGlobalId("Actor", store.actors.russia));
    assert.ok(deal.evidence.length > 0 && deal.supplier.aliases.length > 0);
    for (const e of deal.evidence) assert.equal(e.id, toGlobalId("DealEvidence", e.rowId));
    for (const a of deal.supplier.aliases) assert.equal(a.id, toGlobalId("ActorAlias", a.rowId));
    const ids = [deal.id, deal.supplier.id, ...deal.evidence.map((e: any) => e.id), ...deal.supplier.aliases.map((a: any) => a.id)];
    assert.equal(new Set(ids).size, ids.length, "no two objects share an id");
  });

  it("node(id:) reads any node type again, typed by __typename", async () => {
    const res = await api.query(`query($actor: ID!, $statement: ID!) {
      a: node(id: $actor) { __typename id rowId ... on Actor { name roles { id title } } }
      s: node(id: $statement) { __typename ... on Statement { text speaker { name } } }
    }`, { actor: toGlobalId("Actor", store.actors.shoigu), statement: toGlobalId("Statement", store.statements.aliyevTass) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.a.__typename, "Actor");
    assert.equal(res.data.a.name, "Sergei Shoigu");
    assert.equal(res.data.a.rowId, store.actors.shoigu);
    const roleId = res.data.a.roles[0].id;
    assert.deepEqual(res.data.s, { __typename: "Statement", text: "Россия остается нашим стратегическим партнером", speaker: { name: "Ilham Aliyev" } });
    const role = await api.query(`query($id: ID!) { node(id: $id) { __typename ... on ActorRole { title organization { name } } } }`, { id: roleId });
    assert.deepEqual(role.data.node, { __typename: "ActorRole", title: "Defence Minister of Russia", organization: { name: "Russia" } });
  });

  it("node(id:) is null for unknown, forged, untyped and audit ids, without an error", async () => {
    const forged = {
      unknown: toGlobalId("Deal", 999_999),
      tooLarge: Buffer.from("Deal:99999999999").toString("base64url"),
      wrongType: Buffer.from("Spaceship:1").toString("base64url"),
      garbage: "not an id!",
      rowIdOnly: String(store.deals.t90),
      audit: toGlobalId("AuditEntry", 1),
      empty: "",
    };
    const res = await api.query(`query(${Object.keys(forged).map((k) => `$${k}: ID!`).join(", ")}) {
      ${Object.keys(forged).map((k) => `${k}: node(id: $${k}) { id }`).join("\n")}
    }`, forged);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data, Object.fromEntries(Object.keys(forged).map((k) => [k, null])));
  });

  it("nodes(ids:) answers in the order given, null where an id names nothing, reading each type in one batch", async () => {
    const ids = [
      toGlobalId("Statement", store.statements.shoiguReuters), toGlobalId("Actor", store.actors.tass), "forged",
      toGlobalId("Statement", store.statements.doeUndated), toGlobalId("Article", store.articles.reuters), toGlobalId("Actor", 999_999),
    ];
    const res = await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Statement { text } ... on Actor { name } ... on Article { title } } }`,
      { ids });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data.nodes.map((n: any) => n && [n.__typename, n.id]), [
      ["Statement", ids[0]], ["Actor", ids[1]], null, ["Statement", ids[3]], ["Article", ids[4]], null,
    ]);
    assert.equal(res.extensions?.sql.count, 3, "one SELECT each for statements, actors and articles");
    const tooMany = await api.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => toGlobalId("Actor", i + 1)) });
    assert.equal(tooMany.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  });

  it("ID arguments take the global id or the row id of their type; another type's id is BAD_USER_INPUT", async () => {
    const byGlobal = await api.query(`query($id: ID!) { actor(id: $id) { name } }`, { id: toGlobalId("Actor", store.actors.aliyev) });
    const byRow = await api.query(`query($id: ID!) { actor(id: $id) { name } }`, { id: String(store.actors.aliyev) });
    assert.deepEqual([byGlobal.data.actor, byRow.data.actor], [{ name: "Ilham Aliyev" }, { name: "Ilham Aliyev" }]);
    const filtered = await api.query(`query($id: ID!) { statements(filter: { speakerId: $id }) { totalCount } }`, { id: toGlobalId("Actor", store.actors.aliyev) });
    assert.equal(filtered.data.statements.totalCount, 2);
    const wrong = await api.query(`query($id: ID!) { statements(filter: { speakerId: $id }) { totalCount } }`, { id: toGlobalId("Statement", store.statements.aliyevTass) });
    assert.equal(wrong.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.equal(wrong.errors?.[0].extensions?.argumentName, "filter.speakerId");
    assert.match(wrong.errors?.[0].message, /is the id of a Statement; it takes the id of an Actor/);
    const forged = await api.query(`{ actor(id: "Zm9vOmJhcg") { name } }`);
    assert.equal(forged.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.match(forged.errors?.[0].message, /must be the id of an Actor/);
  });
});
