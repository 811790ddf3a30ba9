#!/usr/bin/env node
// Prints how long `npm run -s extract -- FILE` takes from start to exit (wall time, and the process's
// own CPU time, which a loaded machine does not inflate), as the median of N runs per file.
// Usage: node bench/extract-start-up.mjs [--runs N] [--cold] [FILE...]  (default: one text page and one HTML page)
// --cold: every run with an empty cache directory (ARMSGRAPH_CACHE_DIR), so the compiled knowledge base and
// gazetteer are built and written as on a first run; by default the runs read them from the cache (the
// first run of the default directory fills it).
// Node starts with the options the `extract` script of package.json gives it (e.g. --no-regexp-tier-up), as npm would.
// ARMSGRAPH_ROOT=DIR measures the checkout in DIR (its dist/ and package.json) with this script.
// A figure, not a test. Build first (npm run build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = process.env.ARMSGRAPH_ROOT ? `${process.env.ARMSGRAPH_ROOT.replace(/\/$/, "")}/` : new URL("..", import.meta.url).pathname;
// "node --flag … dist/src/cli/extract.js": the options between node and the script
const nodeOptions = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.extract.split(/\s+/).filter((word) => word.startsWith("--"));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "5" }, cold: { type: "boolean", default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs takes a whole number of runs, e.g. --runs 5.");
  process.exit(2);
}
const files = positionals.length ? positionals : [join(root, "data/corpus/000_015541323e2344ed.txt"), join(root, "test/fixtures/pages/en-article.html")];
const dir = mkdtempSync(join(tmpdir(), "armsgraph-extract-bench-"));
// Preloaded into the CLI: writes its own CPU time when it exits.
const probe = join(dir, "cpu-probe.cjs");
const cpuFile = join(dir, "cpu.txt");
await import("node:fs").then((fs) => fs.writeFileSync(probe, `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)); });`));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const file of files) {
    const wall = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const env = values.cold ? { ...process.env, ARMSGRAPH_CACHE_DIR: mkdtempSync(join(dir, "cache-")) } : process.env;
      const result = spawnSync(process.execPath, [...nodeOptions, "--require", probe, join(root, "dist/src/cli/extract.js"), file], { encoding: "utf8", env });
      wall.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`extract ${file} failed:\n${result.stderr}`);
      cpu.push(Number(readFileSync(cpuFile, "utf8")));
    }
    console.log(`extract ${file.replace(root, "")}${values.cold ? " (cold cache)" : ""}: median of ${runs}: ${(median(wall) / 1000).toFixed(2)} s wall, ${(median(cpu) / 1000).toFixed(2)} s CPU`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
