// Ingests a folder through the whole pipeline (extract + store, one transaction per article) and
// prints one JSON line: { added, statements, failed, seconds, articlesPerSecond }.
// Usage: node ingest-worker.cjs DATABASE_URL CORPUS_DIR
require("reflect-metadata");
const { req } = require("./paths.cjs");
const { openDatabase } = req("src/db/data-source");
const { collectArticleFiles } = req("src/inputs/collect-files");
const { ingestFiles } = req("src/store/ingest-files");
const { loadPipelineResources } = req("src/extract/pipeline");
const { syncKnowledgeBase } = req("src/store/sync-knowledge-base");

async function main() {
  const [url, dir] = process.argv.slice(2);
  const resources = loadPipelineResources();
  const dataSource = await openDatabase({ url, replicaUrls: [] });
  await syncKnowledgeBase(dataSource, resources.kb);
  const files = collectArticleFiles([dir]);
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let last = Date.now();
  const summary = await ingestFiles(dataSource, files, resources, (done) => {
    if (Date.now() - last > 5000) {
      last = Date.now();
      process.stderr.write(`  ingest ${done}/${files.length}\n`);
    }
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await dataSource.destroy();
  const out = { added: summary.added, duplicates: summary.duplicates, statements: summary.statements, failed: summary.failed.length,
    firstFailures: summary.failed.slice(0, 3), seconds, cpuSeconds, articlesPerSecond: files.length / seconds };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
main().catch((e) => { console.error(e); process.exit(1); });
