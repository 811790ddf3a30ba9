import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { after, test } from "node:test";
import Redis from "ioredis";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const servers: HardenedApi[] = [];
const databases: TestDatabase[] = [];
after(async () => {
  for (const server of servers) await server.close();
  for (const database of databases) await database.drop();
});

/** An automatic-persisted-query request: the hash alone, or the hash with the query text that registers it. */
function apq(query: string, withText: boolean) {
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  return { ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

test("with REDIS_URL a query registered on one server is known by hash to another (real Redis); without it, it is not", async () => {
  const database = await createTestDatabase("apq");
  databases.push(database);
  // A query text no earlier run has registered.
  const query = `query Apq_${randomUUID().replace(/-/g, "")} { statements(first: 1) { edges { node { id } } } }`;

  const a = await startHardenedApi({ seed: false, database, redisUrl: REDIS_URL });
  servers.push(a);
  const b = await startHardenedApi({ seed: false, database, redisUrl: REDIS_URL });
  servers.push(b);
  const lonely = await startHardenedApi({ seed: false, database });
  servers.push(lonely);

  const unknown = await b.post(apq(query, false));
  assert.equal(unknown.json.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND", "nothing is registered yet");
  const registered = await a.post(apq(query, true));
  assert.deepEqual(registered.json, { data: { statements: { edges: [] } } });
  const byHash = await b.post(apq(query, false));
  assert.deepEqual(byHash.json, { data: { statements: { edges: [] } } }, "the other instance finds the query in Redis");
  const elsewhere = await lonely.post(apq(query, false));
  assert.equal(elsewhere.json.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND", "an instance without Redis keeps its own cache");

  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`armsgraph:apq:*${createHash("sha256").update(query).digest("hex")}`);
    assert.equal(keys.length, 1);
    const ttl = await redis.ttl(keys[0]);
    assert.ok(ttl > 0, `the entry expires (ttl ${ttl})`);
    await redis.del(keys[0]);
  } finally {
    redis.disconnect();
  }
});

test("if Redis is unreachable, persisted queries still work by sending the full query", async () => {
  const warn = console.warn;
  const logged: string[] = [];
  console.warn = (...args: unknown[]) => void logged.push(args.join(" "));
  try {
    const api = await startHardenedApi({ seed: false, redisUrl: "redis://127.0.0.1:1" });
    servers.push(api);
    const query = `query Apq_${randomUUID().replace(/-/g, "")} { statements(first: 1) { edges { node { id } } } }`;
    assert.equal((await api.post(apq(query, false))).json.errors?.[0]?.extensions?.code, "PERSISTED_QUERY_NOT_FOUND");
    assert.deepEqual((await api.post(apq(query, true))).json, { data: { statements: { edges: [] } } });
  } finally {
    console.warn = warn;
  }
  assert.ok(logged.some((line) => /Redis cache for persisted queries is unavailable/.test(line)), logged.join("\n"));
});
