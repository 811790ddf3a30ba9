import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openDatabase } from "../../src/db/data-source";
import { startServer } from "../../src/server/create-server";
import { withoutPaths } from "../../src/server/errors-plugin";
import { startTestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { createTestDatabase } from "../support/test-database";

interface Body {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Starts a server configured as under the given NODE_ENV, closes its data source under it, and returns the answer to a feed query (an internal error). */
async function internalErrorUnder(nodeEnv: string | undefined): Promise<Body> {
  const database = await createTestDatabase("errors");
  const dataSource = await openDatabase({ url: database.url });
  try {
    const server = await startServer({ dataSource, port: 0, rateLimit: false, production: nodeEnv === "production", development: nodeEnv === "development" });
    try {
      await dataSource.destroy();
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ statements(first: 1) { totalCount } }" }) });
      return (await res.json()) as Body;
    } finally {
      await server.close();
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

describe("errors a client can use", () => {
  it("a refused auditLog is null beside the public fields, which still arrive (HTTP 200)", async () => {
    const api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
    try {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ statements(first: 1) { totalCount } auditLog { totalCount } }" }),
      });
      assert.equal(res.status, 200);
      const body = (await res.json()) as Body;
      assert.ok(body.data!.statements.totalCount > 0);
      assert.equal(body.data!.auditLog, null);
      assert.equal(body.errors?.length, 1);
      assert.deepEqual(body.errors![0].path, ["auditLog"]);
      assert.equal(body.errors![0].extensions?.code, "UNAUTHENTICATED");
    } finally {
      await api.close();
    }
  });

  for (const nodeEnv of [undefined, "test", "staging"]) {
    it(`with NODE_ENV=${nodeEnv ?? "(unset)"} an internal error carries no stack trace and no absolute path`, async () => {
      const body = await internalErrorUnder(nodeEnv);
      assert.ok(body.errors?.length, JSON.stringify(body));
      const text = JSON.stringify(body);
      assert.equal(body.errors![0].extensions?.stacktrace, undefined, text);
      assert.doesNotMatch(text, /\/(?:work|home|tmp|usr|root)\/|node_modules|\.js:\d+/);
    });
  }

  it("with NODE_ENV=development explicitly, the stack trace is shown", async () => {
    const body = await internalErrorUnder("development");
    const stack = body.errors?.[0].extensions?.stacktrace;
    assert.ok(Array.isArray(stack) && stack.length > 1, JSON.stringify(body));
  });

  it("cuts absolute paths to their last segment and leaves URLs alone", () => {
    assert.equal(withoutPaths("ENOENT: no such file or directory, open '/work/data/armsgraph.sqlite'"), "ENOENT: no such file or directory, open '…/armsgraph.sqlite'");
    assert.equal(withoutPaths("at C:\\Users\\me\\app\\dist\\x.js"), "at …/x.js");
    assert.equal(withoutPaths("see http://127.0.0.1:4000/graphql and a/b"), "see http://127.0.0.1:4000/graphql and a/b");
  });
});
