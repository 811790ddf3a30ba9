import "reflect-metadata";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { createApiKey, revokeApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { CSV_COLUMNS, type StatementExportRow } from "../../src/export/statement-export-row";
import { statementExportFilter } from "../../src/export/statement-export-filter";
import { textQuoteSelector } from "../../src/export/text-quote-selector";
import { writeStatementExport } from "../../src/export/write-statement-export";
import { Article } from "../../src/modules/article/article.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { bodies, seedExportStore } from "../support/export-seed";
import { distRoot } from "../support/paths";

let db: TestDatabase;
let dataSource: DataSource;
let server: RunningServer;
let base: string;

before(async () => {
  db = await createTestDatabase("export");
  dataSource = await openDatabase({ url: db.url });
  await seedExportStore(dataSource);
  server = await startServer({ dataSource, port: 0 });
  base = new URL(server.url).origin;
});
after(async () => {
  await server.close();
  await dataSource.destroy();
  await db.drop();
});

/** Collects what a stream receives, as text. */
function sink(): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const out = new Writable({ write(chunk, _encoding, done) { chunks.push(Buffer.from(chunk)); done(); } });
  return Object.assign(out, { text: () => Buffer.concat(chunks).toString("utf8") });
}

async function ndjson(query: string): Promise<StatementExportRow[]> {
  const response = await fetch(`${base}/export/statements.ndjson${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.text()).split("\n").filter(Boolean).map((line) => JSON.parse(line) as StatementExportRow);
}

test("the CSV export has one record per statement and its quoting round-trips through a CSV parser", async () => {
  const out = sink();
  const count = await writeStatementExport(dataSource, statementExportFilter({}), "csv", out, { bom: true });
  const stored = await dataSource.getRepository(Statement).find({ order: { id: "ASC" } });
  assert.equal(count, stored.length);
  assert.ok(out.text().startsWith("\uFEFFid,text,kind,"), "BOM then the header");
  const records = parse(out.text(), { columns: true, bom: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
  assert.equal(records.length, stored.length);
  for (const [i, s] of stored.entries()) {
    const article = await dataSource.getRepository(Article).findOneByOrFail({ id: s.articleId });
    assert.equal(records[i].id, String(s.id));
    assert.equal(records[i].text, s.text, "verbatim text, with its commas, quotes and line break");
    assert.equal(records[i].exact, s.text);
    assert.equal(records[i].prefix, article.body.slice(Math.max(0, s.startOffset - 32), s.startOffset));
    assert.equal(records[i].articleId, String(s.articleId));
  }
  assert.ok(records.some((r) => r.text.includes('"Smerch"') && r.text.includes("\n")));
});

test("NDJSON over HTTP carries speaker, via, outlet, dates, offsets and a TextQuoteSelector", async () => {
  const rows = await ndjson("");
  assert.equal(rows.length, await dataSource.getRepository(Statement).count());
  const russian = rows.find((r) => r.language === "ru")!;
  assert.equal(russian.speaker?.name, "Ilham Aliyev");
  assert.equal(russian.outlet?.name, "TASS");
  assert.deepEqual([russian.saidOn, russian.saidOnPrecision, russian.url], ["2013-08-01", "MONTH", "https://tass.ru/a/1"]);
  assert.equal(bodies.russian.slice(russian.startOffset, russian.endOffset), russian.text);
  assert.deepEqual(russian.selector, {
    type: "TextQuoteSelector", exact: russian.text, prefix: "«", suffix: bodies.russian.slice(russian.endOffset, russian.endOffset + 32),
  });
  const relayed = rows.find((r) => r.via !== null)!;
  assert.deepEqual([relayed.via?.name, relayed.kind, relayed.outlet?.name], ["TASS", "INDIRECT", "RIA Novosti"]);
  assert.deepEqual(rows.map((r) => Number(r.id)), [...rows.map((r) => Number(r.id))].sort((a, b) => a - b), "id order");
});

test("filters: speaker, outlet, language, kind, from/to", async () => {
  assert.equal((await ndjson("?speaker=Shoigu")).length, 3);
  assert.equal((await ndjson("?speaker=Aliyev")).length, 1);
  assert.equal((await ndjson("?outlet=TASS")).length, 1);
  assert.equal((await ndjson("?outlet=RIA%20Novosti")).length, 4);
  assert.equal((await ndjson("?language=ru")).length, 1);
  assert.equal((await ndjson("?kind=INDIRECT")).length, 2);
  assert.equal((await ndjson("?kind=DIRECT,PARTIAL")).length, 3);
  assert.deepEqual((await ndjson("?from=2016-01-01&to=2016-12-31")).map((r) => r.saidOn), ["2016-06-14", "2016-06-14"]);
  assert.equal((await ndjson("?from=2019")).length, 1);
  const csv = await (await fetch(`${base}/export/statements.csv?language=ru`)).text();
  assert.equal(parse(csv, { columns: true }).length, 1);
});

test("a selector never cuts a surrogate pair: an emoji at the edge of the context is left out whole", () => {
  const body = "🙂abc QUOTE def🙂";
  const start = body.indexOf("QUOTE");
  const selector = textQuoteSelector(body, start, start + 5, 5);
  assert.deepEqual([selector.prefix, selector.exact, selector.suffix], ["abc ", "QUOTE", " def"]);
});

test("a bad filter is a 400 before any row; with READS_REQUIRE_KEY=1 reads need a valid key", async () => {
  const bad = await fetch(`${base}/export/statements.csv?from=last-week`);
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { code: string }).code, "BAD_USER_INPUT");
  assert.equal((await fetch(`${base}/export/statements.csv?kind=QUOTE`)).status, 400);
  const reader = await createApiKey(dataSource, { role: "reader", name: "export test" });
  const locked = await startServer({ dataSource, port: 0, readsRequireKey: true });
  const lockedBase = new URL(locked.url).origin;
  try {
    const anonymous = await fetch(`${lockedBase}/export/statements.ndjson`);
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as { code: string }).code, "UNAUTHENTICATED");
    const keyed = await fetch(`${lockedBase}/export/statements.ndjson`, { headers: { authorization: `Bearer ${reader.key}` } });
    assert.equal(keyed.status, 200);
    await keyed.text();
    await revokeApiKey(dataSource, reader.id);
    assert.equal((await fetch(`${lockedBase}/export/statements.ndjson`, { headers: { authorization: `Bearer ${reader.key}` } })).status, 401);
  } finally {
    await locked.close();
  }
});

test("a destination that is slow to drain gets every row, in small batches", async () => {
  const received: string[] = [];
  let drains = 0;
  const slow = new Writable({
    highWaterMark: 16,
    write(chunk, _encoding, done) {
      received.push(String(chunk));
      setTimeout(done, 1);
    },
  });
  slow.on("drain", () => drains++);
  const count = await writeStatementExport(dataSource, statementExportFilter({}), "ndjson", slow, { batchSize: 2 });
  assert.equal(count, await dataSource.getRepository(Statement).count());
  assert.equal(received.length, count);
  assert.ok(drains >= 1, "the writer waited for 'drain'");
});

test("npm run export -- statements writes a file (or standard output) and rejects bad options", () => {
  const cli = path.join(distRoot, "src", "cli", "export.js");
  const options = dataSource.options as { type: string; url?: string; database?: unknown };
  const env = { ...process.env, DATABASE_URL: options.type === "postgres" ? String(options.url) : `sqlite:${String(options.database)}` };
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8" });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-export-")), "ru.csv");
  const toFile = run("statements", "--format", "csv", "--language", "ru", "--bom", "--out", out);
  assert.equal(toFile.status, 0, toFile.stderr);
  assert.match(toFile.stderr, /^1 statements exported/);
  const records = parse(fs.readFileSync(out, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  assert.deepEqual(records.map((r) => r.speakerName), ["Ilham Aliyev"]);
  const toStdout = run("statements", "--format", "ndjson", "--kind", "INDIRECT");
  assert.equal(toStdout.status, 0, toStdout.stderr);
  assert.equal(toStdout.stdout.trim().split("\n").length, 2);
  assert.equal(run("statements", "--format", "xml").status, 2);
  assert.equal(run("statements", "--format", "csv", "--from", "yesterday").status, 2);
  assert.equal(run("articles", "--format", "csv").status, 2);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});
