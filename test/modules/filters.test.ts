import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { rowIdOf } from "../support/ids";
import { seedSmallStore, type SmallStore } from "../support/seed";

describe("filters", () => {
  let api: TestApi;
  let store: SmallStore;
  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  async function statementIds(filter: Record<string, unknown>): Promise<number[]> {
    const data = await api.data(`query($filter: StatementFilter) { statements(filter: $filter, first: 100) { edges { node { id } } } }`, { filter });
    return data.statements.edges.map((e: any) => rowIdOf(e.node.id)).sort((a: number, b: number) => a - b);
  }
  const sorted = (...ids: number[]) => ids.sort((a, b) => a - b);

  it("speaker by name finds the same statements in any script and case form: Алиев, Aliyev, Алиевым, ALIYEV", async () => {
    const expected = sorted(store.statements.aliyevTass, store.statements.aliyevReuters);
    for (const name of ["Алиев", "Aliyev", "Алиевым", "ALIYEV", "Ilham Aliyev", "Ильхам Алиев", "Ильхамом Алиевым"]) {
      assert.deepEqual(await statementIds({ speakerName: name }), expected, name);
    }
    assert.deepEqual(await statementIds({ speakerId: String(store.actors.aliyev) }), expected);
    assert.deepEqual(await statementIds({ speakerName: "Nobody Known" }), []);
    assert.deepEqual(await statementIds({ speakerName: "Шойгу", speakerId: String(store.actors.aliyev) }), []);
  });

  it("speaker names with й and case forms (Шойгу, Сергея Шойгу), LIKE wildcards taken literally", async () => {
    const expected = sorted(store.statements.shoiguReuters, store.statements.shoiguTass);
    for (const name of ["Шойгу", "Сергея Шойгу", "Сергеем Шойгу", "shoigu", "Sergei Shoigu"]) {
      assert.deepEqual(await statementIds({ speakerName: name }), expected, name);
    }
    assert.deepEqual(await statementIds({ speakerName: "Sho%gu" }), []);
  });

  it("speaker by canonical name of an actor without aliases", async () => {
    assert.deepEqual(await statementIds({ speakerName: "john doe" }), [store.statements.doeUndated]);
  });

  it("outlet by id or name (the article's publisher)", async () => {
    const tass = sorted(store.statements.aliyevTass, store.statements.shoiguTass);
    assert.deepEqual(await statementIds({ outletId: String(store.actors.tass) }), tass);
    assert.deepEqual(await statementIds({ outletName: "ТАСС" }), tass);
    assert.deepEqual(await statementIds({ outletName: "tass" }), tass);
  });

  it("language, kind, article id", async () => {
    assert.deepEqual(await statementIds({ language: "ru" }), sorted(store.statements.aliyevTass, store.statements.shoiguTass));
    assert.deepEqual(await statementIds({ kind: ["PARTIAL"] }), [store.statements.doeUndated]);
    assert.deepEqual(await statementIds({ kind: ["PARTIAL", "INDIRECT"] }), sorted(store.statements.doeUndated, store.statements.aliyevReuters, store.statements.anonymous));
    assert.deepEqual(await statementIds({ articleId: String(store.articles.reuters) }), sorted(store.statements.aliyevReuters, store.statements.shoiguReuters));
  });

  it("saidFrom/saidTo bound the statement's date (inclusive, partial dates allowed, undated excluded)", async () => {
    assert.deepEqual(await statementIds({ saidFrom: "2016-06-15" }), sorted(store.statements.aliyevTass, store.statements.shoiguTass));
    assert.deepEqual(await statementIds({ saidTo: "2016-06-14" }), sorted(store.statements.aliyevReuters, store.statements.doeUndated));
    assert.deepEqual(await statementIds({ saidFrom: "2015", saidTo: "2015" }), [store.statements.doeUndated]);
    assert.deepEqual(await statementIds({ saidFrom: "2016-06", saidTo: "2016-06" }), sorted(store.statements.aliyevTass, store.statements.shoiguTass, store.statements.aliyevReuters));
  });

  it("publishedFrom/publishedTo bound the article's publication date", async () => {
    assert.deepEqual(await statementIds({ publishedFrom: "2016-06-16" }), sorted(store.statements.aliyevReuters, store.statements.shoiguReuters));
    assert.deepEqual(await statementIds({ publishedTo: "2016-06-15" }), sorted(store.statements.aliyevTass, store.statements.shoiguTass));
  });

  it("an invalid date is refused by the PartialDate scalar, saying the expected forms", async () => {
    const inline = await api.query(`{ statements(filter: { saidFrom: "June 2016" }) { edges { cursor } } }`);
    assert.equal(inline.errors?.[0].extensions?.code, "GRAPHQL_VALIDATION_FAILED");
    assert.match(inline.errors![0].message, /"June 2016" is not a valid PartialDate: it is not written YYYY-MM-DD, YYYY-MM or YYYY/);
    const variable = await api.query(`query($from: PartialDate) { statements(filter: { saidFrom: $from }) { edges { cursor } } }`, { from: "June 2016" });
    assert.equal(variable.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.match(variable.errors![0].message, /\$from.*not a valid PartialDate/);
  });

  it("mentioned actor: an actor named inside the statement's text, by id or name", async () => {
    assert.deepEqual(await statementIds({ mentionedActorId: String(store.actors.russia) }), sorted(store.statements.aliyevTass, store.statements.shoiguReuters));
    assert.deepEqual(await statementIds({ mentionedActorName: "Россия" }), sorted(store.statements.aliyevTass, store.statements.shoiguReuters));
    assert.deepEqual(await statementIds({ mentionedActorName: "Azerbaijan" }), []);
  });

  it("combined conditions all hold", async () => {
    assert.deepEqual(await statementIds({ speakerName: "Aliyev", language: "en", kind: ["INDIRECT"] }), [store.statements.aliyevReuters]);
  });

  it("articles: outlet, language, publication range", async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const data = await api.data(`query($filter: ArticleFilter) { articles(filter: $filter) { totalCount edges { node { id } } } }`, { filter });
      assert.equal(data.articles.totalCount, data.articles.edges.length);
      return data.articles.edges.map((e: any) => rowIdOf(e.node.id));
    };
    assert.deepEqual(await ids({ outletName: "Reuters" }), [store.articles.reuters]);
    assert.deepEqual(await ids({ outletId: String(store.actors.tass) }), [store.articles.tass]);
    assert.deepEqual(await ids({ language: "en" }), [store.articles.reuters, store.articles.undated]);
    assert.deepEqual(await ids({ publishedFrom: "2016-06-01", publishedTo: "2016-06-15" }), [store.articles.tass]);
    assert.deepEqual(await ids({ publishedFrom: "2016" }), [store.articles.reuters, store.articles.tass]);
  });

  it("actors: kind, whole-word name in any script, substring", async () => {
    const names = async (filter: Record<string, unknown>) => {
      const data = await api.data(`query($filter: ActorFilter) { actors(filter: $filter) { edges { node { name } } } }`, { filter });
      return data.actors.edges.map((e: any) => e.node.name);
    };
    assert.deepEqual(await names({ kind: ["MEDIA"] }), ["TASS", "Reuters"]);
    assert.deepEqual(await names({ name: "Алиевым" }), ["Ilham Aliyev"]);
    assert.deepEqual(await names({ name: "Азербайджана" }), ["Azerbaijan"]);
    assert.deepEqual(await names({ name: "aliyev" }), ["Ilham Aliyev"]);
    assert.deepEqual(await names({ name: "liye" }), []);
    assert.deepEqual(await names({ nameContains: "liye" }), ["Ilham Aliyev"]);
    assert.deepEqual(await names({ nameContains: "ойг" }), ["Sergei Shoigu"]);
    assert.deepEqual(await names({ kind: ["STATE"], nameContains: "r" }), ["Azerbaijan", "Russia"]);
  });

  it("deals: supplier, recipient, status, year range, category, designation, source", async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const data = await api.data(`query($filter: DealFilter) { deals(filter: $filter) { edges { node { id } } } }`, { filter });
      return data.deals.edges.map((e: any) => rowIdOf(e.node.id));
    };
    const { t90, smerch, rumour } = store.deals;
    assert.deepEqual(await ids({ supplierName: "Россия" }), [t90, smerch]);
    assert.deepEqual(await ids({ supplierId: String(store.actors.russia) }), [t90, smerch]);
    assert.deepEqual(await ids({ recipientName: "Azerbaijan" }), [t90, smerch, rumour]);
    assert.deepEqual(await ids({ recipientId: String(store.actors.russia) }), []);
    assert.deepEqual(await ids({ status: ["RUMOURED", "CANCELLED"] }), [rumour]);
    assert.deepEqual(await ids({ yearFrom: 2010 }), [t90]);
    assert.deepEqual(await ids({ yearTo: 2009 }), [smerch]);
    assert.deepEqual(await ids({ yearFrom: 2009, yearTo: 2010 }), [t90, smerch]);
    assert.deepEqual(await ids({ category: "Artillery" }), [smerch]);
    assert.deepEqual(await ids({ designation: "t-90s" }), [t90]);
    assert.deepEqual(await ids({ source: "SIPRI" }), [smerch]);
  });
});
