import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createDataSource, openDatabase } from "../../../src/db/data-source";
import { storeExtraction } from "../../../src/store/store-extraction";
import { ActorAlias } from "../../../src/modules/actor/actor-alias.entity";
import { Actor } from "../../../src/modules/actor/actor.entity";
import { Article } from "../../../src/modules/article/article.entity";
import { searchPage } from "../../../src/modules/search/search";
import { Statement } from "../../../src/modules/statement/statement.entity";
import { normalizeName } from "../../../src/language/normalize-name";
import { InitialSchema1763740000000 } from "../../../migrations/1763740000000-initial-schema";
import { FullTextSearch1763750000001 } from "../../../migrations/1763750000001-full-text-search";
import { startTestApi, type TestApi } from "../../support/test-api";
import { rowIdOf } from "../../support/ids";
import { dealIn, extractionOf, shoigu, statementIn } from "../../support/extraction-fixture";
import { createTestDatabase, testEngine } from "../../support/test-database";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";

const tass = { kbId: "tass", name: "TASS", kind: "MEDIA" as const };

const HITS = `query($q: String!, $first: Int, $after: String, $types: [SearchHitType!]) {
  search(query: $q, first: $first, after: $after, types: $types) {
    edges { cursor node { type score snippet
      ... on StatementHit { node { id text language speaker { name } outlet { name } } }
      ... on ArticleHit { node { id title } }
      ... on ActorHit { node { id name } }
      ... on DealHit { node { id items } } } }
    pageInfo { hasNextPage endCursor } } }`;

