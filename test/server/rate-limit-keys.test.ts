import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, describe, it } from "node:test";
import { RedisBuckets } from "../../src/server/rate-limit";
import { RedisCache } from "../../src/server/redis-cache";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

const QUERY = "{ __typename }";

describe(`rate limits: unverified keys count against the address, RateLimit headers, Redis down fails open at once (${testEngine})`, () => {
  const servers: HardenedApi[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });

  it("with the address exhausted, random Bearer values get 429 (not a key lookup each); a real key keeps its own bucket", async () => {
    const api = await startHardenedApi({ seed: false, rateLimit: { perSecond: 0.1, burst: 3 } });
    servers.push(api);
    const first = await api.graphql(QUERY);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get("ratelimit-limit"), "3");
    assert.equal(first.headers.get("ratelimit-remaining"), "2");
    assert.ok(Number(first.headers.get("ratelimit-reset")) >= 1, "seconds until the bucket is full");
    // Forged keys, well-formed and not: all drawn from the address's bucket.
    const forged = [`ag_${randomBytes(4).toString("hex")}_${randomBytes(24).toString("base64url")}`, "nonsense", `ag_00000000_${"x".repeat(43)}`];
    const statuses: number[] = [];
    for (const key of [...forged, ...forged]) statuses.push((await api.post({ query: QUERY }, { authorization: `Bearer ${key}` })).status);
    assert.deepEqual(statuses, [401, 401, 429, 429, 429, 429]);
    const limited = await api.post({ query: QUERY }, { authorization: `Bearer ${forged[0]}` });
    assert.equal(limited.status, 429);
    assert.equal(limited.json.errors[0].extensions.code, "RATE_LIMITED");
    assert.ok(Number(limited.headers.get("retry-after")) >= 1);
    assert.equal(limited.headers.get("ratelimit-remaining"), "0");
    assert.equal(limited.headers.get("ratelimit-limit"), "3");
    const keyed = await api.graphql(QUERY, {}, api.keys.reader);
    assert.equal(keyed.status, 200, "a verified key has its own bucket");
    assert.equal(keyed.headers.get("ratelimit-remaining"), "2");
  });

  it("Redis unreachable: the limiter lets every request through and the cache misses, without queueing commands; one log line", async () => {
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(" "));
    const buckets = new RedisBuckets({ perSecond: 1, burst: 1, redisUrl: "redis://127.0.0.1:1" });
    const cache = new RedisCache("redis://127.0.0.1:1");
    try {
      await buckets.connect();
      await cache.connect();
      for (let i = 0; i < 50; i++) {
        assert.equal((await buckets.take("ip:x")).allowed, true);
        assert.equal(await cache.get(`k${i}`), undefined);
        await cache.set(`k${i}`, "v");
      }
      const queued = (buckets as unknown as { redis: { offlineQueue: { length: number } } }).redis.offlineQueue.length;
      assert.equal(queued, 0, "no command waits for a reconnection");
    } finally {
      console.error = consoleError;
      await buckets.close();
      await cache.close();
    }
    assert.equal(logged.filter((line) => /rate limiter cannot reach Redis/.test(line)).length, 1, logged.join("\n"));
  });
});
