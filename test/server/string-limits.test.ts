import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { isInputObjectType, isObjectType, getNamedType, GraphQLID, GraphQLString } from "graphql";
import { buildApiSchema } from "../../src/server/schema";
import { STRING_LIMITS, WORD_LIMITS, stringLimitTable } from "../../src/server/string-limits";
import { repoRoot } from "../support/paths";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

const LONG = "Алиев ".repeat(2_667).slice(0, 16_000);

/** The probe's long-string cases (issue #15 item 2): each a query and the argument its error must name. */
const LONG_CASES: { query: string; argument: string }[] = [
  { query: `query ($v: String) { statements(first: 1, filter: { speakerName: $v }) { totalCount } }`, argument: "filter.speakerName" },
  { query: `query ($v: String) { statements(first: 1, filter: { outletName: $v }) { totalCount } }`, argument: "filter.outletName" },
  { query: `query ($v: String) { statements(first: 1, filter: { mentionedActorName: $v }) { totalCount } }`, argument: "filter.mentionedActorName" },
  { query: `query ($v: String) { actors(first: 1, filter: { name: $v }) { totalCount } }`, argument: "filter.name" },
  { query: `query ($v: String) { deals(first: 1, filter: { supplierName: $v }) { totalCount } }`, argument: "filter.supplierName" },
  { query: `query ($v: String!) { search(query: $v, first: 1) { edges { node { type } } } }`, argument: "query" },
];

