// `npm run soak`: the expensive hardening checks of issue #15, with figures (docs/hardening.md).
// 1. SOAK_WRITERS (4) `ingest` processes × SOAK_FILES (200) generated files, plus the server's
//    ingestArticle path and SOAK_READERS (8) readers, all started together on a fresh store.
// 2. Redis unreachable: SOAK_REDIS_REQUESTS (300) sequential requests through the rate limiter and APQ cache,
//    then the same without Redis as the baseline.
// SOAK_ENGINE=sqlite|postgres (default sqlite). Needs `npm run build` first.
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
process.env.TEST_ENGINE = process.env.SOAK_ENGINE ?? "sqlite";
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "dist");
const { generateCorpus } = require(`${dist}/src/generator/generate-corpus.js`);
const { openDatabase } = require(`${dist}/src/db/data-source.js`);
const { createApiKey } = require(`${dist}/src/auth/api-keys.js`);
const { createTestDatabase } = require(`${dist}/test/support/test-database.js`);
const { childEnv, runCli, startMainProcess, startHardenedApi, tinyArticle } = require(`${dist}/test/support/real-processes.js`);

const WRITERS = Number(process.env.SOAK_WRITERS ?? 4);
const FILES = Number(process.env.SOAK_FILES ?? 200);
const READERS = Number(process.env.SOAK_READERS ?? 8);
const REDIS_REQUESTS = Number(process.env.SOAK_REDIS_REQUESTS ?? 300);
const engine = process.env.TEST_ENGINE;

async function writers() {
  const database = await createTestDatabase("soak");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-soak-"));
  try {
    const folders = Array.from({ length: WRITERS }, (_, w) => {
      const outDir = path.join(dir, `w${w}`);
      generateCorpus({ articles: FILES, seed: "soak", startIndex: w * FILES, outDir });
      return outDir;
    });
    const started = Date.now();
    const clis = folders.map((folder) => runCli("ingest", [folder], { env: childEnv(database.url), timeoutMs: 3_600_000 }));
    const main = await startMainProcess(database.url);
    const ds = await openDatabase({ url: database.url });
    const key = (await createApiKey(ds, { role: "editor", name: "soak" })).key;
    let running = true;
    const figures = { apiIngests: 0, apiErrors: 0, reads: 0, readErrors: 0, connectionResetsRetried: 0 };
    // A keep-alive socket the server closed as the client reused it is retried once, as HTTP clients do
    // (both operations are idempotent: the same page again is a duplicate, never a copy).
    const post = async (body, auth) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await fetch(main.url, { method: "POST", headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify(body) });
          return { status: r.status, json: await r.json() };
        } catch (error) {
          if (attempt > 0 || error.cause?.code !== "ECONNRESET") return { status: 0, json: { errors: [String(error.cause ?? error)] } };
          figures.connectionResetsRetried++;
        }
      }
    };
    const api = (async () => {
      for (let i = 0; running; i++) {
        const r = await post({ query: `mutation ($t: String!) { ingestArticle(input: { text: $t }) { duplicate } }`, variables: { t: tinyArticle(800_000 + i) } }, true);
        if (r.status === 200 && !r.json.errors) figures.apiIngests++; else figures.apiErrors++;
      }
    })();
    const readers = Array.from({ length: READERS }, async () => {
      while (running) {
        const r = await post({ query: `{ statements(first: 20) { totalCount edges { node { text speaker { name } } } } }` }, false);
        if (r.status === 200 && !r.json.errors) figures.reads++; else figures.readErrors++;
      }
    });
    const runs = await Promise.all(clis);
    running = false;
    await Promise.all([api, ...readers]);
    const seconds = (Date.now() - started) / 1000;
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM articles`);
    const [kb] = await ds.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT "kbId") AS d FROM actors WHERE "kbId" IS NOT NULL`);
    const failedWriters = runs.filter((r) => r.code !== 0).length;
    const locked = runs.some((r) => /database is locked|SQLITE_BUSY|deadlock/i.test(r.stdout + r.stderr)) || /database is locked|SQLITE_BUSY|deadlock/i.test(main.output());
    main.kill("SIGTERM");
    await main.exited;
    await ds.destroy();
    console.log(JSON.stringify({
      check: "concurrent writers", engine, writers: WRITERS, filesEach: FILES, seconds: Math.round(seconds), failedWriters,
      filesStored: Number(n) - figures.apiIngests, filesExpected: WRITERS * FILES, ...figures,
      kbDuplicates: Number(kb.n) - Number(kb.d), lockedOrDeadlock: locked,
      writerSummaries: runs.map((r) => r.stdout.trim().split("\n").pop()),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

/** Sequential requests with the rate limiter and APQ cache on `redisUrl` (unreachable), or in memory (the baseline). */
async function redisDown(redisUrl) {
  const api = await startHardenedApi({ seed: false, rateLimit: { perSecond: 1000, burst: 1000, redisUrl }, redisUrl });
  const consoleError = console.error;
  let logLines = 0;
  console.error = () => void logLines++;
  try {
    const times = [];
    let failures = 0;
    const started = Date.now();
    for (let i = 0; i < REDIS_REQUESTS; i++) {
      const t = Date.now();
      const r = await api.graphql(`{ __typename }`);
      if (r.status !== 200) failures++;
      times.push(Date.now() - t);
    }
    console.log(JSON.stringify({ check: redisUrl ? "Redis unreachable" : "no Redis (baseline)", engine, requests: REDIS_REQUESTS, failures, totalMs: Date.now() - started, first10Ms: times.slice(0, 10), maxMs: Math.max(...times), logLines }));
  } finally {
    console.error = consoleError;
    await api.close();
  }
}

await writers();
await redisDown("redis://127.0.0.1:1");
await redisDown(undefined);
