import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { print } from "graphql";
import { LatestStatementsDocument } from "../../examples/client/gql/graphql";
import { bracketNesting, isTrustedText, loadTrustedDocuments } from "../../src/server/trusted-documents";
import { repoRoot } from "../support/paths";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

const MANIFEST = path.join(repoRoot, "examples", "client", "gql", "persisted-documents.json");

/** The probe's document (issue #15 item 4): `{ a { a { … } } }` nested `depth` times. */
function nested(depth: number): string {
  return `${"{ a ".repeat(depth)}${"}".repeat(depth)}`;
}

describe(`trusted documents: size and nesting are checked before any parsing (${testEngine})`, () => {
  const trusted = loadTrustedDocuments(MANIFEST);
  let api: HardenedApi;
  before(async () => {
    api = await startHardenedApi({ seed: false, trustedDocuments: MANIFEST });
  });
  after(() => api?.close());

  it("the caps come from the manifest: its deepest and longest documents, and listed documents in another layout still pass", () => {
    assert.ok(trusted.maxNesting >= 3 && trusted.maxNesting < 30, String(trusted.maxNesting));
    assert.equal(isTrustedText(trusted, print(LatestStatementsDocument)), true);
    assert.equal(isTrustedText(trusted, print(LatestStatementsDocument).replace(/\s+/g, " ")), true);
  });

  it("bracketNesting counts the deepest bracket in one pass and stops past its cap", () => {
    assert.equal(bracketNesting("{ a { b(x: [1]) } }", Infinity), 4);
    assert.equal(bracketNesting("{ a } { b } { c }", Infinity), 1);
    assert.equal(bracketNesting(nested(1200), 12), 13);
  });

  it("a 1,200-deep ad-hoc document and an over-long one are refused without parsing (no stack overflow, 400 NOT_ALLOWED)", async () => {
    const deep = nested(1200);
    assert.ok(bracketNesting(deep, trusted.maxNesting) > trusted.maxNesting, "refused by nesting, before parse");
    assert.equal(isTrustedText(trusted, deep), false);
    const long = `{ __typename ${" ".repeat(trusted.maxLength)}}`;
    assert.equal(isTrustedText(trusted, long), false);
    for (const query of [deep, long]) {
      const res = await api.post({ query });
      assert.equal(res.status, 400);
      assert.equal(res.json.errors[0].extensions.code, "PERSISTED_QUERY_NOT_ALLOWED");
    }
    const health = await fetch(`${api.origin}/health`);
    assert.equal(health.status, 200);
  });
});
