import type { Config } from "../config";
import "reflect-metadata";
import path from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase } from "../db/data-source";
import { collectArticleFiles } from "../inputs/collect-files";
import { ingestFiles } from "../store/ingest-files";
import { loadPipelineResources } from "../extract/pipeline";
import { syncKnowledgeBase } from "../store/sync-knowledge-base";
import { hintOptions, hintsFromOptions } from "./parse-hints";
import { designationsOf, isPageStreamFile, openPageSource, openUrlListSource } from "../inputs/open-page-source";
import { ingestPageStream } from "./ingest-page-streams";
import { parseCommandLine, runCli } from "./run-cli";
import { relayArticleCommits } from "../modules/subscription/redis-relay";

const usage = `Usage: npm run ingest -- FILE_OR_DIR... [--url URL] [--outlet NAME] [--date YYYY-MM-DD]
       npm run ingest -- ARCHIVE.warc[.gz] | DUMP.jsonl[.gz] [--match REGEX] [--field name=path]...
       npm run ingest -- --urls FILE [--match REGEX]
Extracts and stores articles (.txt or .html; folders are read recursively, with an optional manifest.json).
A WARC archive or a JSON-lines dump (.jsonl, .ndjson) is streamed page by page; --match REGEX keeps only
  the pages it matches (archives default to the weapon designations and arms terms); --field text=data.body
  names where a dump keeps a field (html, text, url, title, date, outlet, language).
--urls FILE fetches one URL a line politely (robots.txt, a pause per host); set FETCH_CONTACT to an e-mail or URL.
The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite. The same text is never stored twice.`;

async function main(config: Config): Promise<number> {
  const parsed = parseCommandLine({ allowPositionals: true, options: { ...hintOptions, ...streamOptions, help: { type: "boolean", short: "h" } } }, usage);
  if (parsed.values.urls !== undefined) return ingestStreams(config, parsed.positionals, parsed.values);
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(usage);
    return parsed.values.help ? 0 : 2;
  }
  if (parsed.positionals.some(isPageStreamFile)) return ingestStreams(config, parsed.positionals, parsed.values);
  const files = collectArticleFiles(parsed.positionals, hintsFromOptions(parsed.values));
  if (!files.length) {
    console.error(`No .txt or .html files in ${parsed.positionals.join(", ")}.`);
    return 1;
  }
  const resources = loadPipelineResources();
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  // With REDIS_URL, running servers deliver what this command stores to their subscribers.
  const stopRelay = config.redisUrl ? await relayArticleCommits(config.redisUrl) : null;
  try {
    await syncKnowledgeBase(dataSource, resources.kb);
    const bar = new SingleBar(
      { format: "ingest [{bar}] {percentage}% | {value}/{total} | {file}", noTTYOutput: true, notTTYSchedule: 5000, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: "" });
    const started = Date.now();
    const summary = await ingestFiles(dataSource, files, resources, (done, file) => bar.update(done, { file }), { threads: config.ingestThreads });
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

const streamOptions = { match: { type: "string" }, field: { type: "string", multiple: true }, urls: { type: "string" } } as const;

/** Archives, dumps and a URL list, one after the other, each streamed into the store with its own summary. */
async function ingestStreams(config: Config, files: string[], values: { match?: string; field?: string[]; urls?: string }): Promise<number> {
  const other = files.filter((f) => !isPageStreamFile(f));
  if (other.length) {
    console.error(`${other.join(", ")}: give archives and dumps (.warc, .jsonl, .ndjson) in one run and article files in another.`);
    return 2;
  }
  const resources = loadPipelineResources();
  const options = { match: values.match, fields: values.field, designations: designationsOf(resources.weapons.weapons) };
  const sources = files.map((file) => openPageSource(file, options));
  if (values.urls !== undefined) {
    sources.push(openUrlListSource(values.urls, options, config.fetchContact));
    files.push(values.urls);
  }
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  try {
    await syncKnowledgeBase(dataSource, resources.kb);
    let code = 0;
    for (const [i, source] of sources.entries()) code = Math.max(code, await ingestPageStream(dataSource, path.basename(files[i]), source, resources));
    return code;
  } finally {
    await dataSource.destroy();
  }
}

runCli("ingest", main);
