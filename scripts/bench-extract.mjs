#!/usr/bin/env node
// Speed of the extraction pipeline, reported as figures (the project measures speed here, not in timed tests).
// Runs clean → metadata → statements → actors → deals over the given article files N times each in one
// process (after one warm-up run per file) and prints, per stage, the median and p95 in milliseconds,
// and the process's CPU time per article (which a machine loaded by other work inflates far less than wall time).
// --quoted N,...: also extracts one page of N quoted sentences (about 65 bytes each) per size given and prints
// its time and the time per 100 KB, which stays flat when extraction is linear in the page's size.
// ARMSGRAPH_ROOT=DIR measures the build in DIR/dist (another checkout) with this script.
//
//   npm run -s build && node scripts/bench-extract.mjs [--runs N] [--quoted 2000,10000] [FILE...]
//   node scripts/bench-extract.mjs --runs 20 ../shared/corpus/*.txt ../shared/corpus/*.html
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const root = process.env.ARMSGRAPH_ROOT ? `${process.env.ARMSGRAPH_ROOT.replace(/\/$/, "")}/` : new URL("..", import.meta.url).pathname;
const { extractArticle, loadPipelineResources } = require(`${root}dist/src/extract/pipeline.js`);
const { readInputFile } = require(`${root}dist/src/inputs/read-input.js`);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "10" }, quoted: { type: "string" } } });
const runs = Number(values.runs);
const quoted = values.quoted === undefined ? [] : values.quoted.split(",").map(Number);
if ((!positionals.length && !quoted.length) || !Number.isInteger(runs) || runs < 1 || !quoted.every((n) => Number.isInteger(n) && n > 0)) {
  console.error("Usage: node scripts/bench-extract.mjs [--runs N] [--quoted N,...] [FILE...]");
  process.exit(2);
}

const resources = loadPipelineResources();
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

if (positionals.length) {
  const inputs = positionals.map((file) => ({ file, input: readInputFile(file) }));
  const samples = new Map(); // stage -> ms[]
  for (const { input } of inputs) extractArticle(input.text, { format: input.format, resources }); // warm-up
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    for (const { input } of inputs) {
      const { timings } = extractArticle(input.text, { format: input.format, resources });
      for (const [stage, ms] of Object.entries(timings)) {
        if (!samples.has(stage)) samples.set(stage, []);
        samples.get(stage).push(ms);
      }
    }
  }
  const cpuPerArticle = cpuMs(cpuStart) / (runs * inputs.length);

  const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`${inputs.length} file(s) × ${runs} run(s) per stage, ms per article`);
  console.log(`${"stage".padEnd(12)}${"median".padStart(10)}${"p95".padStart(10)}`);
  for (const [stage, ms] of samples) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(`${stage.padEnd(12)}${quantile(sorted, 0.5).toFixed(2).padStart(10)}${quantile(sorted, 0.95).toFixed(2).padStart(10)}`);
  }
  console.log(`CPU time per article (whole process, all runs): ${cpuPerArticle.toFixed(2)} ms`);
}

const SPEAKERS = ["Sergei Shoigu", "Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"];
/** A page of `n` quoted sentences with their speakers, about 65 bytes each. */
function quotedPage(n) {
  return `Talks in Moscow\n\n${Array.from({ length: n }, (_, i) => `“We will deliver the tanks on time, ${i % 97},” ${SPEAKERS[i % 4]} said.`).join(" ")}`;
}
if (quoted.length) extractArticle(quotedPage(200), { format: "text", resources }); // warm-up
for (const n of quoted) {
  const text = quotedPage(n);
  const kb = Buffer.byteLength(text) / 1000;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const { statements } = extractArticle(text, { format: "text", resources });
  const wall = performance.now() - started;
  const cpu = cpuMs(cpuStart);
  console.log(`${n} quoted sentences (${kb.toFixed(0)} KB, ${statements.length} statements): ${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU; ${((cpu * 100) / kb).toFixed(0)} ms CPU per 100 KB`);
}
