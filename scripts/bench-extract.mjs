#!/usr/bin/env node
// Speed of the extraction pipeline, reported as figures (the project measures speed here, not in timed tests).
// Runs clean → metadata → statements → actors → deals over the given article files N times each in one
// process (after one warm-up run per file) and prints, per stage, the median and p95 in milliseconds.
//
//   npm run -s build && node scripts/bench-extract.mjs [--runs N] FILE...
//   node scripts/bench-extract.mjs --runs 20 ../shared/corpus/*.txt ../shared/corpus/*.html
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const { extractArticle, loadPipelineResources } = require(`${root}dist/src/extract/pipeline.js`);
const { readInputFile } = require(`${root}dist/src/inputs/read-input.js`);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "10" } } });
const runs = Number(values.runs);
if (!positionals.length || !Number.isInteger(runs) || runs < 1) {
  console.error("Usage: node scripts/bench-extract.mjs [--runs N] FILE...");
  process.exit(2);
}

const resources = loadPipelineResources();
const inputs = positionals.map((file) => ({ file, input: readInputFile(file) }));
const samples = new Map(); // stage -> ms[]
for (const { input } of inputs) extractArticle(input.text, { format: input.format, resources }); // warm-up
for (let r = 0; r < runs; r++) {
  for (const { input } of inputs) {
    const { timings } = extractArticle(input.text, { format: input.format, resources });
    for (const [stage, ms] of Object.entries(timings)) {
      if (!samples.has(stage)) samples.set(stage, []);
      samples.get(stage).push(ms);
    }
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
console.log(`${inputs.length} file(s) × ${runs} run(s) per stage, ms per article`);
console.log(`${"stage".padEnd(12)}${"median".padStart(10)}${"p95".padStart(10)}`);
for (const [stage, ms] of samples) {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${stage.padEnd(12)}${quantile(sorted, 0.5).toFixed(2).padStart(10)}${quantile(sorted, 0.95).toFixed(2).padStart(10)}`);
}