describe("search: full-text over statements, articles, actors and deals", () => {
  let api: TestApi;
  const ids: Record<string, number> = {};
  before(async () => {
    api = await startTestApi(async (ds) => {
      const en = "“We will deliver the systems to Baku on time,” Shoigu told RIA Novosti. The <b>tanks</b> arrive later.";
      const a = await storeExtraction(ds, extractionOf(en, {
        metadata: { title: "Shoigu on deliveries", outlet: { kbId: "ria-novosti", name: "RIA Novosti", kind: "MEDIA" }, language: "en",
          publishedAt: { date: "2016-06-15", precision: "DAY" }, authors: [], url: null },
        statements: [statementIn(en, "We will deliver the systems to Baku on time,")],
        mentions: [{ actor: shoigu, text: "Shoigu", start: en.indexOf("Shoigu"), end: en.indexOf("Shoigu") + 6 }],
        deals: [dealIn(en, { items: ["Smerch rocket launchers"], designations: ["Smerch"] })],
      }), { weapons: loadWeaponGazetteer() });
      const ru = "«Поставки танков продолжатся», — сказал Шойгу журналистам. Вертолёты прибудут позже.";
      const b = await storeExtraction(ds, extractionOf(ru, {
        metadata: { title: "Шойгу о поставках", outlet: tass, language: "ru", publishedAt: { date: "2016-06-16", precision: "DAY" }, authors: [], url: null },
        statements: [statementIn(ru, "Поставки танков продолжатся", { language: "ru", speakerLabel: "Шойгу" })],
        mentions: [{ actor: shoigu, text: "Шойгу", start: ru.indexOf("Шойгу"), end: ru.indexOf("Шойгу") + 5 }],
      }), { weapons: loadWeaponGazetteer() });
      const other = "“Prices of <tanks> & guns will rise,” an analyst said.";
      const c = await storeExtraction(ds, extractionOf(other, {
        statements: [statementIn(other, "Prices of <tanks> & guns will rise,", { speaker: null, speakerLabel: "an analyst" })],
      }), { weapons: loadWeaponGazetteer() });
      const shoiguId = (await ds.getRepository(Actor).findOneByOrFail({ kbId: "sergei-shoigu" })).id;
      await ds.getRepository(ActorAlias).insert({ actorId: shoiguId, text: "Сергей Шойгу", normalized: normalizeName("Сергей Шойгу"), language: "ru" });
      Object.assign(ids, { en: a.articleId, ru: b.articleId, other: c.articleId, shoigu: shoiguId });
    });
  });
  after(() => api?.close());

  it("a name in Latin script finds the person's statements in Russian, the articles that mention him, and the actor", async () => {
    const res = await api.query(HITS, { q: "Shoigu" });
    assert.equal(res.errors, undefined);
    const hits = res.data.search.edges.map((e: any) => e.node);
    const statements = hits.filter((h: any) => h.type === "STATEMENT");
    assert.deepEqual(statements.map((h: any) => h.node.language).sort(), ["en", "ru"]);
    const russian = statements.find((h: any) => h.node.language === "ru");
    assert.equal(russian.node.outlet.name, "TASS");
    assert.match(russian.snippet, /Поставки танков продолжатся/);
    assert.deepEqual(hits.filter((h: any) => h.type === "ARTICLE").map((h: any) => rowIdOf(h.node.id)).sort(), [ids.en, ids.ru].sort());
    const ruArticle = hits.find((h: any) => h.type === "ARTICLE" && rowIdOf(h.node.id) === ids.ru);
    assert.match(ruArticle.snippet, /<mark>Шойгу<\/mark>/);
    assert.deepEqual(hits.filter((h: any) => h.type === "ACTOR").map((h: any) => h.node.name), ["Sergei Shoigu"]);
  });

  it("a name in Cyrillic finds the English statement too", async () => {
    const res = await api.query(HITS, { q: "Шойгу", types: ["STATEMENT"] });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.search.edges.map((e: any) => e.node.node.language).sort(), ["en", "ru"]);
  });

  it("words are matched in the text, ranked, and highlighted in an HTML-escaped snippet", async () => {
    const res = await api.query(HITS, { q: "deliver systems", types: ["STATEMENT", "ARTICLE"] });
    assert.equal(res.errors, undefined);
    const hits = res.data.search.edges.map((e: any) => e.node);
    assert.deepEqual(hits.map((h: any) => h.type).sort(), ["ARTICLE", "STATEMENT"]);
    for (const hit of hits) {
      assert.match(hit.snippet, /<mark>deliver<\/mark>/);
      assert.ok(hit.score > 0);
    }
    const escaped = await api.query(HITS, { q: "prices", types: ["STATEMENT"] });
    assert.equal(escaped.data.search.edges.length, 1);
    assert.match(escaped.data.search.edges[0].node.snippet, /&lt;tanks&gt; &amp; guns/);
  });

  it("Russian words are found in other case forms, and with ё where the query writes е", async () => {
    const cases = await api.query(HITS, { q: "танки", types: ["STATEMENT"] });
    assert.equal(cases.errors, undefined);
    assert.deepEqual(cases.data.search.edges.map((e: any) => e.node.node.text), ["Поставки танков продолжатся"]);
    const yo = await api.query(HITS, { q: "вертолеты", types: ["ARTICLE"] });
    assert.deepEqual(yo.data.search.edges.map((e: any) => rowIdOf(e.node.node.id)), [ids.ru]);
    assert.match(yo.data.search.edges[0].node.snippet, /<mark>Вертолёты<\/mark>/);
  });

  it("search syntax in the query is read as words, never as operators", async () => {
    for (const q of [`"tanks`, `tanks OR * NEAR(guns`, `text:tanks`, `'); DROP TABLE statements; --`, `tanks & !guns | (x`, `***`, `-`]) {
      const res = await api.query(HITS, { q });
      assert.equal(res.errors, undefined, `query ${q}`);
    }
    const none = await api.query(HITS, { q: `"*"` });
    assert.deepEqual(none.data.search.edges, []);
    const still = await api.query(`{ statements { totalCount } }`);
    assert.equal(still.data.statements.totalCount, 3);
  });

  it("deals are found by their items and by the states the query names", async () => {
    const byItem = await api.query(HITS, { q: "smerch", types: ["DEAL"] });
    assert.deepEqual(byItem.data.search.edges.map((e: any) => e.node.node.items), [["Smerch rocket launchers"]]);
    assert.match(byItem.data.search.edges[0].node.snippet, /<mark>Smerch<\/mark>/);
    const byState = await api.query(HITS, { q: "Azerbaijan", types: ["DEAL", "ACTOR"] });
    assert.deepEqual(byState.data.search.edges.map((e: any) => e.node.type).sort(), ["ACTOR", "DEAL"]);
  });

  it("pages follow one another without gaps or repeats, in score, type, id order", async () => {
    const all = await api.query(HITS, { q: "Shoigu", first: 50 });
    const expected = all.data.search.edges.map((e: any) => `${e.node.type}:${e.node.node.id}`);
    assert.ok(expected.length >= 5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api.query(HITS, { q: "Shoigu", first: 2, after: cursor });
      assert.equal(page.errors, undefined);
      seen.push(...page.data.search.edges.map((e: any) => `${e.node.type}:${e.node.node.id}`));
      cursor = page.data.search.pageInfo.hasNextPage ? page.data.search.pageInfo.endCursor : null;
    } while (cursor);
    assert.deepEqual(seen, expected);
    const scores = all.data.search.edges.map((e: any) => e.node.score);
    assert.deepEqual(scores, [...scores].sort((x: number, y: number) => y - x));
    const foreign = await api.query(HITS, { q: "tanks", after: all.data.search.edges[0].cursor });
    assert.equal(foreign.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  });

  it("pages backward (last/before) through the same hits in the same order, and counts them all in totalCount", async () => {
    const BACK = `query($q: String!, $last: Int, $before: String) { search(query: $q, last: $last, before: $before) {
      totalCount edges { cursor node { type ... on StatementHit { node { id } } ... on ArticleHit { node { id } } ... on ActorHit { node { id } } ... on DealHit { node { id } } } }
      pageInfo { hasNextPage hasPreviousPage startCursor } } }`;
    const all = await api.query(HITS, { q: "Shoigu", first: 50 });
    const expected = all.data.search.edges.map((e: any) => `${e.node.type}:${e.node.node.id}`);
    let seen: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page: any = await api.query(BACK, { q: "Shoigu", last: 2, before: cursor });
      assert.equal(page.errors, undefined, JSON.stringify(page.errors));
      assert.equal(page.data.search.totalCount, expected.length);
      assert.equal(page.data.search.pageInfo.hasNextPage, cursor !== null);
      seen = [...page.data.search.edges.map((e: any) => `${e.node.type}:${e.node.node.id}`), ...seen];
      if (!page.data.search.pageInfo.hasPreviousPage) break;
      cursor = page.data.search.pageInfo.startCursor;
    }
    assert.deepEqual(seen, expected);
    const statementsOnly = await api.query(`{ search(query: "Shoigu", types: [STATEMENT], first: 1) { totalCount } }`);
    assert.equal(statementsOnly.data.search.totalCount, expected.filter((hit: string) => hit.startsWith("STATEMENT")).length);
  });
});

