#!/usr/bin/env node
// Runs the compiled test suite with Node's test runner. Files that reach a database (or Redis) run on
// SQLite and on PostgreSQL (TEST_ENGINE=postgres, server at TEST_POSTGRES_URL or 127.0.0.1:5432/test);
// files that never do run once. The PostgreSQL run goes side by side with the others, and each run
// takes TEST_CONCURRENCY files at a time (default 2): every file gets databases of its own
// (test/support/test-database.ts), so files are independent. Each run's output is printed whole when
// it ends, then a summary per run and the failing files.
// Set TEST_ENGINES=sqlite (or postgres) to run one engine only. Extra arguments filter test files by substring.
// TEST_LIST=1 only prints which files run once and which run per engine.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const testDir = join(root, "dist", "test");
const filters = process.argv.slice(2);
const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY ?? 2) || 2);

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return findTests(full);
    return name.endsWith(".test.js") ? [full] : [];
  });
}

let files;
try {
  files = findTests(testDir).sort();
} catch {
  console.error(`No compiled tests in ${relative(root, testDir)}: run "npm run build" first (npm test does it for you).`);
  process.exit(1);
}
if (filters.length) files = files.filter((f) => filters.some((s) => f.includes(s)));
if (!files.length) {
  console.error("No test files matched.");
  process.exit(1);
}

// A file needs an engine when anything it requires (transitively, within the project) loads a
// database or Redis driver, TypeORM, spawns the project's processes, or reads TEST_ENGINE.
const ENGINE_MODULES = /require\("(typeorm|pg|better-sqlite3|ioredis|node:child_process|child_process|node:worker_threads|worker_threads)"\)|TEST_ENGINE/;
const needsEngine = new Map();
function reachesEngine(file, seen = new Set()) {
  if (needsEngine.has(file)) return needsEngine.get(file);
  if (seen.has(file)) return false;
  seen.add(file);
  let source;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  let result = ENGINE_MODULES.test(source);
  for (const [, spec] of source.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
    if (result) break;
    const target = resolve(dirname(file), spec);
    result = reachesEngine(target.endsWith(".js") ? target : `${target}.js`, seen) || reachesEngine(join(target, "index.js"), seen);
  }
  needsEngine.set(file, result);
  return result;
}

const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((s) => s.trim()).filter(Boolean);
const engineFiles = files.filter((f) => reachesEngine(f));
const freeFiles = files.filter((f) => !reachesEngine(f));
if (process.env.TEST_LIST) {
  for (const file of freeFiles) console.log(`once        ${relative(root, file)}`);
  for (const file of engineFiles) console.log(`per engine  ${relative(root, file)}`);
  process.exit(0);
}
const logDir = mkdtempSync(join(tmpdir(), "armsgraph-tests-"));

/** One `node --test` run over `list`; resolves with its output, node's summary counts and the failing files. */
function run(label, list, engine) {
  const started = Date.now();
  const failuresFile = join(logDir, `${label}.failures`);
  return new Promise((done) => {
    if (!list.length) return done({ label, output: "", counts: {}, failing: [], seconds: 0, status: 0 });
    const child = spawn(
      process.execPath,
      ["--test", `--test-concurrency=${concurrency}`, "--test-reporter=spec", "--test-reporter-destination=stdout", `--test-reporter=${join(root, "scripts", "failing-files-reporter.mjs")}`, `--test-reporter-destination=${failuresFile}`, ...list],
      { env: { ...process.env, TEST_ENGINE: engine }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => {
      const counts = {};
      for (const [, key, value] of output.matchAll(/^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) counts[key] = Number(value);
      let failing = [];
      try {
        failing = [...new Set(readFileSync(failuresFile, "utf8").split("\n").filter(Boolean))].map((f) => relative(root, f));
      } catch {
        // no failure written
      }
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`# ${label}: ${list.length} files done in ${seconds} s (${counts.pass ?? 0} passed, ${counts.fail ?? 0} failed)`);
      done({ label, output, counts, failing, seconds, status: status ?? 1 });
    });
  });
}

console.log(`# ${freeFiles.length} files need no database (run once), ${engineFiles.length} run on: ${engines.join(", ")}; ${concurrency} files at a time per run`);
const started = Date.now();
// Two lanes for two cores: PostgreSQL beside the engine-free files followed by SQLite.
const lanes = [];
const firstLane = (async () => {
  const results = [await run("no database", freeFiles, "sqlite")];
  if (engines.includes("sqlite")) results.push(await run("sqlite", engineFiles, "sqlite"));
  return results;
})();
lanes.push(firstLane);
if (engines.includes("postgres")) lanes.push(run("postgres", engineFiles, "postgres").then((r) => [r]));
const results = (await Promise.all(lanes)).flat();

for (const result of results) {
  if (!result.output) continue;
  console.log(`\n# ===== ${result.label} =====`);
  process.stdout.write(result.output);
}
console.log(`\n# ===== summary (${Math.round((Date.now() - started) / 1000)} s) =====`);
let failed = false;
for (const { label, counts, failing, seconds, status, output } of results) {
  if (!output) continue;
  console.log(`# ${label}: ${counts.tests ?? 0} tests, ${counts.pass ?? 0} passed, ${counts.fail ?? 0} failed, ${counts.cancelled ?? 0} cancelled, ${counts.skipped ?? 0} skipped (${seconds} s)`);
  if (status !== 0) failed = true;
  for (const file of failing) console.log(`#   failing: ${file}`);
  if (status !== 0 && !failing.length) console.log(`#   the run exited with status ${status}: see its output above`);
}
rmSync(logDir, { recursive: true, force: true });
const total = results.reduce((sum, r) => ({ pass: sum.pass + (r.counts.pass ?? 0), fail: sum.fail + (r.counts.fail ?? 0) + (r.counts.cancelled ?? 0) }), { pass: 0, fail: 0 });
console.log(`${total.pass} passed, ${total.fail} failed`);
process.exit(failed ? 1 : 0);
