#!/usr/bin/env node
// WARC benchmark (issue #17): generates a WARC of realistic news pages (gzip per record, as CC-NEWS
// writes them; few pages on the subject), then measures
//   1. the topic filter: MB/s of archive read, decompressed, decoded and filtered (no extraction),
//   2. extraction and storage of the kept pages into a fresh SQLite store: pages/s,
//   3. peak RSS of this process (VmHWM).
// Targets on the 2-core machine: filter >= 50 MB/s, RSS < 300 MB.
//
//   npx tsc -p tsconfig.json && node bench/warc-filter.mjs [--mb 220] [--on-topic 0.02] [--keep FILE] [--filter-only]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { req } = require("./lib/paths.cjs");
require("reflect-metadata");
const { readWarc } = req("src/inputs/read-warc.js");
const { topicFilter } = req("src/inputs/topic-filter.js");
const { designationsOf } = req("src/inputs/open-page-source.js");
const { loadPipelineResources } = req("src/extract/pipeline.js");
const { openDatabase } = req("src/db/data-source.js");
const { syncKnowledgeBase } = req("src/store/sync-knowledge-base.js");
const { ingestPages } = req("src/store/ingest-pages.js");

const { values } = parseArgs({ options: { mb: { type: "string", default: "220" }, "on-topic": { type: "string", default: "0.02" }, keep: { type: "string" }, "filter-only": { type: "boolean" } } });
const targetBytes = Number(values.mb) * 1048576;
const onTopic = Number(values["on-topic"]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-warc-bench-"));
const warcFile = values.keep ?? path.join(dir, "bench.warc.gz");

// Deterministic pseudo-random numbers, so every run reads the same archive.
let seed = 17;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (list) => list[Math.floor(random() * list.length)];
const words = ("the a of in on for with council city mayor budget school rain weekend market shares bank rates football season coach " +
  "players hospital doctors patients traffic bridge festival music film actor election voters party minister said report " +
  "company profit quarter energy prices farmers harvest weather storm police court judge housing rent students university").split(" ");
const ruWords = "город мэр бюджет школа погода рынок банк футбол сезон больница врачи выборы партия министр сказал компания цены урожай суд".split(" ");
const topical = [
  "India signed a contract for T-90S tanks and BrahMos missiles, the defence ministry said.",
  "Россия поставит Индии зенитные ракетные комплексы С-400, сообщил Рособоронэкспорт.",
  "Poland ordered K2 tanks and K9 howitzers from South Korea.",
];
const sentence = (ru) => Array.from({ length: 12 + Math.floor(random() * 14) }, () => pick(ru ? ruWords : words)).join(" ") + ".";
function page(i) {
  const ru = random() < 0.3;
  const paragraphs = Array.from({ length: 15 + Math.floor(random() * 25) }, () => `<p>${sentence(ru)} ${sentence(ru)} ${sentence(ru)}</p>`);
  if (random() < onTopic) paragraphs.splice(3, 0, `<p>${pick(topical)}</p>`);
  const furniture = Array.from({ length: 60 }, (_, k) => `<li><a href="/section/${k}/story-${(i * 7 + k) % 997}">${sentence(ru).slice(0, 60)}</a></li>`).join("\n");
  const script = `<script>window.__STATE__=${JSON.stringify({ id: i, tags: Array.from({ length: 80 }, () => pick(words)) })}</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Story ${i}</title>${script}</head><body><nav><ul>${furniture}</ul></nav><article><h1>Story ${i}</h1>${paragraphs.join("\n")}</article><footer>${furniture}</footer></body></html>`;
}
function record(type, uri, date, contentType, block) {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>\r\nWARC-Date: ${date}\r\nWARC-Target-URI: ${uri}\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return zlib.gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from("\r\n\r\n")]), { level: 6 });
}

function generate() {
  const out = fs.openSync(warcFile, "w");
  let bytes = 0;
  let pages = 0;
  while (bytes < targetBytes) {
    const uri = `https://news${pages % 40}.example/2024/03/story-${pages}`;
    const body = Buffer.from(page(pages));
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    const chunks = [
      record("request", uri, "2024-03-12T10:15:00Z", "application/http; msgtype=request", Buffer.from(`GET / HTTP/1.1\r\nHost: example\r\n\r\n`)),
      record("response", uri, "2024-03-12T10:15:00Z", "application/http; msgtype=response", http),
    ];
    for (const chunk of chunks) {
      fs.writeSync(out, chunk);
      bytes += chunk.length;
    }
    pages++;
  }
  fs.closeSync(out);
  return pages;
}

