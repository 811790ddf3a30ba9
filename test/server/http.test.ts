import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BODY_LIMIT_BYTES } from "../../src/server/create-server";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** Every URL the page would fetch by itself: src/href/data attributes of tags, CSS url() and @import. */
function fetchedUrls(html: string): string[] {
  const attributes = [...html.matchAll(/<(?:script|link|img|iframe|source|embed|object|audio|video)\b[^>]*?\b(?:src|href|data|srcset)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  const css = [...html.matchAll(/(?:url\(\s*|@import\s+)["']?([^"')\s;]+)/gi)].map((m) => m[1]);
  return [...attributes, ...css];
}

describe("HTTP server: IDE, health, CSRF, limits", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  it("GET /graphql from a browser serves GraphiQL gzipped, with every asset inline (no external URL)", async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT, "accept-encoding": "gzip" } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(res.headers.get("content-encoding"), "gzip");
    const html = await res.text();
    assert.match(html, /<title>armsgraph GraphiQL<\/title>/);
    assert.ok(html.includes("LatestStatements"), "the default query shows the statement feed");
    const external = fetchedUrls(html).filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith("data:"));
    assert.deepEqual(external, []);
    assert.doesNotMatch(html, /unpkg\.com|jsdelivr|cdnjs|esm\.sh|fonts\.googleapis|embeddable-sandbox|apollo-server-landing-page/);
  });

  it("the same page comes uncompressed from the Apollo landing-page plugin when gzip is not accepted", async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT, "accept-encoding": "identity" } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-encoding"), null);
    assert.match(await res.text(), /<title>armsgraph GraphiQL<\/title>/);
  });

  it("GET /health answers 200 JSON", async () => {
    const res = await fetch(`${api.origin}/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: "ok", database: "ok" });
  });

  it("introspection is on", async () => {
    const res = await api.query(`{ __schema { queryType { fields { name } } } }`);
    const fields = res.data.__schema.queryType.fields.map((f: any) => f.name);
    for (const name of ["statements", "statement", "articles", "article", "actors", "actor", "deals", "deal"]) assert.ok(fields.includes(name), name);
  });

  it("CSRF prevention refuses a simple POST (content-type text/plain)", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ statements { totalCount } }" }) });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /Cross-Site Request Forgery/i);
  });

  it("GET queries need a preflight header; with it they work", async () => {
    const query = encodeURIComponent("{ statements(first: 1) { totalCount } }");
    const blocked = await fetch(`${api.url}?query=${query}`);
    assert.equal(blocked.status, 400);
    const allowed = await fetch(`${api.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    assert.equal(allowed.status, 200);
    assert.equal((await allowed.json()).data.statements.totalCount, 6);
  });

  it("refuses bodies over the limit (a 1 MB page and its query) with 413 and a clear JSON error", async () => {
    const body = JSON.stringify({ query: "{ statements { totalCount } }", variables: { padding: "x".repeat(BODY_LIMIT_BYTES + 10) } });
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    assert.equal(res.status, 413);
    const json = await res.json();
    assert.equal(json.errors[0].extensions.code, "PAYLOAD_TOO_LARGE");
    assert.match(json.errors[0].message, /larger than the 1,114,112-byte limit \(1 MB for a page, 1,048,576 bytes, and its query\)/);
  });

  it("answers malformed JSON with 400 and a JSON error", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].extensions.code, "BAD_REQUEST");
  });

  it("does not accept batched operations", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]) });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /batching/i);
  });

  it("adds extensions.sql = { count, ms } to responses when query stats are on", async () => {
    const res = await api.query(`{ statements(first: 3) { edges { node { speaker { name } } } } }`);
    assert.equal(res.extensions?.sql?.count, 1, "the page and its speakers are one statement (look-ahead join)");
    assert.ok(res.extensions!.sql.ms >= 0);
  });
});
