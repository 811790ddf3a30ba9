import assert from "node:assert/strict";
import { test } from "node:test";
import { serverAudits } from "graphql-http";
import { startTestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { testEngine } from "../support/test-database";

/**
 * Warnings of the GraphQL-over-HTTP audit that stay, by audit name; README ("GraphQL over HTTP") says why.
 * A new warning, or one of these turning into an error, fails the test.
 */
const EXPECTED_WARNINGS = new Set<string>([
  "SHOULD use 200 status code on document parsing failure when accepting application/json",
  "SHOULD use 200 status code on document validation failure when accepting application/json",
  "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
]);

test("graphql-http's serverAudits: no errors, and only the warnings the README explains", { skip: testEngine !== "sqlite" && "HTTP behaviour does not depend on the engine: run on SQLite only" }, async () => {
  const api = await startTestApi(async (ds) => {
    await seedSmallStore(ds);
  });
  try {
    const results = await Promise.all(serverAudits({ url: api.url, fetchFn: fetch }).map((audit) => audit.fn()));
    const by = (status: string) => results.filter((r) => r.status === status).map((r) => `${r.name}${"reason" in r ? ` (${r.reason})` : ""}`);
    assert.deepEqual(by("error"), []);
    assert.deepEqual(results.filter((r) => r.status === "warn").map((r) => r.name).filter((name) => !EXPECTED_WARNINGS.has(name)), []);
    assert.ok(by("ok").length > 40, "most audits pass");
  } finally {
    await api.close();
  }
});
