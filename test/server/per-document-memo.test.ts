import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "graphql";
import { PerDocumentMemo, operationKey } from "../../src/server/per-document-memo";

describe("PerDocumentMemo: check results per parsed document and operation key", () => {
  it("keys by document object, operation name and variables", () => {
    const memo = new PerDocumentMemo<number>();
    const one = parse("{ actors(first: 1) { totalCount } }");
    const same = parse("{ actors(first: 1) { totalCount } }");
    const key = operationKey({ variables: { v: 1 } }, "A");
    memo.set(one, key, 7);
    assert.equal(memo.get(one, key), 7);
    assert.equal(memo.get(same, key), undefined, "another parse of the same text is another document");
    assert.equal(memo.get(one, operationKey({ variables: { v: 2 } }, "A")), undefined);
    assert.equal(memo.get(one, operationKey({ variables: { v: 1 } }, "B")), undefined);
    assert.equal(memo.get(one, operationKey({}, "A")), undefined);
  });

  it("keeps at most 20 variable sets per document, dropping the oldest", () => {
    const memo = new PerDocumentMemo<number>();
    const document = parse("{ actors(first: 1) { totalCount } }");
    for (let i = 0; i < 25; i++) memo.set(document, operationKey({ variables: { i } }, null), i);
    assert.equal(memo.get(document, operationKey({ variables: { i: 4 } }, null)), undefined);
    assert.equal(memo.get(document, operationKey({ variables: { i: 5 } }, null)), 5);
    assert.equal(memo.get(document, operationKey({ variables: { i: 24 } }, null)), 24);
  });

  it("does not remember variables longer than 4,096 characters as JSON (a page given to ingestArticle)", () => {
    const memo = new PerDocumentMemo<number>();
    const document = parse("mutation ($t: String!) { ingestArticle(input: { text: $t }) { status } }");
    const key = operationKey({ variables: { t: "x".repeat(5_000) } }, null);
    assert.equal(key, undefined);
    memo.set(document, key, 1);
    assert.equal(memo.get(document, key), undefined);
  });

  it("writes one request's key once: the checks of one request share it", () => {
    const request = { variables: { v: "a" } };
    assert.equal(operationKey(request, "A"), operationKey(request, "A"));
    assert.equal(operationKey(request, "A"), `A\u0000{"v":"a"}`);
  });
});
