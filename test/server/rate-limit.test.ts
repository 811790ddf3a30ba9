import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, describe, it } from "node:test";
import { parseRateLimit } from "../../src/config";
import { MemoryBuckets } from "../../src/server/rate-limit";
import { createTestDatabase } from "../support/test-database";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const QUERY = "{ __typename }";

describe("rate limits: token bucket per API key or client address → 429 with Retry-After", () => {
  const servers: HardenedApi[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });

  it("RATE_LIMIT is read as PER_SECOND/BURST, 'off', or the 20/100 default; nonsense is an error", () => {
    assert.deepEqual(parseRateLimit(undefined), { perSecond: 20, burst: 100 });
    assert.deepEqual(parseRateLimit("5/10", "redis://x"), { perSecond: 5, burst: 10, redisUrl: "redis://x" });
    assert.equal(parseRateLimit("off"), false);
    assert.throws(() => parseRateLimit("lots"), /PER_SECOND\/BURST/);
  });

  it("the bucket refills at its rate (clock injected)", async () => {
    let now = 0;
    const buckets = new MemoryBuckets({ perSecond: 2, burst: 2 }, () => now);
    assert.deepEqual([(await buckets.take("a")).allowed, (await buckets.take("a")).allowed], [true, true]);
    assert.deepEqual(await buckets.take("a"), { allowed: false, retryAfterMs: 500, remaining: 0, resetMs: 1000 });
    assert.equal((await buckets.take("b")).allowed, true, "another client has its own bucket");
    now = 500;
    assert.equal((await buckets.take("a")).allowed, true);
  });

  it("in memory: after the burst, 429 + Retry-After + a GraphQL-shaped RATE_LIMITED error; each key has its own bucket", async () => {
    const api = await startHardenedApi({ seed: false, rateLimit: { perSecond: 0.2, burst: 3 } });
    servers.push(api);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.graphql(QUERY)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await api.graphql(QUERY);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get("retry-after")) >= 1, "Retry-After in seconds");
    assert.equal(limited.json.errors[0].extensions.code, "RATE_LIMITED");
    assert.match(limited.json.errors[0].message, /Too many requests.*Retry in \d+ s/);
    assert.equal((await api.graphql(QUERY, {}, api.keys.reader)).status, 200, "a key is counted apart from the address");
    const health = await fetch(`${api.origin}/health`);
    assert.equal(health.status, 200, "the health check is never limited");
  });

  it("with REDIS_URL two server instances share one bucket (real Redis)", async () => {
    const database = await createTestDatabase("ratelimit");
    const settings = { perSecond: 0.2, burst: 4, redisUrl: REDIS_URL, redisPrefix: `armsgraph:test:${randomUUID()}:` };
    try {
      const a = await startHardenedApi({ seed: false, rateLimit: settings, database });
      servers.push(a);
      const b = await startHardenedApi({ seed: false, rateLimit: settings, database });
      servers.push(b);
      const key = a.keys.reader;
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? b : a).graphql(QUERY, {}, key)).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429], "4 tokens in all, whichever instance answers");
      const limited = await b.graphql(QUERY, {}, key);
      assert.ok(Number(limited.headers.get("retry-after")) >= 1);
      assert.equal(limited.json.errors[0].extensions.code, "RATE_LIMITED");
    } finally {
      for (const server of servers.splice(0)) await server.close();
      await database.drop();
    }
  });

  it("if Redis is unreachable requests go through (the limiter fails open, with one log line)", async () => {
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(" "));
    try {
      const api = await startHardenedApi({ seed: false, rateLimit: { perSecond: 1, burst: 1, redisUrl: "redis://127.0.0.1:1" } });
      servers.push(api);
      const statuses = [(await api.graphql(QUERY)).status, (await api.graphql(QUERY)).status, (await api.graphql(QUERY)).status];
      assert.deepEqual(statuses, [200, 200, 200]);
    } finally {
      console.error = consoleError;
    }
    assert.ok(logged.some((line) => /cannot reach Redis/.test(line)), logged.join("\n"));
  });
});
