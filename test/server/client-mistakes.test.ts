import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

/** 15 digits: a well-formed id beyond PostgreSQL's `integer` (the probe's case, issue #15 item 3). */
const BIG = "123456789012345";

function cursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

describe(`ordinary client mistakes get client answers, never internal errors (${testEngine})`, () => {
  let api: HardenedApi;
  before(async () => {
    api = await startHardenedApi();
  });
  after(() => api?.close());

  it("a 15-digit id: null for each by-id query, an empty page for each id filter", async () => {
    const byId = await api.graphql(`{ statement(id: "${BIG}") { id } actor(id: "${BIG}") { id } article(id: "${BIG}") { id } deal(id: "${BIG}") { id } }`);
    assert.equal(byId.json.errors, undefined, JSON.stringify(byId.json.errors));
    assert.deepEqual(byId.json.data, { statement: null, actor: null, article: null, deal: null });
    const filters = await api.graphql(`{
      a: statements(first: 1, filter: { articleId: "${BIG}" }) { totalCount }
      b: statements(first: 1, filter: { speakerId: "${BIG}" }) { totalCount }
      c: deals(first: 1, filter: { supplierId: "${BIG}" }) { totalCount }
    }`);
    assert.equal(filters.json.errors, undefined, JSON.stringify(filters.json.errors));
    assert.deepEqual(filters.json.data, { a: { totalCount: 0 }, b: { totalCount: 0 }, c: { totalCount: 0 } });
    const audit = await api.graphql(`{ auditLog(first: 1, entityId: "${BIG}") { totalCount } }`, {}, api.keys.reader);
    assert.deepEqual(audit.json, { data: { auditLog: { totalCount: 0 } } });
  });

  it("a 15-digit id as a mutation's target or as a reference inside the input → NOT_FOUND naming it", async () => {
    for (const [mutation, argument] of [
      [`mutation { markStatementReviewed(id: "${BIG}", reviewed: true) { id } }`, "id"],
      [`mutation { addActorAlias(actorId: "${BIG}", language: "en", text: "Somebody") { id } }`, "actorId"],
      [`mutation { mergeActors(keepId: "${BIG}", mergeId: "1") { id } }`, "keepId"],
    ] as const) {
      const res = await api.graphql(mutation, {}, api.keys.editor);
      assert.equal(res.json.errors?.[0].extensions.code, "NOT_FOUND", JSON.stringify(res.json));
      assert.equal(res.json.errors[0].extensions.argumentName, argument);
      assert.match(res.json.errors[0].message, /ids are whole numbers from 1 to 2147483647/);
    }
    const statement = await api.graphql(`{ statements(first: 1) { edges { node { id } } } }`);
    const id = statement.json.data.statements.edges[0].node.id;
    const reference = await api.graphql(`mutation { correctStatement(id: "${id}", input: { speakerId: "${BIG}" }) { id } }`, {}, api.keys.editor);
    assert.equal(reference.json.errors?.[0].extensions.code, "NOT_FOUND", JSON.stringify(reference.json));
    assert.equal(reference.json.errors[0].extensions.argumentName, "input.speakerId");
  });

  it("forged cursors → BAD_USER_INPUT naming after: wrong value type, ids and numbers beyond 32 bits, garbage", async () => {
    const cases: [string, string, string | undefined][] = [
      ["auditLog", cursor(["auditLog:ID:DESC", "x", 1]), api.keys.reader],
      ["auditLog", cursor(["auditLog:ID:DESC", 1e14, 1]), api.keys.reader],
      ["auditLog", cursor(["auditLog:ID:DESC", 5, 1e14]), api.keys.reader],
      ["statements", cursor(["statements:SAID_ON:DESC", "2024-01-01", 1e14]), undefined],
      ["statements", cursor(["statements:SAID_ON:DESC", "2024-01-01", -1]), undefined],
      ["actors", cursor(["actors:ID:ASC", 123456789012345, 1]), undefined],
      ["actors", "not a cursor at all", undefined],
    ];
    for (const [field, after, key] of cases) {
      const res = await api.graphql(`query ($after: String) { ${field}(first: 1, after: $after) { totalCount } }`, { after }, key);
      assert.equal(res.json.errors?.[0].extensions.code, "BAD_USER_INPUT", `${field} ${Buffer.from(after, "base64url").toString()}: ${JSON.stringify(res.json)}`);
      assert.equal(res.json.errors[0].extensions.argumentName, "after");
    }
  });

  it("APQ: a hash that does not match its query, or another version → 400 with Apollo-style codes", async () => {
    const query = "{ __typename }";
    const right = createHash("sha256").update(query).digest("hex");
    const ok = await api.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: right } } });
    assert.equal(ok.status, 200, JSON.stringify(ok.json));
    assert.deepEqual(ok.json.data, { __typename: "Query" });

    const mismatch = await api.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    assert.equal(mismatch.status, 400);
    assert.equal(mismatch.json.errors[0].extensions.code, "PERSISTED_QUERY_HASH_MISMATCH");
    assert.match(mismatch.json.errors[0].message, /not the SHA-256 of the query/);
    const malformed = await api.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } });
    assert.equal(malformed.json.errors[0].extensions.code, "PERSISTED_QUERY_HASH_MISMATCH");
    for (const version of [2, "1", null]) {
      const res = await api.post({ query, extensions: { persistedQuery: { version, sha256Hash: right } } });
      assert.equal(res.status, 400);
      assert.equal(res.json.errors[0].extensions.code, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED", JSON.stringify(res.json));
    }
    const get = await fetch(`${api.url}?query=${encodeURIComponent(query)}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } }))}`, { headers: { "apollo-require-preflight": "true" } });
    assert.equal(get.status, 400);
    assert.equal(((await get.json()) as any).errors[0].extensions.code, "PERSISTED_QUERY_HASH_MISMATCH");
  });
});
