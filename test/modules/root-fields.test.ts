import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { idOf, rowIdOf } from "../support/ids";
import { seedSmallStore, type SmallStore } from "../support/seed";

describe("root fields and nested resolution", () => {
  let api: TestApi;
  let store: SmallStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  it("statements: the feed, most recent first, undated last, with speaker, via, article and outlet", async () => {
    const res = await api.query(`{ statements { totalCount edges { node { id text kind saidOn saidOnPrecision language speakerLabel confidence reviewed
      startOffset endOffset speaker { name } via { name } article { id title } outlet { name } } } } }`);
    assert.equal(res.errors, undefined);
    const nodes = res.data.statements.edges.map((e: any) => e.node);
    assert.equal(res.data.statements.totalCount, 6);
    assert.deepEqual(nodes.map((n: any) => rowIdOf(n.id)), [
      Math.max(store.statements.aliyevTass, store.statements.shoiguTass), Math.min(store.statements.aliyevTass, store.statements.shoiguTass),
      store.statements.aliyevReuters, store.statements.doeUndated,
      Math.max(store.statements.shoiguReuters, store.statements.anonymous), Math.min(store.statements.shoiguReuters, store.statements.anonymous),
    ]);
    const aliyev = nodes.find((n: any) => rowIdOf(n.id) === store.statements.aliyevTass);
    assert.deepEqual(aliyev, {
      id: idOf("Statement", store.statements.aliyevTass), text: "Россия остается нашим стратегическим партнером", kind: "DIRECT", saidOn: "2016-06-15",
      saidOnPrecision: "DAY", language: "ru", speakerLabel: "Алиев", confidence: 0.9, reviewed: false, startOffset: aliyev.startOffset,
      endOffset: aliyev.startOffset + 46, speaker: { name: "Ilham Aliyev" }, via: { name: "TASS" },
      article: { id: idOf("Article", store.articles.tass), title: "Алиев и Россия" }, outlet: { name: "TASS" },
    });
    const anonymous = nodes.find((n: any) => rowIdOf(n.id) === store.statements.anonymous);
    assert.equal(anonymous.speaker, null);
    assert.equal(anonymous.outlet, null);
  });

  it("statement(id) returns the statement; an unknown id returns null; a malformed id is BAD_USER_INPUT", async () => {
    const found = await api.query(`query($id: ID!) { statement(id: $id) { text speaker { kbId } } }`, { id: String(store.statements.doeUndated) });
    assert.deepEqual(found.data, { statement: { text: "largely symbolic", speaker: { kbId: null } } });
    const missing = await api.query(`{ statement(id: "999999") { id } article(id: "999999") { id } actor(id: "999999") { id } deal(id: "999999") { id } }`);
    assert.equal(missing.errors, undefined);
    assert.deepEqual(missing.data, { statement: null, article: null, actor: null, deal: null });
    const malformed = await api.query(`{ statement(id: "abc") { id } }`);
    assert.equal(malformed.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.equal(malformed.errors?.[0].extensions?.argumentName, "id");
  });

  it("articles and article(id): fields, outlet, statements in reading order, mentions and deals", async () => {
    const list = await api.query(`{ articles { totalCount edges { node { id publishedAt } } } }`);
    assert.deepEqual(list.data.articles.edges.map((e: any) => e.node.publishedAt), ["2016-06-16", "2016-06-15", null]);
    assert.equal(list.data.articles.totalCount, 3);
    const res = await api.query(`query($id: ID!) { article(id: $id) { url title publishedAt publishedPrecision language authors body ingestedAt
      extractorVersion contentHash outlet { name kind } statements(first: 1) { totalCount edges { node { text } } pageInfo { hasNextPage } }
      mentions { text startOffset endOffset actor { name } article { id } } deals { designation } } }`, { id: String(store.articles.tass) });
    assert.equal(res.errors, undefined);
    const article = res.data.article;
    assert.equal(article.outlet.name, "TASS");
    assert.equal(article.outlet.kind, "MEDIA");
    assert.equal(article.publishedPrecision, "DAY");
    assert.deepEqual(article.authors, ["Staff"]);
    assert.equal(article.contentHash.length, 64);
    assert.equal(article.statements.totalCount, 2);
    assert.deepEqual(article.statements.edges.map((e: any) => e.node.text), ["Россия остается нашим стратегическим партнером"]);
    assert.equal(article.statements.pageInfo.hasNextPage, true);
    assert.deepEqual(article.mentions.map((m: any) => m.text), ["Ильхамом Алиевым", "Россия", "Алиев,", "Сергей Шойгу"]);
    for (const m of article.mentions) assert.equal(article.body.slice(m.startOffset, m.endOffset), m.text);
    assert.equal(article.mentions[0].actor.name, "Ilham Aliyev");
    assert.equal(article.mentions[0].article.id, idOf("Article", store.articles.tass));
    assert.deepEqual(article.deals, [{ designation: "T-90S" }]);
  });

  it("actors and actor(id): aliases, roles with organisation, country, statements and mentions", async () => {
    const list = await api.query(`{ actors(first: 100) { totalCount edges { node { name } } } }`);
    assert.equal(list.data.actors.totalCount, 7);
    assert.equal(list.data.actors.edges[0].node.name, "Azerbaijan");
    const res = await api.query(`query($id: ID!) { actor(id: $id) { kbId kind name wikidataId roleText country { name }
      aliases { text language } roles { title roleKey startDate endDate organization { name } }
      statements(first: 5) { totalCount edges { node { text saidOn } } } mentions(first: 10) { text } } }`, { id: String(store.actors.aliyev) });
    assert.equal(res.errors, undefined);
    const actor = res.data.actor;
    assert.equal(actor.kind, "PERSON");
    assert.equal(actor.country.name, "Azerbaijan");
    assert.equal(actor.wikidataId, "Q40422");
    assert.deepEqual(actor.aliases.map((a: any) => a.text).sort(), ["Aliyev", "Ilham Aliyev", "Алиев", "Ильхам Алиев"]);
    assert.equal(actor.statements.totalCount, 2);
    assert.deepEqual(actor.statements.edges.map((e: any) => e.node.saidOn), ["2016-06-15", "2016-06-14"]);
    assert.deepEqual(actor.mentions.map((m: any) => m.text), ["Aliyev", "Алиев,", "Ильхамом Алиевым"]);
    const shoigu = await api.query(`query($id: ID!) { actor(id: $id) { roles { title roleKey startDate endDate organization { name } } } }`, { id: String(store.actors.shoigu) });
    assert.deepEqual(shoigu.data.actor.roles, [{ title: "Defence Minister of Russia", roleKey: "defence-minister", startDate: "2012-11-06", endDate: "2024-05-12", organization: { name: "Russia" } }]);
  });

  it("deals and deal(id): SIPRI and press fields, parties and evidence with article and statement", async () => {
    const list = await api.query(`{ deals { totalCount edges { node { id source designation } } } }`);
    assert.equal(list.data.deals.totalCount, 3);
    assert.deepEqual(list.data.deals.edges.map((e: any) => e.node.source), ["PRESS", "SIPRI", "PRESS"]);
    const res = await api.query(`query($id: ID!) { deal(id: $id) { source items designation category status period periodStart periodEnd
      numberOrdered supplier { name } recipient { name } evidence { excerpt startOffset endOffset article { id body } statement { id text } } } }`, { id: String(store.deals.t90) });
    assert.equal(res.errors, undefined);
    const deal = res.data.deal;
    assert.equal(deal.supplier.name, "Russia");
    assert.equal(deal.recipient.name, "Azerbaijan");
    assert.equal(deal.status, "DELIVERED");
    assert.equal(deal.evidence.length, 2);
    for (const e of deal.evidence) {
      assert.equal(e.article.body.slice(e.startOffset, e.endOffset), e.excerpt);
      assert.equal(e.statement.text, e.excerpt);
    }
    const sipri = await api.query(`query($id: ID!) { deal(id: $id) { source numberOrdered numberOrderedEstimated orderYear deliveryYears sipriStatus description evidence { excerpt } } }`, { id: String(store.deals.smerch) });
    assert.deepEqual(sipri.data.deal, { source: "SIPRI", numberOrdered: 30, numberOrderedEstimated: true, orderYear: 2009, deliveryYears: "2011-2012", sipriStatus: "New", description: "MRL", evidence: [] });
  });

  it("Article.mentions and Actor.mentions page with first and after (the id of the last mention received)", async () => {
    const read = async (query: string, variables: Record<string, unknown>) => {
      const res = await api.query(query, variables);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      return res.data;
    };
    const article = `query($id: ID!, $first: Int, $after: ID) { article(id: $id) { mentions(first: $first, after: $after) { id startOffset } } }`;
    const all = (await read(article, { id: idOf("Article", store.articles.tass) })).article.mentions;
    assert.ok(all.length >= 3, "the article names several actors");
    const second = (await read(article, { id: idOf("Article", store.articles.tass), first: 2, after: all[0].id })).article.mentions;
    assert.deepEqual(second, all.slice(1, 3));
    const foreign = await api.query(article, { id: idOf("Article", store.articles.reuters), after: all[0].id });
    assert.equal(foreign.errors?.[0].extensions?.argumentName, "after", "a mention of another article");
    const actor = `query($id: ID!, $after: ID) { actor(id: $id) { mentions(first: 1, after: $after) { id } } }`;
    const latest = (await read(actor, { id: idOf("Actor", store.actors.russia) })).actor.mentions;
    const older = (await read(actor, { id: idOf("Actor", store.actors.russia), after: latest[0].id })).actor.mentions;
    assert.equal(older.length, 1);
    assert.ok(rowIdOf(older[0].id) < rowIdOf(latest[0].id), "most recently stored first");
  });

  it("resolves relations both ways: statement → article → statements, and actor → statements → speaker", async () => {
    const res = await api.query(`query($id: ID!) { statement(id: $id) { article { statements { edges { node { id speaker { name } } } } } } }`, { id: String(store.statements.shoiguTass) });
    assert.deepEqual(res.data.statement.article.statements.edges.map((e: any) => e.node.speaker.name), ["Ilham Aliyev", "Sergei Shoigu"]);
    const back = await api.query(`query($id: ID!) { actor(id: $id) { statements { edges { node { speaker { id } article { outlet { name } } } } } } }`, { id: String(store.actors.shoigu) });
    assert.deepEqual(back.data.actor.statements.edges.map((e: any) => [e.node.speaker.id, e.node.article.outlet.name]),
      [[idOf("Actor", store.actors.shoigu), "TASS"], [idOf("Actor", store.actors.shoigu), "Reuters"]]);
  });
});
