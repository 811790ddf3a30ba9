import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { compiledCacheDirectory, readConfig } from "../../src/config";
import { ConfigError } from "../../src/errors/config-error";

test("with no variables set, readConfig gives the defaults npm start uses", () => {
  const config = readConfig({});
  assert.equal(config.port, 4000);
  assert.equal(config.host, "0.0.0.0");
  assert.equal(config.databaseUrl, "sqlite:data/armsgraph.sqlite");
  assert.deepEqual(config.replicaUrls, []);
  assert.equal(config.redisUrl, undefined);
  assert.deepEqual(config.rateLimit, { perSecond: 20, burst: 100 });
  assert.equal(config.readsRequireKey, false);
  assert.equal(config.trustedDocuments, undefined);
  assert.deepEqual(config.corsOrigins, []);
  assert.equal(config.queryStats, false);
  assert.equal(config.requestTimeoutMs, 10_000);
  assert.equal(config.ingestThreads, undefined);
  assert.equal(config.fetchContact, undefined);
  assert.deepEqual([config.production, config.development], [false, false]);
  assert.equal(path.basename(config.corpusDir), "corpus");
});

test("ARMSGRAPH_CACHE_DIR names the compiled knowledge base's directory; unset or empty, the temp directory is used", () => {
  assert.equal(compiledCacheDirectory({ ARMSGRAPH_CACHE_DIR: "/var/cache/armsgraph" }), "/var/cache/armsgraph");
  assert.equal(compiledCacheDirectory({ ARMSGRAPH_CACHE_DIR: "" }), undefined);
  assert.equal(compiledCacheDirectory({}), undefined);
});

test("every variable of the README's table is read", () => {
  const config = readConfig({
    PORT: "8080", HOST: "127.0.0.1", CORPUS_DIR: "/tmp/pages", DATABASE_URL: "postgres://u@db:5432/x",
    DATABASE_REPLICA_URLS: "postgres://r1/x, postgres://r2/x", REDIS_URL: "redis://cache:6379", RATE_LIMIT: "5/10",
    READS_REQUIRE_KEY: "1", TRUSTED_DOCUMENTS: "manifest.json", CORS_ORIGINS: "https://app.example.org", QUERY_STATS: "1",
    INGEST_THREADS: "0", FETCH_CONTACT: "research@example.org", NODE_ENV: "production", REQUEST_TIMEOUT_MS: "2500",
  });
  assert.equal(config.port, 8080);
  assert.equal(config.host, "127.0.0.1");
  assert.equal(config.corpusDir, "/tmp/pages");
  assert.equal(config.databaseUrl, "postgres://u@db:5432/x");
  assert.deepEqual(config.replicaUrls, ["postgres://r1/x", "postgres://r2/x"]);
  assert.equal(config.redisUrl, "redis://cache:6379");
  assert.deepEqual(config.rateLimit, { perSecond: 5, burst: 10, redisUrl: "redis://cache:6379" });
  assert.equal(config.readsRequireKey, true);
  assert.equal(config.trustedDocuments, "manifest.json");
  assert.deepEqual(config.corsOrigins, ["https://app.example.org"]);
  assert.equal(config.queryStats, true);
  assert.equal(config.requestTimeoutMs, 2_500);
  assert.equal(config.ingestThreads, 0);
  assert.equal(config.fetchContact, "research@example.org");
  assert.deepEqual([config.production, config.development], [true, false]);
  assert.equal(readConfig({ NODE_ENV: "development" }).development, true);
});

test("a bad value is a ConfigError naming the variable and what it accepts", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: "eighty" }, /PORT "eighty" is not a port number/],
    [{ RATE_LIMIT: "lots" }, /RATE_LIMIT "lots" is not "off" or PER_SECOND\/BURST/],
    [{ READS_REQUIRE_KEY: "yes" }, /READS_REQUIRE_KEY "yes" is not 1 or 0/],
    [{ QUERY_STATS: "true" }, /QUERY_STATS "true" is not 1 or 0/],
    [{ INGEST_THREADS: "-2" }, /INGEST_THREADS "-2" is not a whole number/],
    [{ CORS_ORIGINS: "localhost:5173" }, /CORS_ORIGINS entry "localhost:5173" is not an origin/],
    [{ REQUEST_TIMEOUT_MS: "10s" }, /REQUEST_TIMEOUT_MS "10s" is not a time budget in milliseconds/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => readConfig(env), (error: unknown) => error instanceof ConfigError && message.test((error as Error).message), JSON.stringify(env));
  }
});
