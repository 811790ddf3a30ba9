// `npm run soak`: the expensive hardening checks of issue #15, with figures (docs/hardening.md).
// 1. SOAK_WRITERS (4) `ingest` processes × SOAK_FILES (200) generated files, plus the server's
//    ingestArticle path and SOAK_READERS (8) readers, all started together on a fresh store.
// 2. Redis unreachable: SOAK_REDIS_REQUESTS (300) sequential requests through the rate limiter and APQ cache,
//    then the same without Redis as the baseline.
// 3. Trusted documents: an ad-hoc document nested 800 and 1,200 deep against a server with TRUSTED_DOCUMENTS.
// 4. The request budget (REQUEST_TIMEOUT_MS at its default, 10 s) on a store of SOAK_BUDGET_ARTICLES (300)
//    generated articles: an ingestArticle whose extraction runs past it, a query waiting on a lock past it
//    (PostgreSQL), names and searches at their length and word limits.
// 5. A page of SOAK_QUOTES (500) quotes of one speaker stored three times (linking each report to the earlier
//    reports of its speaker runs on the server's thread).
// 6. What the budget costs: SOAK_FEED_REQUESTS (600) feed requests against two servers on one store, budget on
//    and off (PostgreSQL: statement_timeout on the connections), in alternating rounds; server CPU per request.
//    SOAK_COST_AA=1 gives both the budget, to size the noise.
// Every check samples GET /health every 50 ms while it runs and prints the slowest answer.
// SOAK_ENGINE=sqlite|postgres (default sqlite). Needs `npm run build` first. SOAK_ONLY=writers,redis,trusted,budget,quotes,cost runs some.
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
const BUDGET_ARTICLES = Number(process.env.SOAK_BUDGET_ARTICLES ?? 300);
const QUOTES = Number(process.env.SOAK_QUOTES ?? 500);
const FEED_REQUESTS = Number(process.env.SOAK_FEED_REQUESTS ?? 600);
const ONLY = (process.env.SOAK_ONLY ?? "writers,redis,trusted,budget,quotes,cost").split(",");
const engine = process.env.TEST_ENGINE;
const { Client } = require("pg");

/** Asks `origin`/health every 50 ms (each answer awaited, 60 s at most) until stopped; the slowest answer says how long the server's thread was held. */
function healthSampler(origin) {
  let running = true;
  const latencies = [];
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      try {
        const r = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(60_000) });
        await r.text();
        if (r.status !== 200) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { healthChecks: latencies.length, healthFailures: failures, healthMaxMs: Math.round(Math.max(0, ...latencies)) };
  };
}

/** POSTs a GraphQL request (120 s at most) and times it. */
async function graphql(url, query, variables, key) {
  const t = performance.now();
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(120_000),
  });
  const json = await r.json();
  return { status: r.status, ms: Math.round(performance.now() - t), code: json.errors?.[0]?.extensions?.code ?? null, json };
}

