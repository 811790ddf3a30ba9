#!/usr/bin/env node
// armsgraph benchmark: ingestion throughput, three API operations against a hand-written floor and
// PostGraphile v5, full-text search latency over 100,000 statements, memory and start-up time,
// on SQLite and on PostgreSQL. Prints a table and writes bench/results/<time>-<N>.json.
//
//   npm run build && npm install --prefix bench && npm run bench -- [--articles 10000] [--engines sqlite,postgres]
//     [--duration 10] [--connections 16] [--seed bench] [--cpu-prof] [--keep]
//     [--postgres-load copy|full] [--postgres-sample 1000]
//   npm run bench -- --quick     # 1,000 articles, 3 s loads, search over 20,000 statements (about 2 minutes)
//
// With both engines and --postgres-load copy (the default), PostgreSQL is filled with npm run copy
// from the SQLite store, and its ingestion rate is measured on --postgres-sample further articles
// ingested through the pipeline into the filled store (a full second ingestion takes too long on a
// shared 2-core machine).
//
// PostgreSQL: a fresh database is created (and dropped) on BENCH_POSTGRES_URL, TEST_POSTGRES_URL or
// postgres://postgres@127.0.0.1:5432/test.
import { spawn } from "node:child_process";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { ACTOR, DEALS, FEED } from "./lib/operations.mjs";
import { serverNodeOptions } from "./lib/server-node-options.mjs";

const require = createRequire(import.meta.url);
const benchDir = path.dirname(new URL(import.meta.url).pathname);
const { root, dist } = require("./lib/paths.cjs");
const rootRequire = createRequire(path.join(root, "package.json"));

// Defaults of a full run, and of --quick (a smaller corpus and shorter loads, for everyday use:
// about two minutes on the shared 2-core machine); an option given on the command line wins over both.
const FULL = { articles: "10000", duration: "10", connections: "16", "search-statements": "100000", "postgres-sample": "1000" };
const QUICK = { articles: "1000", duration: "3", connections: "16", "search-statements": "20000", "postgres-sample": "200" };
const { values: given } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    articles: { type: "string" },
    engines: { type: "string", default: "sqlite,postgres" },
    duration: { type: "string" },
    connections: { type: "string" },
    seed: { type: "string", default: "bench" },
    "search-statements": { type: "string" },
    "cpu-prof": { type: "boolean", default: false },
    // How PostgreSQL gets its data: "copy" (npm run copy from the SQLite store just benchmarked, then
    // a measured ingestion of --postgres-sample more articles into the filled store) or "full".
    "postgres-load": { type: "string", default: "copy" },
    "postgres-sample": { type: "string" },
    // An SQLite store already filled with this corpus (e.g. kept by --keep): skips the SQLite ingestion.
    "sqlite-store": { type: "string" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
const opts = { ...(given.quick ? QUICK : FULL), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
if (opts.help) {
  const text = fs.readFileSync(new URL(import.meta.url), "utf8").split("\n");
  const header = text.slice(1, text.findIndex((l, i) => i > 0 && !l.startsWith("//")));
  console.log(header.map((l) => l.slice(3)).join("\n"));
  process.exit(0);
}
const N = Number(opts.articles);
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const SEARCH_STATEMENTS = Number(opts["search-statements"]);
const engines = opts.engines.split(",").map((s) => s.trim()).filter(Boolean);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const cacheDir = path.join(benchDir, ".cache");
const resultsDir = path.join(benchDir, "results");
const profileDir = path.join(resultsDir, "profiles");

for (const f of ["src/server/create-server.js", "src/generator/generate-corpus.js", "src/extract/pipeline.js"]) {
  if (!fs.existsSync(path.join(dist, f))) {
    console.error(`bench: ${path.join(dist, f)} is missing: run "npm run build" in ${root} first.`);
    process.exit(1);
  }
}

const log = (...a) => console.error("bench:", ...a);
const children = new Set();
process.on("exit", () => { for (const c of children) c.kill("SIGKILL"); });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));

