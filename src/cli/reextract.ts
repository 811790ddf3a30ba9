import type { Config } from "../config";
import "reflect-metadata";
import { Presets, SingleBar } from "cli-progress";
import { In, type DataSource } from "typeorm";
import { openDatabase } from "../db/data-source";
import { EXTRACTOR_VERSION } from "../extract/extractor-version";
import { loadPipelineResources } from "../extract/pipeline";
import { reextractArticles, staleArticleIds } from "../store/reextract-articles";
import { syncKnowledgeBase } from "../store/sync-knowledge-base";
import { Article } from "../modules/article/article.entity";
import { parseCommandLine, runCli } from "./run-cli";
import { relayArticleCommits } from "../modules/subscription/redis-relay";

const usage = `Usage: npm run reextract -- [--all] [--article ID ...]
Re-runs the current extractor (${EXTRACTOR_VERSION}) on stored articles: by default the stale ones (extracted by another
version); --all for every article; --article ID (repeatable) for those articles. Reviewed statements and deals or
evidence a person curated are kept; the rest of what extraction made is replaced. Each article is one transaction,
recorded in the audit log as "cli". The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite.`;

async function main(config: Config): Promise<number> {
  const parsed = parseCommandLine({ options: { all: { type: "boolean" }, article: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } } }, usage);
  if (parsed.values.help) {
    console.error(usage);
    return 0;
  }
  const requested = parsed.values.article ?? [];
  const bad = requested.filter((id) => !/^\d{1,15}$/.test(id));
  if (bad.length || (parsed.values.all && requested.length)) {
    console.error(`${bad.length ? `--article takes a numeric article id (got ${bad.map((b) => JSON.stringify(b)).join(", ")}).` : "Give --all or --article, not both."}\n${usage}`);
    return 2;
  }
  const resources = loadPipelineResources();
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  // With REDIS_URL, running servers deliver what this command stores to their subscribers.
  const stopRelay = config.redisUrl ? await relayArticleCommits(config.redisUrl) : null;
  try {
    await syncKnowledgeBase(dataSource, resources.kb);
    const ids = await selectArticles(dataSource, parsed.values.all ?? false, requested.map(Number));
    if ("unknown" in ids) {
      console.error(`No article has id ${ids.unknown.join(", ")}: check the ids (the articles query lists them).`);
      return 1;
    }
    if (!ids.length) {
      console.log(`Nothing to re-extract: every article is at extractor version ${EXTRACTOR_VERSION} (--all re-extracts them anyway).`);
      return 0;
    }
    const bar = new SingleBar(
      { format: "reextract [{bar}] {percentage}% | {value}/{total} | article {article}", noTTYOutput: true, notTTYSchedule: 5000, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(ids.length, 0, { article: "" });
    const started = Date.now();
    const outcomes = await reextractArticles(dataSource, ids, { resources, onProgress: (done, outcome) => bar.update(done, { article: outcome.articleId }) });
    bar.stop();
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    const sum = (field: "statementsKept" | "statementsReplaced" | "statementsAdded") => outcomes.reduce((n, o) => n + o[field], 0);
    console.log(`${count("updated")} updated, ${count("unchanged")} unchanged, ${count("skipped")} skipped, ${count("failed")} failed — ${ids.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s; `
      + `statements: ${sum("statementsKept")} reviewed kept, ${sum("statementsReplaced")} replaced, ${sum("statementsAdded")} added`);
    for (const o of outcomes.filter((x) => x.status === "skipped")) console.log(`  skipped: article ${o.articleId}: ${o.reason}`);
    for (const o of outcomes.filter((x) => x.status === "failed")) console.log(`  failed: article ${o.articleId}: ${o.reason}`);
    if (count("failed")) console.log(`Failed articles were left as they were: fix the cause, then run again with --article ID.`);
    return count("failed") ? 1 : 0;
  } finally {
    await stopRelay?.();
    await dataSource.destroy();
  }
}

async function selectArticles(dataSource: DataSource, all: boolean, requested: number[]): Promise<number[] | { unknown: number[] }> {
  const articles = dataSource.getRepository(Article);
  if (requested.length) {
    const found = new Set((await articles.find({ select: { id: true }, where: { id: In(requested) } })).map((a) => a.id));
    const unknown = requested.filter((id) => !found.has(id));
    return unknown.length ? { unknown } : [...found].sort((a, b) => a - b);
  }
  if (all) return (await articles.find({ select: { id: true }, order: { id: "ASC" } })).map((a) => a.id);
  return staleArticleIds(dataSource);
}

runCli("reextract", main);
