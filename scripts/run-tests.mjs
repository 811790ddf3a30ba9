#!/usr/bin/env node
// Runs the compiled test suite with Node's test runner, first on SQLite, then on PostgreSQL
// (TEST_ENGINE=postgres, server at TEST_POSTGRES_URL or 127.0.0.1:5432/test).
// Set TEST_ENGINES=sqlite (or postgres) to run one engine only. Extra arguments filter test files by substring.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const testDir = join(root, "dist", "test");
const filters = process.argv.slice(2);

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

const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((s) => s.trim()).filter(Boolean);
let failed = false;
for (const engine of engines) {
  console.log(`\n# engine: ${engine} (${files.length} test files)`);
  const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], {
    stdio: "inherit",
    env: { ...process.env, TEST_ENGINE: engine },
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