// ---------------------------------------------------------------- processes

/** Spawns a node script and resolves with the first JSON line it prints on stdout (plus the process and the start-up time). */
function startProcess(args, env = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let stderr = "";
  child.on("exit", (code, signal) => {
    children.delete(child);
    // A server that dies under load says why here, not only as refused connections later.
    if (!child.stopping && code !== 0) log(`${path.basename(args[args.length - 1])} exited (${signal ?? code}): ${stderr.slice(-3000)}`);
  });
  child.stderr.on("data", (d) => { stderr += d; if (stderr.length > 20000) stderr = stderr.slice(-10000); });
  return new Promise((resolve, reject) => {
    let buf = "";
    child.stdout.on("data", (d) => {
      buf += d;
      const line = buf.split("\n").find((l) => l.startsWith("{"));
      if (line) {
        const msg = JSON.parse(line);
        resolve({ child, msg, startupMs: performance.now() - started, stderr: () => stderr });
      }
    });
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${stderr.slice(-3000)}`)));
  });
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.stopping = true;
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => { clearTimeout(timer); resolve(); });
    child.kill("SIGTERM");
  });
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch { return null; }
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch { return null; }
}

/** Samples a process's resident memory until stopped; returns the maximum in MB. */
function sampleRss(pid) {
  let max = rssMb(pid) ?? 0;
  const timer = setInterval(() => { max = Math.max(max, rssMb(pid) ?? 0); }, 200);
  return () => { clearInterval(timer); return Math.max(max, rssMb(pid) ?? 0); };
}

// ---------------------------------------------------------------- load

/**
 * Runs autocannon against a request. With `pids`, also reports the CPU those processes spent per
 * request: a figure that holds on a machine shared with other work, where req/s does not.
 */
async function load(request, { connections = CONNECTIONS, duration = DURATION, pids = [] } = {}) {
  const cpuBefore = pids.map(cpuMs);
  const result = await autocannon({ ...request, connections, duration, timeout: 30 });
  const cpu = pids.reduce((sum, pid, i) => sum + ((cpuMs(pid) ?? 0) - (cpuBefore[i] ?? 0)), 0);
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, bad,
    cpuMsPerRequest: pids.length && result.requests.total ? cpu / result.requests.total : null };
}

/** The PostgreSQL server processes serving a database (backends), for CPU accounting. */
async function backendPids(url) {
  if (!url.startsWith("postgres")) return [];
  const db = await openDriver(adminUrl);
  try {
    const rows = await db.all(`SELECT pid FROM pg_stat_activity WHERE datname = '${new URL(url).pathname.slice(1)}'`);
    return rows.map((r) => r.pid);
  } finally { await db.close(); }
}

const gqlRequest = (url, query, variables) => ({ url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });

async function post(url, query, variables) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors) throw new Error(`GraphQL errors from ${url}: ${JSON.stringify(json.errors).slice(0, 1000)}`);
  return json;
}

// ---------------------------------------------------------------- the operations

const SEARCH = `query Search($q: String!) { search(query: $q, first: 20, types: [STATEMENT]) { edges { node { score snippet
  ... on StatementHit { node { id text speaker { name } } } } } } }`;
const SEARCH_WORDS = ["Aliyev", "tanks", "air defence", "Шойгу", "поставки", "contract", "переговоры", "Baku", "модернизация", "helicopters", "Putin", "обязательства"];
// PostGraphile v5 (amber preset) names: the primary key `id` becomes `rowId`, foreign keys become `actorBySpeakerId` etc.
const PG_FEED = `{ allStatements(first: 50, orderBy: [SAID_ON_DESC, PRIMARY_KEY_DESC]) { nodes { rowId text kind saidOn saidOnPrecision language confidence
  actorBySpeakerId { rowId name kind } actorByViaId { rowId name } articleByArticleId { rowId title url publishedAt actorByOutletId { rowId name } } } } }`;

// ---------------------------------------------------------------- database helpers

async function openDriver(url) {
  if (url.startsWith("postgres")) {
    const { Client } = rootRequire("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    return { all: async (sql) => (await client.query(sql)).rows, exec: (sql) => client.query(sql), close: () => client.end() };
  }
  const Database = rootRequire("better-sqlite3");
  const db = new Database(url.replace(/^sqlite:/, ""));
  return { all: async (sql) => db.prepare(sql).all(), exec: async (sql) => db.exec(sql), close: async () => db.close() };
}

async function createDatabase(engine) {
  if (engine === "sqlite" && opts["sqlite-store"]) {
    return { url: `sqlite:${path.resolve(opts["sqlite-store"])}`, reused: true, drop: async () => {} };
  }
  if (engine === "sqlite") {
    fs.mkdirSync(cacheDir, { recursive: true });
    const file = path.join(cacheDir, `bench-${N}.sqlite`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    return { url: `sqlite:${file}`, drop: async () => { if (!opts.keep) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true }); } };
  }
  const name = `armsgraph_bench_${process.pid}`;
  const admin = await openDriver(adminUrl);
  await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.exec(`CREATE DATABASE "${name}"`);
  await admin.close();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      if (opts.keep) return;
      const a = await openDriver(adminUrl);
      await a.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.close();
    },
  };
}

/** Removes the statements topUpStatements added (the SQLite store is copied into PostgreSQL afterwards). */
async function removeTopUp(url, maxOriginalId) {
  const db = await openDriver(url);
  try {
    await db.exec(`DELETE FROM statements WHERE id > ${maxOriginalId}`);
  } finally {
    await db.close();
  }
}

/** Copies statements (same article, speaker, text with a suffix) until there are `target` of them, for the search benchmark. */
async function topUpStatements(url, target) {
  const db = await openDriver(url);
  try {
    const count = async () => Number((await db.all(`SELECT COUNT(*) AS n FROM statements`))[0].n);
    let n = await count();
    const original = n;
    const maxOriginalId = Number((await db.all(`SELECT MAX(id) AS m FROM statements`))[0].m ?? 0);
    const cols = `"articleId", "kind", "speakerId", "speakerLabel", "viaId", "saidOn", "saidOnPrecision", "language", "startOffset", "endOffset", "confidence", "reviewed"`;
    let round = 1;
    // Copies in id ranges of 5,000 rows: one INSERT … SELECT of tens of thousands of rows into the
    // same table (with its FTS5 triggers) ran for minutes on SQLite.
    while (n < target && original > 0) {
      const take = Math.min(5000, target - n);
      const from = ((round - 1) * 5000) % maxOriginalId;
      await db.exec(`INSERT INTO statements ("text", ${cols}) SELECT "text" || ' (' || ${round} || ')', ${cols} FROM statements WHERE id > ${from} AND id <= ${Math.min(from + take, maxOriginalId)}`);
      const now = await count();
      if (now === n) break;
      n = now;
      round++;
    }
    if (url.startsWith("postgres")) await db.exec("ANALYZE");
    return { original, total: n, maxOriginalId };
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------- one engine

async function benchEngine(engine, corpusDir) {
  const out = { engine };
  const db = await createDatabase(engine);
  const profEnv = (name) => (opts["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", profileDir, "--cpu-prof-name", `${engine}-${name}-${N}.cpuprofile`] : []);
  try {
    const ingestDir = (dir) => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...profEnv("ingest"), path.join(benchDir, "lib/ingest-worker.cjs"), db.url, dir], { stdio: ["ignore", "pipe", "inherit"] });
      children.add(child);
      let buf = "";
      child.stdout.on("data", (d) => (buf += d));
      child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(buf.trim().split("\n").pop())) : reject(new Error(`ingest worker exited with ${code}`))));
    });
    let ingest;
    if (engine === "postgres" && sqliteStore && opts["postgres-load"] === "copy") {
      log(`${engine}: copying the SQLite store into PostgreSQL (npm run copy)…`);
      const { copyDatabase } = require(path.join(dist, "src/cli/copy.js"));
      const copy = await copyDatabase({ from: sqliteStore, to: db.url, batchSize: 1000 });
      out.copy = { rows: copy.totalRows, seconds: copy.seconds, rowsPerSecond: copy.totalRows / copy.seconds };
      const sample = Number(opts["postgres-sample"]);
      log(`${engine}: ${copy.totalRows} rows copied in ${copy.seconds.toFixed(1)} s; ingesting ${sample} more articles through the pipeline…`);
      ingest = await ingestDir(extraCorpus(sample));
      ingest.note = `${sample} articles ingested into a store already holding the ${N} copied ones`;
    } else if (db.reused) {
      log(`${engine}: reusing ${db.url} (no ingestion measured)`);
      ingest = { added: 0, failed: 0, articlesPerSecond: NaN, reused: db.url };
    } else {
      log(`${engine}: ingesting ${N} articles through the pipeline…`);
      ingest = await ingestDir(corpusDir);
    }
    out.ingest = ingest;
    if (ingest.cpuSeconds) ingest.articlesPerCpuSecond = ingest.added / ingest.cpuSeconds;
    log(`${engine}: ${ingest.added} added, ${ingest.failed} failed, ${ingest.articlesPerSecond.toFixed(1)} articles/s`);

    const driver = await openDriver(db.url);
    const [counts] = await driver.all(`SELECT (SELECT COUNT(*) FROM statements) AS statements, (SELECT COUNT("speakerId") FROM statements) AS resolved,
      (SELECT COUNT(*) FROM deals) AS deals, (SELECT COUNT(*) FROM deal_evidence) AS evidence, (SELECT COUNT(*) FROM articles) AS articles`);
    const [top] = await driver.all(`SELECT "speakerId" AS id, COUNT(*) AS n FROM statements WHERE "speakerId" IS NOT NULL GROUP BY "speakerId" ORDER BY n DESC, "speakerId" LIMIT 1`);
    await driver.close();
    out.data = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));
    const actorId = String(top?.id ?? 1);
    out.data.actorId = actorId;
    out.data.actorStatements = Number(top?.n ?? 0);

    // armsgraph server
    const started = await startProcess([...serverNodeOptions(root), ...profEnv("server"), path.join(benchDir, "lib/serve-armsgraph.cjs")], { DATABASE_URL: db.url, NODE_ENV: "production", RATE_LIMIT: "off" });
    const ag = { child: started.child, url: started.msg.url };
    // SQL statements per request are read from a second server with QUERY_STATS=1: counting costs
    // time on every await, so the server under load runs as in production, without it.
    const counting = await startProcess([...serverNodeOptions(root), path.join(benchDir, "lib/serve-armsgraph.cjs")], { DATABASE_URL: db.url, QUERY_STATS: "1", NODE_ENV: "production", RATE_LIMIT: "off" });
    const countingUrl = counting.msg.url;
    out.startupMs = started.startupMs;
    out.rssIdleMb = rssMb(ag.child.pid);
    const floorStarted = await startProcess([path.join(benchDir, "lib/serve-floor.cjs")], { DATABASE_URL: db.url });
    const floorUrl = floorStarted.msg.url;

    const ops = [
      { name: "statement feed", gql: () => gqlRequest(ag.url, FEED), once: (url = ag.url) => post(url, FEED), floorPath: "/feed" },
      { name: "actor page", gql: () => gqlRequest(ag.url, ACTOR, { id: actorId }), once: (url = ag.url) => post(url, ACTOR, { id: actorId }), floorPath: `/actor?id=${actorId}` },
      { name: "deal list", gql: () => gqlRequest(ag.url, DEALS), once: (url = ag.url) => post(url, DEALS), floorPath: "/deals" },
    ];
    out.operations = [];
    let rssMax = 0;
    for (const op of ops) {
      const first = await op.once(countingUrl);
      const floorJson = await (await fetch(floorUrl + op.floorPath)).json();
      const sameJson = isDeepStrictEqual(first.data, floorJson.data);
      if (!sameJson) {
        fs.mkdirSync(resultsDir, { recursive: true });
        fs.writeFileSync(path.join(resultsDir, `mismatch-${engine}-${op.floorPath.replace(/\W+/g, "")}.json`), JSON.stringify({ armsgraph: first.data, floor: floorJson.data }, null, 1));
        log(`${engine}/${op.name}: floor JSON differs from armsgraph (see results/mismatch-*.json)`);
      }
      for (let i = 0; i < 20; i++) { await op.once(); await fetch(floorUrl + op.floorPath).then((r) => r.arrayBuffer()); }
      log(`${engine}/${op.name}: armsgraph under load…`);
      const stopRss = sampleRss(ag.child.pid);
      const a = await load(op.gql(), { pids: [ag.child.pid] });
      a.dbCpuNote = engine === "postgres" ? "server process only; PostgreSQL backends not included" : undefined;
      rssMax = Math.max(rssMax, stopRss());
      log(`${engine}/${op.name}: floor under load…`);
      const f = await load({ url: floorUrl + op.floorPath }, { pids: [floorStarted.child.pid] });
      out.operations.push({ name: op.name, sqlPerRequest: first.extensions?.sql?.count ?? null, sqlMs: first.extensions?.sql?.ms ?? null, sameJsonAsFloor: sameJson,
        items: JSON.stringify(first.data).length, armsgraph: a, floor: f, ratioToFloor: a.rps / f.rps });
    }
    await stopProcess(floorStarted.child);

    // PostGraphile v5 on the same PostgreSQL schema (statement feed)
    if (engine === "postgres") {
      try {
        const pgl = await startProcess([path.join(benchDir, "lib/serve-postgraphile.mjs")], { DATABASE_URL: db.url });
        try {
          const json = await post(pgl.msg.url, PG_FEED);
          const nodes = json.data.allStatements.nodes.length;
          for (let i = 0; i < 20; i++) await post(pgl.msg.url, PG_FEED);
          log(`${engine}/statement feed: PostGraphile under load…`);
          const stopPglRss = sampleRss(pgl.child.pid);
          const r = await load(gqlRequest(pgl.msg.url, PG_FEED), { pids: [pgl.child.pid] });
          const feed = out.operations[0];
          out.postgraphile = { startupMs: pgl.startupMs, nodes, ...r, rssMaxMb: stopPglRss(), ratio: feed.armsgraph.rps / r.rps };
        } finally {
          await stopProcess(pgl.child);
        }
      } catch (error) {
        out.postgraphile = { error: String(error.message).slice(0, 2000) };
        log(`PostGraphile failed: ${out.postgraphile.error}`);
      }
    }

    // Full-text search over SEARCH_STATEMENTS statements
    log(`${engine}: topping statements up to ${SEARCH_STATEMENTS} for search…`);
    const topped = await topUpStatements(db.url, SEARCH_STATEMENTS);
    let i = 0;
    await post(ag.url, SEARCH, { q: "Aliyev" });
    for (const w of SEARCH_WORDS) await post(ag.url, SEARCH, { q: w });
    const stopRss = sampleRss(ag.child.pid);
    // CPU per query of the server and, on PostgreSQL, of the database's backends: the search's own
    // cost, which holds on a busy machine where its latency does not.
    const searchOne = await load({
      ...gqlRequest(ag.url, SEARCH, { q: "x" }),
      setupClient: undefined,
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: SEARCH, variables: { q: SEARCH_WORDS[i++ % SEARCH_WORDS.length] } }) }) }],
    }, { connections: 1, duration: Math.max(3, Math.round(DURATION / 2)), pids: [ag.child.pid, ...(await backendPids(db.url))] });
    rssMax = Math.max(rssMax, stopRss());
    // Each word alone, sequentially: latency depends on how many rows the words match (the synthetic
    // corpus has a small vocabulary, so common words match thousands of statements).
    const perWord = [];
    for (const w of SEARCH_WORDS) {
      const times = [];
      let hits = 0;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const r = await post(ag.url, SEARCH, { q: w });
        times.push(performance.now() - t0);
        hits = r.data.search.edges.length;
      }
      times.sort((x, y) => x - y);
      perWord.push({ query: w, medianMs: Math.round(times[2] * 10) / 10, hits });
    }
    const sample = await post(countingUrl, SEARCH, { q: "Aliyev" });
    out.search = { statements: topped.total, copiedForSearch: topped.total - topped.original, ...searchOne, sqlPerRequest: sample.extensions?.sql?.count ?? null,
      hits: sample.data.search.edges.length, perWord, kind: "full-text (search field: FTS5 on SQLite, tsvector+GIN on PostgreSQL)" };
    out.rssMaxMb = rssMax;
    await stopProcess(ag.child);
    await stopProcess(counting.child);
    await removeTopUp(db.url, topped.maxOriginalId);
  } finally {
    for (const c of [...children]) await stopProcess(c);
    if (engine === "sqlite" && engines.includes("postgres") && opts["postgres-load"] === "copy") {
      // Kept until PostgreSQL has been filled from it, then removed (unless --keep).
      sqliteStore = db.url;
      sqliteDrop = db.drop;
    } else {
      await db.drop();
    }
  }
  return out;
}

let sqliteStore = null;
let sqliteDrop = null;

/** `count` more articles of the same corpus (numbers N, N+1, …), for an ingestion sample into a filled store. */
function extraCorpus(count) {
  const dir = path.join(cacheDir, `corpus-${N}-${opts.seed}-extra-${count}`);
  const manifest = path.join(dir, "manifest.json");
  if (fs.existsSync(manifest) && Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).articles).length === count) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const { generateCorpus } = require(path.join(dist, "src/generator/generate-corpus.js"));
  generateCorpus({ articles: count, seed: opts.seed, outDir: dir, startIndex: N });
  return dir;
}

// ---------------------------------------------------------------- main

function corpus() {
  const dir = path.join(cacheDir, `corpus-${N}-${opts.seed}`);
  const manifest = path.join(dir, "manifest.json");
  if (fs.existsSync(manifest) && Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).articles).length === N) return { dir, generatedNow: false };
  fs.rmSync(dir, { recursive: true, force: true });
  const { generateCorpus } = require(path.join(dist, "src/generator/generate-corpus.js"));
  log(`generating ${N} articles (seed "${opts.seed}")…`);
  const s = generateCorpus({ articles: N, seed: opts.seed, outDir: dir });
  log(`corpus: ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB, cast from the ${s.castSource}`);
  return { dir, generatedNow: true };
}

const f1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? "—" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? "—" : x.toFixed(2));

function table(results) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(" | ")} |`);
  row("engine", "measure", "armsgraph", "floor", "ratio", "PostGraphile", "ratio", "SQL/req", "target");
  row(...Array(9).fill("---"));
  for (const r of results) {
    row(r.engine, `ingestion (articles/s wall${r.ingest.note ? `, ${r.ingest.added} more into the copied store` : ""})`, f1(r.ingest.articlesPerSecond), "", "", "", "", "", r.engine === "sqlite" ? "≥ 250" : "≥ 150");
    if (r.copy) row(r.engine, "npm run copy from SQLite (rows/s)", f1(r.copy.rowsPerSecond), "", "", "", "", "", "");
    row(r.engine, "ingestion (articles per CPU-second of the worker)", f1(r.ingest.articlesPerCpuSecond), "", "", "", "", "", "");
    row(r.engine, "ingestion (articles per CPU-second of its busiest thread: the rate with a core per thread)", f1(r.ingest.articlesPerBusiestThreadCpuSecond), "", "", "", "", "", "");
    for (const op of r.operations) {
      const isFeed = op.name === "statement feed";
      const pg = isFeed && r.postgraphile && !r.postgraphile.error ? r.postgraphile : null;
      row(r.engine, `${op.name}: req/s`, f1(op.armsgraph.rps), f1(op.floor.rps), f2(op.ratioToFloor), pg ? f1(pg.rps) : isFeed && r.postgraphile?.error ? "failed" : "", pg ? f2(pg.ratio) : "",
        String(op.sqlPerRequest ?? "—"), isFeed ? "≥ 0.5× floor, ≥ 1.2× PostGraphile" : "≥ 0.5× floor");
      row(r.engine, `${op.name}: server CPU ms/req`, f2(op.armsgraph.cpuMsPerRequest), f2(op.floor.cpuMsPerRequest), f2(op.armsgraph.cpuMsPerRequest / op.floor.cpuMsPerRequest), pg ? f2(pg.cpuMsPerRequest) : "", pg ? f2(pg.cpuMsPerRequest / op.armsgraph.cpuMsPerRequest) : "", "", "");
      row(r.engine, `${op.name}: p50 / p99 ms`, `${f1(op.armsgraph.p50)} / ${f1(op.armsgraph.p99)}`, `${f1(op.floor.p50)} / ${f1(op.floor.p99)}`, "", pg ? `${f1(pg.p50)} / ${f1(pg.p99)}` : "", "", "", "");
    }
    row(r.engine, `search p50 / p99 ms (${r.search.statements} statements)`, `${f1(r.search.p50)} / ${f1(r.search.p99)}`, "", "", "", "", String(r.search.sqlPerRequest ?? "—"), "p50 < 15, p99 < 60");
    row(r.engine, `search: CPU ms per query (server${r.engine === "postgres" ? " + PostgreSQL backends" : ""})`, f2(r.search.cpuMsPerRequest), "", "", "", "", "", "");
    row(r.engine, "RSS idle / max under load (MB)", `${f1(r.rssIdleMb)} / ${f1(r.rssMaxMb)}`, "", "", "", "", "", "< 250");
    row(r.engine, "start-up (ms, spawn → listening)", f1(r.startupMs), "", "", r.postgraphile?.startupMs ? f1(r.postgraphile.startupMs) : "", "", "", "");
  }
  return lines.join("\n");
}

const startedAt = new Date();
const { dir } = corpus();
const results = [];
const cpus = (await import("node:os")).cpus().length;
fs.mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, "-")}-${N}.json`);
const save = () => fs.writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), articles: N, seed: opts.seed, durationSeconds: DURATION,
  connections: CONNECTIONS, node: process.version, cpus, loadAverage: (globalThis.__load ??= []), results }, null, 1)}\n`);
