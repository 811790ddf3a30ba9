import "reflect-metadata";
import path from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase } from "../db/data-source";
import { collectArticleFiles } from "../inputs/collect-files";
import { ingestFiles } from "../store/ingest-files";
import { loadPipelineResources } from "../extract/pipeline";
import { syncKnowledgeBase } from "../store/sync-knowledge-base";
import { hintOptions, hintsFromOptions } from "./parse-hints";
import { parseCommandLine, runCli } from "./run-cli";
import { relayArticleCommits } from "../modules/subscription/redis-relay";

const usage = `Usage: npm run ingest -- FILE_OR_DIR... [--url URL] [--outlet NAME] [--date YYYY-MM-DD]
Extracts and stores articles (.txt or .html; folders are read recursively, with an optional manifest.json).
The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite. The same text is never stored twice.`;

async function main(): Promise<number> {
  const parsed = parseCommandLine({ allowPositionals: true, options: { ...hintOptions, help: { type: "boolean", short: "h" } } }, usage);
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(usage);
    return parsed.values.help ? 0 : 2;
  }
  const files = collectArticleFiles(parsed.positionals, hintsFromOptions(parsed.values));
  if (!files.length) {
    console.error(`No .txt or .html files in ${parsed.positionals.join(", ")}.`);
    return 1;
  }
  const resources = loadPipelineResources();
  const dataSource = await openDatabase();
  // With REDIS_URL, running servers deliver what this command stores to their subscribers.
  const stopRelay = process.env.REDIS_URL ? await relayArticleCommits(process.env.REDIS_URL) : null;
  try {
    await syncKnowledgeBase(dataSource, resources.kb);
    const bar = new SingleBar(
      { format: "ingest [{bar}] {percentage}% | {value}/{total} | {file}", noTTYOutput: true, notTTYSchedule: 5000, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: "" });
    const started = Date.now();
    const summary = await ingestFiles(dataSource, files, resources, (done, file) => bar.update(done, { file }));
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(`${summary.added} added (${summary.statements} statements), ${summary.duplicates} skipped as duplicates, ${summary.failed.length} failed — ${files.length} files in ${seconds.toFixed(1)} s`);
    for (const failure of summary.failed) console.log(`  failed: ${path.relative(process.cwd(), failure.file)}: ${failure.reason}`);
    return summary.failed.length ? 1 : 0;
  } finally {
    await stopRelay?.();
    await dataSource.destroy();
  }
}

runCli("ingest", main);