/** `work` with /health sampled meanwhile: the request's figures and the slowest /health answer. */
async function withHealth(origin, work) {
  const stop = healthSampler(origin);
  try {
    const result = await work();
    return { ...result, ...(await stop()) };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function count(ds, table) {
  const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(n);
}

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

/** Ad-hoc documents nested `depth` deep sent to a server that answers only its trusted documents: refused, and how fast. */
async function trustedDepth() {
  const database = await createTestDatabase("soak", { migrated: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-soak-"));
  const manifest = path.join(dir, "persisted-documents.json");
  const feed = "query Feed { statements(first: 5) { edges { node { text } } } }";
  fs.writeFileSync(manifest, JSON.stringify({ [`sha256:${(await import("node:crypto")).createHash("sha256").update(feed).digest("hex")}`]: feed }));
  const main = await startMainProcess(database.url, { TRUSTED_DOCUMENTS: manifest });
  try {
    for (const depth of [800, 1200]) {
      const query = `{ ${"statements(first: 1) { edges { node { speaker { ".repeat(depth / 4)}name${" } } } }".repeat(depth / 4)} }`;
      const r = await withHealth(main.origin, () => graphql(main.url, query));
      console.log(JSON.stringify({ check: "trusted documents, ad-hoc nested document", engine, depth, bytes: query.length, status: r.status, code: r.code, ms: r.ms, healthMaxMs: r.healthMaxMs, healthFailures: r.healthFailures }));
    }
  } finally {
    main.kill("SIGKILL");
    await main.exited;
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

/** The request budget at its default (10 s) on a store of generated articles. */
async function budget() {
  const database = await createTestDatabase("soak", { migrated: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-soak-"));
  let main;
  let ds;
  try {
    generateCorpus({ articles: BUDGET_ARTICLES, seed: "soak-budget", outDir: dir });
    const load = await runCli("ingest", [dir], { env: childEnv(database.url), timeoutMs: 3_600_000 });
    if (load.code !== 0) throw new Error(`ingest failed: ${load.stderr}`);
    main = await startMainProcess(database.url, { REQUEST_TIMEOUT_MS: "" });
    ds = await openDatabase({ url: database.url });
    const key = (await createApiKey(ds, { role: "editor", name: "soak" })).key;
    const articles = await count(ds, "articles");
    const ingest = `mutation ($t: String!) { ingestArticle(input: { text: $t }) { duplicate } }`;

    const slow = await withHealth(main.origin, () => graphql(main.url, ingest, { t: 'Putin said "we will win" and '.repeat(2_000) }, key));
    console.log(JSON.stringify({ check: "budget: ingestArticle extracting past 10 s", engine, status: slow.status, code: slow.code, ms: slow.ms, stored: (await count(ds, "articles")) - articles, healthMaxMs: slow.healthMaxMs, healthFailures: slow.healthFailures }));

    if (engine === "postgres") {
      const locker = new Client({ connectionString: database.url });
      await locker.connect();
      try {
        await locker.query("BEGIN");
        await locker.query("LOCK TABLE statements IN ACCESS EXCLUSIVE MODE");
        const r = await withHealth(main.origin, () => graphql(main.url, `{ statements(first: 20) { totalCount edges { node { text } } } }`));
        let waitersLeftMs = null;
        const t = performance.now();
        for (let i = 0; i < 300; i++) {
          const { rows } = await locker.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
          if (Number(rows[0].n) === 0) {
            waitersLeftMs = Math.round(performance.now() - t);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        console.log(JSON.stringify({ check: "budget: feed query waiting on a lock", engine, status: r.status, code: r.code, ms: r.ms, blockedStatementGoneAfterAnswerMs: waitersLeftMs, healthMaxMs: r.healthMaxMs }));
      } finally {
        await locker.query("ROLLBACK").catch(() => undefined);
        await locker.end();
      }
    }

    const name = `${"Aliyevaaaaaaaaa".padEnd(16, "a")} `.repeat(11) + "Aliyevaaaaaaa";
    const search = `${"Aliyevaaaaaaaaa"} `.repeat(31) + "arms";
    const limits = [
      ["speakerName, 12 words / 200 characters", `query ($v: String) { statements(first: 20, filter: { speakerName: $v }) { totalCount edges { node { text } } } }`, name],
      ["speakerName, 12 one-letter words", `query ($v: String) { statements(first: 20, filter: { speakerName: $v }) { totalCount edges { node { text } } } }`, "a ".repeat(12).trim()],
      ["actors name, 12 Cyrillic words", `query ($v: String) { actors(first: 20, filter: { name: $v }) { totalCount edges { node { name } } } }`, "Алиевым ".repeat(12).trim()],
      ["search, 32 words / 500 characters", `query ($v: String!) { search(query: $v, first: 20) { edges { node { type } } } }`, search],
      ["search, 32 one-letter words", `query ($v: String!) { search(query: $v, first: 20) { edges { node { type } } } }`, "a ".repeat(32).trim()],
    ];
    for (const [label, query, v] of limits) {
      const r = await withHealth(main.origin, () => graphql(main.url, query, { v }));
      console.log(JSON.stringify({ check: `budget: ${label}`, engine, articles, status: r.status, code: r.code, ms: r.ms, healthMaxMs: r.healthMaxMs }));
    }

  } finally {
    main?.kill("SIGKILL");
    await main?.exited;
    await ds?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

/**
 * A page of SOAK_QUOTES quotes of one speaker, stored three times (other words each time) under the default
 * budget: each time its reports are compared with every earlier report of the speaker, on the server's thread.
 */
async function quotes() {
  const database = await createTestDatabase("soak", { migrated: true });
  const main = await startMainProcess(database.url, { REQUEST_TIMEOUT_MS: "" });
  const ds = await openDatabase({ url: database.url });
  try {
    const key = (await createApiKey(ds, { role: "editor", name: "soak" })).key;
    const ingest = `mutation ($t: String!) { ingestArticle(input: { text: $t }) { duplicate } }`;
    const page = (round) => `Aliyev interview\n\nBAKU, March 3, 2024 - Azerbaijan and Russia discussed deliveries.\n\n${Array.from({ length: QUOTES }, (_, i) =>
      `“We will buy ${i} more systems from factory ${i * 7} in round ${round},” President Ilham Aliyev said at meeting ${i} in Baku.`).join("\n\n")}`;
    for (const round of [1, 2, 3]) {
      const r = await withHealth(main.origin, () => graphql(main.url, ingest, { t: page(round) }, key));
      console.log(JSON.stringify({ check: `a page of ${QUOTES} quotes of one speaker, ingest ${round}`, engine, status: r.status, code: r.code, ms: r.ms, articles: await count(ds, "articles"), healthMaxMs: r.healthMaxMs, healthFailures: r.healthFailures }));
    }
  } finally {
    main.kill("SIGKILL");
    await main.exited;
    await ds.destroy();
    await database.drop();
  }
}

/** Feed requests against two servers on one store, the budget on (default) and off: server CPU per request. */
async function budgetCost() {
  const database = await createTestDatabase("soak", { migrated: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-soak-"));
  const servers = {};
  try {
    generateCorpus({ articles: 100, seed: "soak-cost", outDir: dir });
    const load = await runCli("ingest", [dir], { env: childEnv(database.url), timeoutMs: 3_600_000 });
    if (load.code !== 0) throw new Error(`ingest failed: ${load.stderr}`);
    servers.on = await startMainProcess(database.url, { REQUEST_TIMEOUT_MS: "" });
    // SOAK_COST_AA=1 gives both servers the budget: the gap between two identical servers is this machine's noise.
    servers.off = await startMainProcess(database.url, { REQUEST_TIMEOUT_MS: process.env.SOAK_COST_AA ? "" : "0" });
    const query = `{ statements(first: 20) { totalCount edges { node { text speaker { name } article { title } } } } }`;
    const figures = { on: { cpuMs: 0, wallMs: 0, requests: 0, errors: 0 }, off: { cpuMs: 0, wallMs: 0, requests: 0, errors: 0 } };
    for (const side of ["on", "off"]) for (let i = 0; i < 20; i++) await graphql(servers[side].url, query);
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 ? ["off", "on"] : ["on", "off"]) {
        const server = servers[side];
        const cpu = cpuMs(server.pid);
        const t = performance.now();
        for (let i = 0; i < FEED_REQUESTS / rounds; i++) {
          const r = await graphql(server.url, query);
          if (r.status !== 200 || r.json.errors) figures[side].errors++;
          figures[side].requests++;
        }
        figures[side].wallMs += performance.now() - t;
        figures[side].cpuMs += cpuMs(server.pid) - cpu;
      }
    }
    const per = (side) => ({ requests: figures[side].requests, errors: figures[side].errors, serverCpuMsPerRequest: +(figures[side].cpuMs / figures[side].requests).toFixed(2), wallMsPerRequest: +(figures[side].wallMs / figures[side].requests).toFixed(2) });
    console.log(JSON.stringify({ check: `budget cost: feed requests, budget on (10 s) vs ${process.env.SOAK_COST_AA ? "on (A/A)" : "off"}`, engine, on: per("on"), off: per("off"), cpuRatioOnOff: +(figures.on.cpuMs / figures.off.cpuMs).toFixed(3) }));
  } finally {
    for (const server of Object.values(servers)) {
      server.kill("SIGKILL");
      await server.exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

console.log(JSON.stringify({ soak: new Date().toISOString(), engine, loadAverage: os.loadavg().map((l) => +l.toFixed(2)), cores: os.availableParallelism() }));
if (ONLY.includes("writers")) await writers();
if (ONLY.includes("redis")) {
  await redisDown("redis://127.0.0.1:1");
  await redisDown(undefined);
}
if (ONLY.includes("trusted")) await trustedDepth();
if (ONLY.includes("budget")) await budget();
if (ONLY.includes("quotes")) await quotes();
if (ONLY.includes("cost")) await budgetCost();
console.log(JSON.stringify({ soakEnd: new Date().toISOString(), loadAverage: os.loadavg().map((l) => +l.toFixed(2)) }));