function cpuSince(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of each thread of this process so far, by thread id (from /proc; the main thread's id is the pid). */
function threadCpu() {
  const ticks = new Map();
  for (const tid of fs.readdirSync("/proc/self/task")) {
    const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
    ticks.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
  }
  return ticks;
}

/** The main thread's CPU seconds since `start` (a threadCpu() reading) and the other threads' together. */
function mainAndOthersSince(start) {
  let others = 0;
  let main = 0;
  for (const [tid, seconds] of threadCpu()) {
    const used = seconds - (start.get(tid) ?? 0);
    if (tid === String(process.pid)) main = used;
    else others += used;
  }
  return { main, others };
}

function peakRssMb() {
  const line = fs.readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
  return line ? Number(line.replace(/\D+/g, "")) / 1024 : process.resourceUsage().maxRSS / 1024;
}

if (!values.keep || !fs.existsSync(warcFile)) {
  const t = Date.now();
  const pages = generate();
  console.log(`generated ${warcFile}: ${(fs.statSync(warcFile).size / 1048576).toFixed(0)} MB gzip per record, ${pages} pages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const size = fs.statSync(warcFile).size;
const resources = loadPipelineResources();
const filter = topicFilter(designationsOf(resources.weapons.weapons));

// 1. Through the filter only. CPU seconds are printed too: on a shared machine they, not wall time, tell the cost.
let cpu = process.cpuUsage();
const threadsAtStart = threadCpu();
let started = process.hrtime.bigint();
const source = readWarc(warcFile, filter);
let kept = 0;
for await (const item of source.items) if ("page" in item) kept++;
let seconds = Number(process.hrtime.bigint() - started) / 1e9;
let cpuSeconds = cpuSince(cpu);
const threads = mainAndOthersSince(threadsAtStart);
const pagesRead = source.stats.records - source.stats.skipped;
console.log(`filter: ${(size / 1048576 / seconds).toFixed(1)} MB/s of gzipped archive (${(size / 1048576).toFixed(0)} MB in ${seconds.toFixed(1)} s), ${(pagesRead / seconds).toFixed(0)} pages/s; ${pagesRead} pages, ${kept} kept; load average ${os.loadavg()[0].toFixed(1)}`);
console.log(`filter per CPU second: ${(size / 1048576 / cpuSeconds).toFixed(1)} MB of archive (${cpuSeconds.toFixed(1)} CPU s, all threads of the process)`);
// With a core for each, the busiest thread bounds the wall time: the main thread reads, scans and decodes; gunzip runs in the thread pool.
console.log(`filter per CPU second of the main thread: ${(size / 1048576 / threads.main).toFixed(1)} MB (main thread ${threads.main.toFixed(1)} s, other threads ${threads.others.toFixed(1)} s)`);

// 2. Filter, extraction and storage of the kept pages into a fresh SQLite store.
if (values["filter-only"]) {
  console.log(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const dbFile = path.join(dir, "bench.sqlite");
const dataSource = await openDatabase({ url: `sqlite:${dbFile}` });
await syncKnowledgeBase(dataSource, resources.kb);
cpu = process.cpuUsage();
started = process.hrtime.bigint();
const summary = await ingestPages(dataSource, readWarc(warcFile, filter).items, resources);
seconds = Number(process.hrtime.bigint() - started) / 1e9;
cpuSeconds = cpuSince(cpu);
await dataSource.destroy();
console.log(`ingest: ${summary.read} kept pages extracted and stored (${summary.added} added, ${summary.failed.length} failed) in ${seconds.toFixed(1)} s: ${(summary.read / seconds).toFixed(1)} kept pages/s, ${(pagesRead / seconds).toFixed(0)} archive pages/s (${cpuSeconds.toFixed(1)} CPU s)`);
console.log(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
else fs.rmSync(dbFile, { force: true });
