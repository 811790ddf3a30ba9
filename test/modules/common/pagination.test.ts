import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Article } from "../../../src/modules/article/article.entity";
import { Statement } from "../../../src/modules/statement/statement.entity";
import { startTestApi, type TestApi } from "../../support/test-api";
import { rowIdOf } from "../../support/ids";
import { seedFeed } from "../../support/seed";

const FEED_SIZE = 47;

describe("cursor pagination", () => {
  let api: TestApi;
  let statements: Statement[];
  let articles: Article[];
  before(async () => {
    api = await startTestApi((ds) => seedFeed(ds, FEED_SIZE));
    statements = await api.dataSource.getRepository(Statement).find();
    articles = await api.dataSource.getRepository(Article).find();
  });
  after(() => api?.close());

  /** Walks every page of a connection with first: 2, checking cursors and page info on the way. */
  async function walk(field: string, args: string, variables: Record<string, unknown> = {}): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const res: any = await api.query(`query($after: String) { page: ${field}(first: 2, after: $after${args}) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { ...variables, after: cursor });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const { edges, pageInfo, totalCount } = res.data.page;
      assert.equal(pageInfo.hasPreviousPage, cursor !== null);
      assert.equal(pageInfo.startCursor, edges[0]?.cursor ?? null);
      assert.equal(pageInfo.endCursor, edges[edges.length - 1]?.cursor ?? null);
      ids.push(...edges.map((e: any) => rowIdOf(e.node.id)));
      if (!pageInfo.hasNextPage) {
        assert.equal(ids.length, totalCount);
        assert.deepEqual(await walkBack(field, args, variables), ids, `${field}${args}: last/before pages, read from the end, give the same order`);
        return ids;
      }
      assert.equal(edges.length, 2);
      cursor = pageInfo.endCursor;
    }
    throw new Error("pagination did not end");
  }

  /** Walks every page of a connection backward with last: 2 from the end, checking page info; the ids in the connection's order. */
  async function walkBack(field: string, args: string, variables: Record<string, unknown>): Promise<number[]> {
    let ids: number[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const res: any = await api.query(`query($before: String) { page: ${field}(last: 2, before: $before${args}) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { ...variables, before: cursor });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const { edges, pageInfo } = res.data.page;
      assert.equal(pageInfo.hasNextPage, cursor !== null);
      assert.equal(pageInfo.startCursor, edges[0]?.cursor ?? null);
      ids = [...edges.map((e: any) => rowIdOf(e.node.id)), ...ids];
      if (!pageInfo.hasPreviousPage) return ids;
      assert.equal(edges.length, 2);
      cursor = pageInfo.startCursor;
    }
    throw new Error("backward pagination did not end");
  }

  const byKey = <T extends { id: number }>(rows: T[], key: (row: T) => string, direction: "ASC" | "DESC") =>
    [...rows].sort((a, b) => {
      const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
      return direction === "ASC" ? order : -order;
    }).map((row) => row.id);

  it("walks the default statement feed (SAID_ON DESC, undated last) with no duplicates or gaps", async () => {
    assert.ok(statements.some((s) => s.saidOn === null));
    assert.deepEqual(await walk("statements", ""), byKey(statements, (s) => s.saidOn ?? "", "DESC"));
  });

  it("walks every statement order in both directions, NULLs first ascending and last descending", async () => {
    const published = new Map(articles.map((a) => [a.id, a.publishedAt ?? ""]));
    for (const direction of ["ASC", "DESC"] as const) {
      const orderBy = (field: string) => `, orderBy: { field: ${field}, direction: ${direction} }`;
      assert.deepEqual(await walk("statements", orderBy("SAID_ON")), byKey(statements, (s) => s.saidOn ?? "", direction), `SAID_ON ${direction}`);
      assert.deepEqual(await walk("statements", orderBy("PUBLISHED_AT")), byKey(statements, (s) => published.get(s.articleId)!, direction), `PUBLISHED_AT ${direction}`);
      assert.deepEqual(await walk("statements", orderBy("ID")), byKey(statements, () => "", direction), `ID ${direction}`);
    }
  });

  it("walks a filtered feed", async () => {
    const expected = byKey(statements.filter((s) => s.language === "en"), (s) => s.saidOn ?? "", "DESC");
    assert.deepEqual(await walk("statements", `, filter: { language: "en" }`), expected);
  });

  it("walks articles by PUBLISHED_AT (undated last in DESC), INGESTED_AT and ID", async () => {
    assert.ok(articles.some((a) => a.publishedAt === null));
    assert.deepEqual(await walk("articles", ""), byKey(articles, (a) => a.publishedAt ?? "", "DESC"));
    assert.deepEqual(await walk("articles", ", orderBy: { field: PUBLISHED_AT, direction: ASC }"), byKey(articles, (a) => a.publishedAt ?? "", "ASC"));
    assert.deepEqual(await walk("articles", ", orderBy: { field: INGESTED_AT, direction: ASC }"), byKey(articles, (a) => a.ingestedAt, "ASC"));
    assert.deepEqual(await walk("articles", ", orderBy: { field: ID, direction: DESC }"), byKey(articles, () => "", "DESC"));
  });

  it("walks actors in id order", async () => {
    const actors = await walk("actors", "");
    assert.deepEqual(actors, [...actors].sort((a, b) => a - b));
    assert.equal(new Set(actors).size, actors.length);
  });

  it("walks a nested connection (an actor's statements) with its own cursors", async () => {
    const speakerId = statements.find((s) => s.speakerId !== null)!.speakerId!;
    const expected = byKey(statements.filter((s) => s.speakerId === speakerId), (s) => s.saidOn ?? "", "DESC");
    const ids: number[] = [];
    let cursor: string | null = null;
    for (;;) {
      const res: any = await api.query(`query($id: ID!, $after: String) { actor(id: $id) { statements(first: 2, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { id: String(speakerId), after: cursor });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const page = res.data.actor.statements;
      assert.equal(page.totalCount, expected.length);
      ids.push(...page.edges.map((e: any) => rowIdOf(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    assert.deepEqual(ids, expected);
  });

  it("walks a nested connection backward (last/before), and pages between two cursors (after and before)", async () => {
    const speakerId = statements.find((s) => s.speakerId !== null)!.speakerId!;
    const expected = byKey(statements.filter((s) => s.speakerId === speakerId), (s) => s.saidOn ?? "", "DESC");
    assert.ok(expected.length >= 4, "the speaker has enough statements");
    const page = async (args: string, variables: Record<string, unknown> = {}) => {
      const res: any = await api.query(`query($id: ID!, $after: String, $before: String) { actor(id: $id) { statements(${args}, after: $after, before: $before) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } } }`, { id: String(speakerId), ...variables });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      return res.data.actor.statements;
    };
    const last = await page("last: 2");
    assert.deepEqual(last.edges.map((e: any) => rowIdOf(e.node.id)), expected.slice(-2));
    assert.deepEqual(last.pageInfo, { hasNextPage: false, hasPreviousPage: true });
    const before = await page("last: 100", { before: last.edges[0].cursor });
    assert.deepEqual(before.edges.map((e: any) => rowIdOf(e.node.id)), expected.slice(0, -2));
    assert.deepEqual(before.pageInfo, { hasNextPage: true, hasPreviousPage: false });
    const between = await page("first: 100", { after: before.edges[0].cursor, before: last.edges[1].cursor });
    assert.deepEqual(between.edges.map((e: any) => rowIdOf(e.node.id)), expected.slice(1, -1));
  });

  it("refuses first with last, and last beyond 100, with BAD_USER_INPUT naming the argument", async () => {
    const both = await api.query(`{ statements(first: 2, last: 2) { edges { cursor } } }`);
    assert.equal(both.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.equal(both.errors?.[0].extensions?.argumentName, "last");
    const tooMany = await api.query(`{ deals(last: 101) { edges { cursor } } }`);
    assert.equal(tooMany.errors?.[0].extensions?.argumentName, "last");
    assert.match(tooMany.errors![0].message, /"last" must be between 0 and 100/);
    const badBefore = await api.query(`{ articles(last: 2, before: "nope") { edges { cursor } } }`);
    assert.equal(badBefore.errors?.[0].extensions?.argumentName, "before");
  });

  it("first: 0 returns no edges and says whether there are any", async () => {
    const res = await api.query(`{ statements(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    assert.deepEqual(res.data.statements, { edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it("refuses first > 100 (and negative first) with BAD_USER_INPUT naming the argument, instead of capping", async () => {
    for (const first of [101, 1000, -1]) {
      const res = await api.query(`query($first: Int) { statements(first: $first) { edges { cursor } } }`, { first });
      assert.equal(res.data ?? null, null, "refused before execution: no data");
      assert.equal(res.errors?.[0].extensions?.code, "BAD_USER_INPUT");
      assert.equal(res.errors?.[0].extensions?.argumentName, "first");
      assert.match(res.errors![0].message, /"first" must be between 0 and 100/);
    }
    const nested = await api.query(`{ actors(first: 1) { edges { node { statements(first: 500) { edges { cursor } } } } } }`);
    assert.equal(nested.errors?.[0].extensions?.argumentName, "first");
  });

  it("refuses a malformed cursor, or one from another field or order, with BAD_USER_INPUT naming `after`", async () => {
    const articleCursor = (await api.query(`{ articles(first: 1) { pageInfo { endCursor } } }`)).data.articles.pageInfo.endCursor;
    const saidOnCursor = (await api.query(`{ statements(first: 1) { pageInfo { endCursor } } }`)).data.statements.pageInfo.endCursor;
    const cases: [string, string][] = [
      ["not a cursor", ""],
      [Buffer.from('{"id":1}').toString("base64url"), ""],
      [Buffer.from(JSON.stringify(["statements:SAID_ON:DESC", 5, 1])).toString("base64url"), ""],
      [articleCursor, ""],
      [saidOnCursor, ", orderBy: { field: ID, direction: DESC }"],
      [saidOnCursor, ", orderBy: { field: SAID_ON, direction: ASC }"],
    ];
    for (const [after, args] of cases) {
      const res = await api.query(`query($after: String) { statements(first: 2, after: $after${args}) { edges { cursor } } }`, { after });
      assert.equal(res.errors?.[0].extensions?.code, "BAD_USER_INPUT", after);
      assert.equal(res.errors?.[0].extensions?.argumentName, "after");
      assert.match(res.errors![0].message, /"after" is not a cursor/);
    }
  });
});