describe("search index upkeep", () => {
  it("follows edits and deletions of statements and articles", async () => {
    const db = await createTestDatabase("ftsupkeep");
    const ds = await openDatabase({ url: db.url });
    try {
      const body = "“We are buying drones,” Shoigu said.";
      const stored = await storeExtraction(ds, extractionOf(body, { statements: [statementIn(body, "We are buying drones,")] }), { weapons: loadWeaponGazetteer() });
      const found = async (q: string) => (await searchPage(ds, q, { types: ["STATEMENT", "ARTICLE"] })).hits.map((h) => h.type).sort();
      assert.deepEqual(await found("drones"), ["ARTICLE", "STATEMENT"]);
      await ds.getRepository(Statement).update({ articleId: stored.articleId }, { text: "We are buying helicopters" });
      assert.deepEqual(await found("drones"), ["ARTICLE"]);
      assert.deepEqual(await found("helicopters"), ["STATEMENT"]);
      await ds.getRepository(Article).delete({ id: stored.articleId });
      assert.deepEqual([...await found("drones"), ...await found("helicopters")], []);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it("keeps the pending list of PostgreSQL's search indexes short, which every search reads", { skip: testEngine !== "postgres" && "FTS5 has no pending list" }, async () => {
    const db = await createTestDatabase("ftspending");
    const ds = await openDatabase({ url: db.url });
    try {
      const rows: { relname: string; reloptions: string[] | null }[] = await ds.query(
        `SELECT relname, reloptions FROM pg_class WHERE relname IN ('ix_statements_search_vector', 'ix_articles_search_vector') ORDER BY relname`);
      assert.deepEqual(rows, [
        { relname: "ix_articles_search_vector", reloptions: ["gin_pending_list_limit=256"] },
        { relname: "ix_statements_search_vector", reloptions: ["gin_pending_list_limit=256"] },
      ]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it("indexes rows that were stored before the migration ran", async () => {
    const db = await createTestDatabase("ftsbackfill");
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      const runner = ds.createQueryRunner();
      await new InitialSchema1763740000000().up(runner);
      const [q, p] = ds.driver.escapeQueryWithParameters(
        `INSERT INTO articles ("publishedPrecision", language, authors, body, "originalText", format, "contentHash", "ingestedAt", "extractorVersion")
         VALUES ('UNKNOWN', 'ru', '[]', :body, :body, 'text', 'h1', 'now', 'test')`, { body: "Азербайджан закупил вертолеты" });
      await runner.query(q, p);
      await new FullTextSearch1763750000001().up(runner);
      const sql = ds.options.type === "postgres"
        ? `SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('russian', 'вертолеты')`
        : `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH '"вертолеты"'`;
      assert.equal((await runner.query(sql)).length, 1);
      await runner.release();
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