try {
  for (const engine of engines) {
    globalThis.__load = [...(globalThis.__load ?? []), { engine, before: fs.readFileSync("/proc/loadavg", "utf8").trim() }];
    results.push(await benchEngine(engine, dir));
    save(); // partial results survive an interrupted run
    console.error(`\n${table(results.slice(-1))}\n`);
  }
} finally {
  if (sqliteDrop) await sqliteDrop();
}
save();
console.log(`\narmsgraph benchmark — ${N} articles, ${CONNECTIONS} connections × ${DURATION} s per run, Node ${process.version}\n`);
console.log(table(results));
for (const r of results) {
  const d = r.data;
  console.log(`\n${r.engine}: ${d.articles} articles, ${d.statements} statements (${((100 * d.resolved) / Math.max(1, d.statements)).toFixed(0)}% with a resolved speaker), ${d.deals} deals, ${d.evidence} evidence rows; ingest failures: ${r.ingest.failed}`);
  for (const op of r.operations) if (!op.sameJsonAsFloor) console.log(`  ${op.name}: the floor's JSON differs from armsgraph's`);
  for (const op of r.operations) if (op.armsgraph.bad || op.floor.bad) console.log(`  ${op.name}: non-2xx/errors armsgraph ${op.armsgraph.bad}, floor ${op.floor.bad}`);
  if (r.postgraphile?.error) console.log(`  PostGraphile: ${r.postgraphile.error.split("\n")[0]}`);
  console.log(`  search, median ms per query alone: ${r.search.perWord.map((w) => `${w.query} ${w.medianMs}`).join(", ")}`);
}
console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
