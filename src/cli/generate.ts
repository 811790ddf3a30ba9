import "reflect-metadata";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { DEFAULT_SEED, generateCorpus } from "../generator/generate-corpus";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run generate -- --articles N [--seed S] [--out DIR]
Writes N synthetic arms-trade news articles (English and Russian, .txt) and a manifest.json to DIR
(default data/generated). The same seed always gives the same files (default seed "${DEFAULT_SEED}").`;

function main(): number {
  const { values } = parseCommandLine({
      options: { articles: { type: "string", short: "n" }, seed: { type: "string" }, out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
    }, usage);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const articles = Number(values.articles ?? "");
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`--articles needs a positive whole number${values.articles ? `, got "${values.articles}"` : ""}.\n${usage}`);
    return 2;
  }
  const outDir = path.resolve(values.out ?? "data/generated");
  const bar = new SingleBar({ format: "generate [{bar}] {percentage}% | {value}/{total}", noTTYOutput: false, stream: process.stderr }, Presets.shades_classic);
  const showBar = articles >= 200 && process.stderr.isTTY;
  if (showBar) bar.start(articles, 0);
  const started = process.hrtime.bigint();
  const summary = generateCorpus({ articles, seed: values.seed ?? DEFAULT_SEED, outDir, onProgress: showBar ? (done) => { if (done % 50 === 0 || done === articles) bar.update(done); } : undefined });
  if (showBar) bar.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const langs = Object.entries(summary.languages).map(([l, n]) => `${n} ${l}`).join(", ");
  console.log(`${summary.files} articles (${langs}; ${(summary.bytes / 1e6).toFixed(1)} MB; ~${summary.statements} statements and ~${summary.deals} deals planted; cast: ${summary.castSource}) in ${path.relative(process.cwd(), outDir) || "."} — ${seconds.toFixed(1)} s`);
  return 0;
}

runCli("generate", main);
