// Ingests a folder through the whole pipeline (extract + store, one transaction per article) and
// prints one JSON line: { added, statements, failed, seconds, articlesPerSecond, cpuSeconds,
// busiestThreadCpuSeconds, ... }. The CPU time of each thread (from /proc, Linux) gives the rate the
// run would reach with a core per thread, which a machine shared with other work does not show in wall time.
// Usage: [INGEST_THREADS=N] node ingest-worker.cjs DATABASE_URL CORPUS_DIR (threads as the ingest CLI reads them)
require("reflect-metadata");
const { req } = require("./paths.cjs");
const { openDatabase } = req("src/db/data-source");
const { collectArticleFiles } = req("src/inputs/collect-files");
const { ingestFiles } = req("src/store/ingest-files");
const { loadPipelineResources } = req("src/extract/pipeline");
const { syncKnowledgeBase } = req("src/store/sync-knowledge-base");
const { readConfig } = req("src/config");
const fs = require("node:fs");

/** CPU seconds used so far by each thread of this process, by thread id (empty where /proc is missing). */
function threadCpuSeconds() {
  const byThread = new Map();
  let tids = [];
  try { tids = fs.readdirSync("/proc/self/task"); } catch { return byThread; }
  for (const tid of tids) {
    try {
      const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
      byThread.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch { /* the thread has just ended */ }
  }
  return byThread;
}

async function main() {
  const [url, dir] = process.argv.slice(2);
  const { ingestThreads } = readConfig();
  const resources = loadPipelineResources();
  const dataSource = await openDatabase({ url, replicaUrls: [] });
  await syncKnowledgeBase(dataSource, resources.kb);
  const files = collectArticleFiles([dir]);
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  // Threads end with the ingestion (the extraction pool closes), so their CPU time is sampled as it goes.
  const threadsAtStart = threadCpuSeconds();
  const threadsSeen = new Map(threadsAtStart);
  const sample = () => { for (const [tid, seconds] of threadCpuSeconds()) threadsSeen.set(tid, seconds); };
  const sampler = setInterval(sample, 100);
  let last = Date.now();
  const summary = await ingestFiles(dataSource, files, resources, (done) => {
    if (Date.now() - last > 5000) {
      last = Date.now();
      process.stderr.write(`  ingest ${done}/${files.length}\n`);
    }
  }, { threads: ingestThreads });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  sample();
  const threadSeconds = [...threadsSeen].map(([tid, seconds]) => ({ tid, seconds: seconds - (threadsAtStart.get(tid) ?? 0) }));
  const mainThreadCpuSeconds = threadSeconds.find((t) => t.tid === process.pid)?.seconds ?? NaN;
  const busiestOther = Math.max(0, ...threadSeconds.filter((t) => t.tid !== process.pid).map((t) => t.seconds));
  const busiestThreadCpuSeconds = Math.max(mainThreadCpuSeconds, busiestOther);
  await dataSource.destroy();
  const out = { added: summary.added, duplicates: summary.duplicates, statements: summary.statements, failed: summary.failed.length,
    firstFailures: summary.failed.slice(0, 3), seconds, cpuSeconds, articlesPerSecond: files.length / seconds,
    mainThreadCpuSeconds, busiestOtherThreadCpuSeconds: busiestOther, busiestThreadCpuSeconds,
    articlesPerBusiestThreadCpuSecond: files.length / busiestThreadCpuSeconds };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
main().catch((e) => { console.error(e); process.exit(1); });
