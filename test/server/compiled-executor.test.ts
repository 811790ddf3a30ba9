import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { repoRoot } from "../support/paths";

const OPERATIONS = path.join(repoRoot, "test", "operations");

/**
 * The server runs queries compiled (graphql-jit, src/server/compiled-executor.ts); the fixtures'
 * expected results were made by graphql-js. Over HTTP, each fixture must answer the same, the
 * second time too (from the compiled cache), and what graphql-jit does differently must not show.
 */
describe("compiled execution answers as graphql-js does", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  for (const file of fs.readdirSync(OPERATIONS).filter((f) => f.endsWith(".graphql")).sort()) {
    it(`${file}: the fixture's expected result, twice`, async () => {
      const base = path.join(OPERATIONS, file.replace(/\.graphql$/, ""));
      const source = fs.readFileSync(`${base}.graphql`, "utf8");
      const variables = fs.existsSync(`${base}.variables.json`) ? JSON.parse(fs.readFileSync(`${base}.variables.json`, "utf8")) : undefined;
      const expected = JSON.parse(fs.readFileSync(`${base}.result.json`, "utf8"));
      for (let i = 0; i < 2; i++) {
        const { extensions: _sql, ...answer } = await api.query(source, variables);
        assert.deepEqual(answer, expected);
      }
    });
  }

  it("a variable of the wrong type is refused with graphql-js's message and a 400", async () => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query Feed($first: Int) { statements(first: $first) { totalCount } }", variables: { first: "ten" } }),
    });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.match(body.errors[0].message, /^Variable "\$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"/);
    assert.equal(body.errors[0].extensions.code, "BAD_USER_INPUT");
  });

  it("an interface (search hits) resolves its concrete types", async () => {
    const data = await api.data(`{ search(query: "Aliyev", first: 5) { edges { node { __typename score } } } }`);
    assert.ok(data.search.edges.length > 0);
    for (const edge of data.search.edges) assert.match(edge.node.__typename, /^(Statement|Article|Actor|Deal)Hit$/);
  });

  it("a resolver's error keeps its code and path", async () => {
    // a malformed cursor is refused by the resolver (page sizes are refused before execution)
    const res = await api.query(`{ statements(first: 1, after: "not a cursor") { totalCount } }`);
    assert.equal(res.errors?.[0].extensions?.code, "BAD_USER_INPUT");
    assert.deepEqual((res.errors?.[0] as { path?: unknown }).path, ["statements"]);
  });
});
