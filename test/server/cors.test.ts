import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseCorsOrigins } from "../../src/config";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";

const ALLOWED = "http://localhost:5173";
const OTHER = "http://evil.example";

function preflight(url: string, origin: string, headers = "content-type"): Promise<Response> {
  return fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": headers } });
}

describe("CORS_ORIGINS parsing (readConfig)", () => {
  it("reads a comma-separated list, `*` alone, and nothing", () => {
    assert.deepEqual(parseCorsOrigins(" https://app.example , http://localhost:5173/ "), ["https://app.example", "http://localhost:5173"]);
    assert.equal(parseCorsOrigins("*"), "*");
    assert.deepEqual(parseCorsOrigins(undefined), []);
    assert.deepEqual(parseCorsOrigins(""), []);
  });

  it("refuses entries that are not origins, naming the entry and the fix", () => {
    assert.throws(() => parseCorsOrigins("localhost:5173"), /CORS_ORIGINS entry "localhost:5173" is not an origin: write it as scheme:\/\/host\[:port\]/);
    assert.throws(() => parseCorsOrigins("https://app.example/page"), /"https:\/\/app.example\/page" is not an origin.*e\.g\. https:\/\/app\.example\./);
    assert.throws(() => parseCorsOrigins("*,https://app.example"), /mixes "\*" with origins/);
  });
});

describe("CORS with a list of origins", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => { await seedSmallStore(ds); }, { corsOrigins: [ALLOWED] });
  });
  after(() => api?.close());

  it("answers an allowed origin's preflight with 204 and the Access-Control-Allow-* headers", async () => {
    const res = await preflight(api.url, ALLOWED, "content-type,authorization");
    assert.equal(res.status, 204);
    assert.equal(res.headers.get("access-control-allow-origin"), ALLOWED);
    assert.equal(res.headers.get("access-control-allow-credentials"), "true");
    assert.match(res.headers.get("access-control-allow-methods") ?? "", /POST/);
    assert.match(res.headers.get("access-control-allow-headers") ?? "", /content-type.*authorization/);
    assert.match(res.headers.get("vary") ?? "", /Origin/i);
  });

  it("gives an origin that is not listed no Access-Control-Allow-Origin, so the browser refuses", async () => {
    const res = await preflight(api.url, OTHER);
    assert.equal(res.headers.get("access-control-allow-origin"), null);
    const post = await fetch(api.url, { method: "POST", headers: { origin: OTHER, "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    assert.equal(post.headers.get("access-control-allow-origin"), null);
  });

  it("labels the allowed origin's actual responses and exposes the request id", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { origin: ALLOWED, "content-type": "application/json" }, body: JSON.stringify({ query: "{ statements(first: 1) { totalCount } }" }) });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("access-control-allow-origin"), ALLOWED);
    assert.match(res.headers.get("access-control-expose-headers") ?? "", /x-request-id/);
    const body = (await res.json()) as { data: { statements: { totalCount: number } } };
    assert.ok(body.data.statements.totalCount > 0);
  });

  it("covers the exports too", async () => {
    const pre = await fetch(`${api.origin}/export/statements.ndjson`, { method: "OPTIONS", headers: { origin: ALLOWED, "access-control-request-method": "GET" } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get("access-control-allow-origin"), ALLOWED);
    const res = await fetch(`${api.origin}/export/statements.ndjson`, { headers: { origin: ALLOWED } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("access-control-allow-origin"), ALLOWED);
    await res.text();
  });

  it("keeps CSRF prevention: a simple cross-origin POST from an allowed origin is still refused", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { origin: ALLOWED, "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /CSRF/);
  });
});

describe("CORS with * and without CORS_ORIGINS", () => {
  it("`*` lets any origin read but not send an API key or credentials", async () => {
    let api: TestApi | undefined;
    try {
      api = await startTestApi(async (ds) => { await seedSmallStore(ds); }, { corsOrigins: "*" });
      const res = await preflight(api.url, OTHER, "content-type");
      assert.equal(res.status, 204);
      assert.equal(res.headers.get("access-control-allow-origin"), "*");
      assert.equal(res.headers.get("access-control-allow-credentials"), null);
      assert.doesNotMatch(res.headers.get("access-control-allow-headers") ?? "", /authorization/i);
    } finally {
      await api?.close();
    }
  });

  it("by default no other origin gets CORS headers and the preflight is not a 204", async () => {
    const api = await startTestApi(async (ds) => { await seedSmallStore(ds); });
    try {
      const res = await preflight(api.url, ALLOWED);
      assert.equal(res.headers.get("access-control-allow-origin"), null);
      assert.notEqual(res.status, 204);
    } finally {
      await api.close();
    }
  });
});
