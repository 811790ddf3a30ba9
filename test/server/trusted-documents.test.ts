import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { getIntrospectionQuery, print } from "graphql";
import { LatestStatementsDocument } from "../../examples/client/gql/graphql";
import { bareHash, canonicalDocument, isTrustedText, loadTrustedDocuments } from "../../src/server/trusted-documents";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { runExampleClient } from "../examples/client/run-example";
import { repoRoot } from "../support/paths";

const root = repoRoot;
const manifestFile = path.join(root, "examples", "client", "gql", "persisted-documents.json");
const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, string>;
const [latestHash, latestText] = Object.entries(manifest).find(([, text]) => text.includes("LatestStatements"))!;
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

async function post(api: TestApi, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe("trusted documents: TRUSTED_DOCUMENTS=examples/client/gql/persisted-documents.json", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
        await seedSmallStore(ds);
      }, { trustedDocuments: manifestFile });
  });
  after(() => api?.close());

  it("the codegen manifest has sha256:-prefixed hashes, and the generated documents carry them", () => {
    assert.match(latestHash, /^sha256:[0-9a-f]{64}$/);
    assert.equal((LatestStatementsDocument as any).__meta__.hash, latestHash);
  });

  it("allows a listed document by hash: the example client with --persisted", async () => {
    const { stdout, stderr, code } = await runExampleClient(["--url", api.url, "--persisted", "--first", "2"]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Latest statements \(6 in all\):$/m);
    assert.match(stdout, /^Statements by Ilham Aliyev \(2 in all\):$/m);
  });

  it("allows a hash as documentId, with or without the sha256: prefix, and over GET", async () => {
    for (const documentId of [latestHash, bareHash(latestHash)]) {
      const { status, json } = await post(api, { documentId, variables: { first: 1 } });
      assert.equal(status, 200, JSON.stringify(json));
      assert.equal(json.data.statements.totalCount, 6);
    }
    const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: bareHash(latestHash) } }), variables: JSON.stringify({ first: 1 }) });
    const res = await fetch(`${api.url}?${params}`, { headers: { "apollo-require-preflight": "true" } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as any).data.statements.totalCount, 6);
  });

  it("allows a listed document sent as text: the manifest's text, or the generated document printed (example client default)", async () => {
    const exact = await post(api, { query: latestText, variables: { first: 1 } });
    assert.equal(exact.status, 200, JSON.stringify(exact.json));
    assert.equal(exact.json.data.statements.edges.length, 1);
    const printed = await post(api, { query: print(LatestStatementsDocument), variables: { first: 1 } });
    assert.equal(printed.status, 200, JSON.stringify(printed.json));
    const { stdout, stderr, code } = await runExampleClient(["--url", api.url, "--actor", "Шойгу", "--first", "2"]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Statements by Sergei Shoigu \(2 in all\):$/m);
  });

  it("refuses an ad-hoc query with PERSISTED_QUERY_NOT_ALLOWED and a clear message", async () => {
    const { status, json } = await post(api, { query: "{ statements(first: 1) { totalCount } }" });
    assert.equal(status, 400);
    assert.equal(json.data, undefined);
    assert.equal(json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
    assert.match(json.errors[0].message, /only accepts its clients' trusted documents/);
    // A listed document with one more field is another document.
    const widened = latestText.replace("totalCount", "totalCount pageInfo { hasNextPage }");
    assert.equal((await post(api, { query: widened, variables: { first: 1 } })).json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
    // A real hash next to a different text does not smuggle the text in.
    const smuggled = await post(api, { query: "{ actors { totalCount } }", extensions: { persistedQuery: { version: 1, sha256Hash: bareHash(latestHash) } } });
    assert.equal(smuggled.json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
    const getAdHoc = await fetch(`${api.url}?query=${encodeURIComponent("{ statements { totalCount } }")}`, { headers: { "apollo-require-preflight": "true" } });
    assert.equal(getAdHoc.status, 400);
    assert.equal(((await getAdHoc.json()) as any).errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
  });

  it("refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND (APQ cannot register new documents)", async () => {
    const unknown = "0".repeat(64);
    const { status, json } = await post(api, { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    assert.equal(status, 400);
    assert.equal(json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_FOUND");
    assert.match(json.errors[0].message, /only accepts its clients' trusted documents .*; no document has the hash 0{64}/);
    const byId = await post(api, { documentId: `sha256:${unknown}` });
    assert.equal(byId.json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_FOUND");
  });

  it("the IDE page is still served, but its ad-hoc queries (introspection included) are refused", async () => {
    const page = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT, "accept-encoding": "gzip" } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>armsgraph GraphiQL<\/title>/);
    const introspection = await post(api, { query: getIntrospectionQuery(), operationName: "IntrospectionQuery" });
    assert.equal(introspection.status, 400);
    assert.equal(introspection.json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
  });
});

describe("trusted documents: manifest and canonical form", () => {
  it("canonical form ignores field, argument and variable order, not content", () => {
    const a = "query Q($b: Int, $a: Int) { x(b: $b, a: $a) { z y { w v } } }";
    const b = "query Q($a: Int, $b: Int) {\n  x(a: $a, b: $b) { y { v w } z }\n}";
    assert.equal(canonicalDocument(a), canonicalDocument(b));
    assert.notEqual(canonicalDocument(a), canonicalDocument("query Q($a: Int, $b: Int) { x(a: $a, b: $b) { y { v } z } }"));
  });

  it("isTrustedText refuses text that is not GraphQL", () => {
    assert.equal(isTrustedText(loadTrustedDocuments(manifestFile), "not graphql {"), false);
  });

  it("a missing or malformed manifest stops the server from starting, with a clear error", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-trusted-"));
    try {
      assert.throws(() => loadTrustedDocuments(path.join(dir, "missing.json")), /TRUSTED_DOCUMENTS: cannot read the manifest/);
      fs.writeFileSync(path.join(dir, "list.json"), "[]");
      assert.throws(() => loadTrustedDocuments(path.join(dir, "list.json")), /is not a persisted-documents manifest/);
      fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ "sha256:00": "query {" }));
      assert.throws(() => loadTrustedDocuments(path.join(dir, "bad.json")), /does not parse/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
