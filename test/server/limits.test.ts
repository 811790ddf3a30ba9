import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { getIntrospectionQuery } from "graphql";
import { BODY_LIMIT_BYTES } from "../../src/server/create-server";
import { QUERY_LIMITS } from "../../src/server/limits";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";

/** `statements(first: N) { edges { node { speaker { …inner } } } }` nested `levels` times. */
function nestedStatements(levels: number, first: number | string, leaf = "text"): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `statements(first: ${first}) { edges { node { ${i === 0 ? inner : `speaker { ${inner} }`} } } }`;
  return inner;
}

const README_QUERY = `{
  statements(first: 20, orderBy: { field: SAID_ON, direction: DESC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { text kind saidOn speaker { name kind } via { name } article { title publishedAt url outlet { name } } } }
  }
}`;

describe("query limits: each abusive query is refused before execution with its own code", () => {
  let api: HardenedApi;
  before(async () => {
    api = await startHardenedApi();
  });
  after(() => api?.close());

  it("ordinary queries pass: the README feed, GraphiQL's introspection, an actor with nested statements", async () => {
    for (const query of [README_QUERY, getIntrospectionQuery(), `{ actors(first: 50) { edges { node { name aliases { text } statements(first: 20) { edges { node { text article { title } } } } } } } }`]) {
      const res = await api.graphql(query);
      assert.equal(res.status, 200, JSON.stringify(res.json.errors));
      assert.equal(res.json.errors, undefined);
    }
  });

  it(`depth over ${QUERY_LIMITS.depth} → 400 QUERY_TOO_DEEP`, async () => {
    const query = `{ ${nestedStatements(4, 1)} }`;
    const res = await api.graphql(query);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.code, "QUERY_TOO_DEEP");
    assert.match(res.json.errors[0].message, /Query depth limit of 12 exceeded, found \d+/);
    assert.equal(res.json.data, undefined, "nothing executed");
  });

  it("depth through fragments counts too", async () => {
    const res = await api.graphql(`query { ...A } fragment A on Query { ${nestedStatements(4, 1)} }`);
    assert.equal(res.json.errors[0].extensions.code, "QUERY_TOO_DEEP");
  });

  it(`cost (first × child cost) over ${QUERY_LIMITS.cost} → 400 QUERY_TOO_COMPLEX, also through variables`, async () => {
    const literal = await api.graphql(`{ ${nestedStatements(3, 100)} }`);
    assert.equal(literal.status, 400);
    assert.equal(literal.json.errors[0].extensions.code, "QUERY_TOO_COMPLEX");
    assert.match(literal.json.errors[0].message, /Query cost limit of 10000 exceeded, found \d+/);
    const viaVariables = await api.graphql(`query ($n: Int) { ${nestedStatements(3, "$n")} }`, { n: 100 });
    assert.equal(viaVariables.json.errors[0].extensions.code, "QUERY_TOO_COMPLEX");
    const small = await api.graphql(`query ($n: Int) { ${nestedStatements(3, "$n")} }`, { n: 5 });
    assert.equal(small.json.errors, undefined, "the same shape with small pages is fine");
  });

  it(`more than ${QUERY_LIMITS.aliases} aliases → 400 TOO_MANY_ALIASES`, async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ");
    const res = await api.graphql(`{ ${aliases} }`);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.code, "TOO_MANY_ALIASES");
    assert.match(res.json.errors[0].message, /Aliases limit of 30 exceeded/);
  });

  it(`more than ${QUERY_LIMITS.directives} directives → 400 TOO_MANY_DIRECTIVES`, async () => {
    const res = await api.graphql(`{ ${"__typename @include(if: true) ".repeat(51)} }`);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.code, "TOO_MANY_DIRECTIVES");
  });

  it(`more than ${QUERY_LIMITS.tokens} tokens → 400 TOO_MANY_TOKENS (parsing stops)`, async () => {
    const res = await api.graphql(`{ ${"__typename ".repeat(6000)} }`);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.code, "TOO_MANY_TOKENS");
    assert.match(res.json.errors[0].message, /token limit of 5000 exceeded/i);
  });

  it("page size over 100 (inline or a variable, at any depth) → 400 BAD_USER_INPUT naming `first`, before anything executes", async () => {
    for (const [query, variables] of [
      [`{ statements(first: 101) { totalCount } }`, {}],
      [`query ($n: Int) { statements(first: 5) { totalCount } actors(first: $n) { totalCount } }`, { n: 500 }],
      [`{ actors(first: 2) { edges { node { statements(first: -1) { totalCount } } } } }`, {}],
    ] as const) {
      const res = await api.graphql(query, variables);
      assert.equal(res.status, 400);
      assert.equal(res.json.data, undefined, "no part of the operation ran");
      assert.equal(res.json.errors[0].extensions.code, "BAD_USER_INPUT");
      assert.equal(res.json.errors[0].extensions.argumentName, "first");
      assert.match(res.json.errors[0].message, /"first" must be between 0 and 100/);
    }
  });

  it("a document nested past the bracket limit and 1,000 repeated fields name the limit they passed (not a stack overflow or 'Validation aborted.')", async () => {
    const deep = await api.graphql(`query ($a: [[Int]] = ${"[".repeat(3_000)}${"]".repeat(3_000)}) { __typename }`);
    assert.equal(deep.status, 400);
    assert.equal(deep.json.errors[0].extensions.code, "QUERY_TOO_DEEP");
    assert.match(deep.json.errors[0].message, /nests brackets \(\{, \( and \[\) more than 64 deep/);
    const deepGet = await fetch(`${api.url}?query=${encodeURIComponent(`{ ${"... on Query { ".repeat(100)}__typename${" }".repeat(100)} }`)}`, { headers: { "apollo-require-preflight": "1" } });
    assert.equal(deepGet.status, 400);
    assert.equal((await deepGet.json()).errors[0].extensions.code, "QUERY_TOO_DEEP");
    const repeated = await api.graphql(`{ ${"__typename ".repeat(1_000)}}`);
    assert.equal(repeated.status, 400);
    assert.equal(repeated.json.errors[0].extensions.code, "TOO_MANY_FIELDS");
    assert.match(repeated.json.errors[0].message, /limit of 500,000 comparisons .*the widest selection has 1,000 fields/);
    const strings = await api.graphql(`{ search(query: "${"(".repeat(200)}", first: 1) { edges { node { type } } } }`);
    assert.notEqual(strings.json.errors?.[0]?.extensions?.code, "QUERY_TOO_DEEP", "brackets inside a string do not count");
  });

  it("bodies over 1 MB → 413 PAYLOAD_TOO_LARGE; batched requests → 400; CSRF: text/plain POST → 400", async () => {
    const big = await api.post({ query: "{ __typename }", variables: { pad: "x".repeat(BODY_LIMIT_BYTES) } });
    assert.equal(big.status, 413);
    assert.equal(big.json.errors[0].extensions.code, "PAYLOAD_TOO_LARGE");
    const batched = await api.post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    assert.equal(batched.status, 400);
    assert.match(JSON.stringify(batched.json), /batch/i);
    const csrf = await api.post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" });
    assert.equal(csrf.status, 400);
    assert.match(JSON.stringify(csrf.json), /Cross-Site Request Forgery/i);
  });
});

describe("production errors: no internals reach the client", () => {
  let api: HardenedApi;
  const logged: string[] = [];
  const consoleError = console.error;
  before(async () => {
    api = await startHardenedApi({ production: true });
  });
  after(async () => {
    console.error = consoleError;
    await api?.close();
  });

  it("an internal error (a table gone under the server) is INTERNAL_SERVER_ERROR with a request id; SQL and stack are only in the server log", async () => {
    await api.dataSource.query(`ALTER TABLE deals RENAME TO deals_gone`);
    console.error = (...args: unknown[]) => void logged.push(args.join(" "));
    let res;
    try {
      res = await api.graphql(`{ deals(first: 5) { totalCount } }`);
    } finally {
      console.error = consoleError;
      await api.dataSource.query(`ALTER TABLE deals_gone RENAME TO deals`);
    }
    const error = res.json.errors[0];
    assert.equal(error.extensions.code, "INTERNAL_SERVER_ERROR");
    assert.match(error.message, /^Internal server error; .*request id [0-9a-f-]{36}\.$/);
    assert.equal(error.extensions.requestId, res.headers.get("x-request-id"));
    assert.equal(error.extensions.stacktrace, undefined);
    const body = JSON.stringify(res.json);
    assert.doesNotMatch(body, /deals_gone|SELECT|sqlite|relation|QueryFailedError|\.js:\d+/i);
    const line = logged.find((l) => l.includes(error.extensions.requestId));
    assert.ok(line, `the server log has the request id: ${logged.join("\n")}`);
    assert.match(line!, /QueryFailedError|no such table|does not exist/);
  });

  it("client errors keep their message and code, without field suggestions (schema details hidden)", async () => {
    const res = await api.graphql(`{ statement { id } }`.replace("statement", "statementz"));
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.code, "GRAPHQL_VALIDATION_FAILED");
    assert.doesNotMatch(res.json.errors[0].message, /Did you mean/);
    const first = await api.graphql(`{ statements(first: 500) { totalCount } }`);
    assert.equal(first.json.errors[0].extensions.code, "BAD_USER_INPUT");
  });
});