describe(`string arguments: lengths and NUL refused before execution (${testEngine})`, () => {
  let api: HardenedApi;
  before(async () => {
    api = await startHardenedApi();
  });
  after(() => api?.close());

  for (const { query, argument } of LONG_CASES) {
    it(`a 16,000-character ${argument} → 400 BAD_USER_INPUT naming it, no execution`, async () => {
      const res = await api.graphql(query, { v: LONG });
      assert.equal(res.status, 400, JSON.stringify(res.json));
      assert.equal(res.json.data, undefined, "refused before execution");
      assert.equal(res.json.errors[0].extensions.code, "BAD_USER_INPUT");
      assert.equal(res.json.errors[0].extensions.argumentName, argument);
      assert.match(res.json.errors[0].message, new RegExp(`"${argument.replace(".", "\\.")}".* 16000 characters long; the limit is (200|500)`));
    });
  }

  it("inline literals are checked as variables are, in lists and nested inputs too", async () => {
    const res = await api.graphql(`{ actors(first: 1, filter: { name: "${"x".repeat(STRING_LIMITS.name + 1)}" }) { totalCount } }`);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0].extensions.argumentName, "filter.name");
    const ids = await api.graphql(`mutation ($ids: [ID!]!) { reextractArticles(input: { articleIds: $ids }) { results { status } } }`, { ids: ["1", "9".repeat(STRING_LIMITS.id + 1)] }, api.keys.editor);
    assert.equal(ids.status, 400, JSON.stringify(ids.json));
    assert.equal(ids.json.errors[0].extensions.argumentName, "input.articleIds[1]");
  });

  it("values at the limit pass and run: a 200-character name of 12 words, a 500-character search of 32 words", async () => {
    const name = await api.graphql(`query ($v: String) { actors(first: 1, filter: { name: $v }) { totalCount } }`, { v: `${"a".repeat(16)} `.repeat(11) + "b".repeat(13) });
    assert.equal(name.status, 200, JSON.stringify(name.json.errors));
    assert.equal(name.json.data.actors.totalCount, 0);
    const search = await api.graphql(`query ($v: String!) { search(query: $v, first: 1) { edges { node { type } } } }`, { v: `${"Aliyev".repeat(2)}${"v".repeat(3)} `.repeat(31) + "x".repeat(4) });
    assert.equal(search.status, 200, JSON.stringify(search.json.errors));
    assert.ok(Array.isArray(search.json.data.search.edges));
  });

  it("names of more than 12 words and searches of more than 32 are refused before any SQL, naming the argument (each name word is a scan of the aliases)", async () => {
    const name = await api.graphql(`query ($v: String) { statements(first: 1, filter: { speakerName: $v }) { totalCount } }`, { v: "a ".repeat(13) });
    assert.equal(name.status, 400, JSON.stringify(name.json));
    assert.equal(name.json.errors[0].extensions.code, "BAD_USER_INPUT");
    assert.equal(name.json.errors[0].extensions.argumentName, "filter.speakerName");
    assert.equal(name.json.errors[0].extensions.maxWords, WORD_LIMITS.name);
    assert.match(name.json.errors[0].message, /has 13 words; the limit is 12/);
    const search = await api.graphql(`query ($v: String!) { search(query: $v, first: 1) { edges { node { type } } } }`, { v: "arms ".repeat(33) });
    assert.equal(search.status, 400, JSON.stringify(search.json));
    assert.equal(search.json.errors[0].extensions.argumentName, "query");
    assert.match(search.json.errors[0].message, /has 33 words; the limit is 32/);
  });

  for (const [label, query] of [
    ["actors nameContains", `query ($v: String) { actors(first: 5, filter: { nameContains: $v }) { totalCount } }`],
    ["statements language", `query ($v: String) { statements(first: 5, filter: { language: $v }) { totalCount } }`],
    ["statements speakerName", `query ($v: String) { statements(first: 5, filter: { speakerName: $v }) { totalCount } }`],
    ["deals designation", `query ($v: String) { deals(first: 5, filter: { designation: $v }) { totalCount } }`],
    ["deals category", `query ($v: String) { deals(first: 5, filter: { category: $v }) { totalCount } }`],
    ["search query", `query ($v: String!) { search(query: $v, first: 5) { edges { node { type } } } }`],
  ] as const) {
    it(`a NUL character in ${label} → 400 BAD_USER_INPUT (not every row, not an internal error)`, async () => {
      const res = await api.graphql(query, { v: "Ali\u0000yev" });
      assert.equal(res.status, 400, JSON.stringify(res.json));
      assert.equal(res.json.errors[0].extensions.code, "BAD_USER_INPUT");
      assert.match(res.json.errors[0].message, /NUL character/);
    });
  }

  it("a document that passed is still checked with other variables, and a refused one every time (the checks are remembered per document only when passed)", async () => {
    const query = `query ($v: String, $n: Int) { actors(first: $n, filter: { name: $v }) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      const ok = await api.graphql(query, { v: "Aliyev", n: 5 });
      assert.equal(ok.status, 200, JSON.stringify(ok.json.errors));
    }
    for (let i = 0; i < 2; i++) {
      const long = await api.graphql(query, { v: LONG, n: 5 });
      assert.equal(long.status, 400, JSON.stringify(long.json));
      assert.equal(long.json.errors[0].extensions.argumentName, "filter.name");
      const big = await api.graphql(query, { v: "Aliyev", n: 101 });
      assert.equal(big.status, 400, JSON.stringify(big.json));
      assert.equal(big.json.errors[0].extensions.argumentName, "first");
    }
    const again = await api.graphql(query, { v: "Aliyev", n: 5 });
    assert.equal(again.status, 200, JSON.stringify(again.json.errors));
  });

  it("every String and ID argument and input field of the schema has a limit, and docs/hardening.md states each kind", async () => {
    const schema = await buildApiSchema();
    let textArguments = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      const isText = (t: Parameters<typeof getNamedType>[0]) => [GraphQLString, GraphQLID].includes(getNamedType(t) as never);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) textArguments += field.args.filter((a) => isText(a.type)).length;
      if (isInputObjectType(type)) textArguments += Object.values(type.getFields()).filter((f) => isText(f.type)).length;
    }
    const table = stringLimitTable(schema);
    assert.equal(table.length, textArguments);
    const byWhere = new Map(table.map((row) => [row.where, row.max]));
    assert.equal(byWhere.get("StatementFilter.speakerName"), 200);
    assert.equal(byWhere.get("Query.search(query)"), 500);
    const docs = fs.readFileSync(path.join(repoRoot, "docs", "hardening.md"), "utf8");
    for (const [kind, max] of Object.entries(STRING_LIMITS)) assert.match(docs, new RegExp(`\\| ${kind} \\| ${max.toLocaleString("en-US")} \\|`), `docs/hardening.md lists ${kind}`);
  });
});
