import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { openDatabase } from "../../src/db/data-source";
import { Article } from "../../src/modules/article/article.entity";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";
import { childEnv, runCli } from "../support/real-processes";
import { writeWarc } from "../inputs/write-warc";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-streams-"));
const warc = path.join(dir, "crawl.warc.gz");
const dump = path.join(dir, "dump.jsonl");
let db: TestDatabase;

const deal = (n: number) => `<html><head><title>Deal ${n}</title></head><body><p>BAKU, May ${n}. Azerbaijan bought Pinaka rocket launchers from India, number ${n}, Defence Minister Zakir Hasanov said on Tuesday.</p></body></html>`;

before(async () => {
  db = await createTestDatabase("streams");
  await writeWarc(warc, [
    { type: "request", url: "https://news.example/1", body: "GET /1 HTTP/1.1\r\n\r\n" },
    { url: "https://news.example/1", body: deal(1) },
    { url: "https://news.example/weather", body: "<html><body><p>Rain is expected over the weekend across the region.</p></body></html>" },
    { url: "https://news.example/2", body: deal(2) },
    { url: "https://news.example/2-again", body: deal(2) },
  ], true);
  fs.writeFileSync(dump, [JSON.stringify({ url: "https://d.example/3", html: deal(3) }), "oops", JSON.stringify({ url: "https://d.example/4", text: "Kazakhstan ordered tanks, the ministry said." })].join("\n"));
});
after(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("ingest ARCHIVE and DUMP: the summary says read / kept / added / duplicates / failed; a bad line is listed with its number; a re-run adds nothing", async () => {
  const env = childEnv(db.url);
  const first = await runCli("ingest", [warc, dump], { env, timeoutMs: 180_000 });
  assert.equal(first.code, 1, "a failed line makes the exit code 1");
  assert.match(first.stdout, /crawl\.warc\.gz: 5 records read \(1 not pages\), 3 kept by the filter, 2 added \(\d+ statements\), 1 skipped as duplicates, 0 failed/);
  assert.match(first.stdout, /dump\.jsonl: 3 records read \(0 not pages\), 3 kept by the filter, 2 added \(\d+ statements\), 0 skipped as duplicates, 1 failed/);
  assert.match(first.stdout, /failed: dump\.jsonl line 2: dump\.jsonl line 2 is not valid JSON/);
  const again = await runCli("ingest", [warc], { env, timeoutMs: 180_000 });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /0 added \(0 statements\), 3 skipped as duplicates, 0 failed/);
  const dataSource = await openDatabase({ url: db.url });
  try {
    const articles = await dataSource.getRepository(Article).find({ order: { id: "ASC" } });
    assert.deepEqual(articles.map((a) => a.url), ["https://news.example/1", "https://news.example/2", "https://d.example/3", "https://d.example/4"]);
  } finally {
    await dataSource.destroy();
  }
});

test("extract ARCHIVE: one NDJSON line per kept page, no database needed; --match narrows it", { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" }, async () => {
  const run = await runCli("extract", [warc], { timeoutMs: 120_000 });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.source), ["https://news.example/1", "https://news.example/2", "https://news.example/2-again"]);
  assert.ok(lines[0].statements.length > 0 || lines[0].deals.length > 0, "the page is extracted");
  const narrowed = await runCli("extract", [warc, "--match", "rain"], { timeoutMs: 120_000 });
  assert.deepEqual(narrowed.stdout.trim().split("\n").map((l) => JSON.parse(l).source), ["https://news.example/weather"]);
});

test("ingest --urls: fetched pages are stored with their final URL, each failure listed with its reason, the contact sent", async () => {
  const agents: string[] = [];
  const server = http.createServer((req, res) => {
    agents.push(String(req.headers["user-agent"]));
    if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private\n");
    if (req.url === "/old") return void res.writeHead(301, { location: "/5" }).end();
    if (req.url === "/5") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(deal(5));
    res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const list = path.join(dir, "urls.txt");
  fs.writeFileSync(list, `# search results\n${base}/old\n${base}/gone\n${base}/private/x\n`);
  try {
    const run = await runCli("ingest", ["--urls", list], { env: childEnv(db.url, { FETCH_CONTACT: "lab@example.org" }), timeoutMs: 180_000 });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /urls\.txt: 3 records read \(0 not pages\), 3 kept by the filter, 1 added/);
    assert.match(run.stdout, /failed: .*\/gone: HTTP 404/);
    assert.match(run.stdout, /failed: .*\/private\/x: disallowed by .*robots\.txt/);
    assert.ok(agents.every((a) => /armsgraph/.test(a) && /lab@example\.org/.test(a)));
    const dataSource = await openDatabase({ url: db.url });
    try {
      const urls = (await dataSource.getRepository(Article).find()).map((a) => a.url);
      assert.ok(urls.includes(`${base}/5`), "the url hint is where the redirect led");
    } finally {
      await dataSource.destroy();
    }
  } finally {
    server.close();
  }
});
