import "reflect-metadata";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { ACTOR_CSV_COLUMNS, type ActorExportRow } from "../../src/export/actor-export-row";
import { DEAL_CSV_COLUMNS, type DealExportRow } from "../../src/export/deal-export-row";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seedSmallStore, type SmallStore } from "../support/seed";
import { distRoot, repoRoot } from "../support/paths";

let db: TestDatabase;
let dataSource: DataSource;
let server: RunningServer;
let base: string;
let store: SmallStore;
let folder: string;

before(async () => {
  db = await createTestDatabase("exportmore", { migrated: true });
  dataSource = await openDatabase({ url: db.url });
  store = await seedSmallStore(dataSource);
  server = await startServer({ dataSource, port: 0 });
  base = new URL(server.url).origin;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-export-"));
});
after(async () => {
  await server.close();
  await dataSource.destroy();
  await db.drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const env = () => {
  const options = dataSource.options as { type: string; url?: string; database?: unknown };
  return { ...process.env, DATABASE_URL: options.type === "postgres" ? String(options.url) : `sqlite:${String(options.database)}` };
};
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(distRoot, "src", "cli", "export.js"), ...args], { env: env(), encoding: "utf8" });
const csv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
// HTTP tests come first: spawnSync blocks this process, server included, and a keep-alive connection left idle meanwhile may be closed under the next request.
const lines = <T>(text: string) => text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as T);

test("deals as NDJSON over HTTP: one line per deal with its evidence, filtered like the deals query", async () => {
  const response = await fetch(`${base}/export/deals.ndjson?supplier=${encodeURIComponent("Россия")}&designation=${encodeURIComponent("Т-90С")}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /application\/x-ndjson/);
  assert.match(response.headers.get("content-disposition") ?? "", /deals\.ndjson/);
  const rows = lines<DealExportRow>(await response.text());
  assert.deepEqual(rows.map((r) => r.id), [String(store.deals.t90)]);
  assert.deepEqual(rows[0].supplier, { id: String(store.actors.russia), name: "Russia" });
  assert.deepEqual(rows[0].evidence.map((e) => [e.articleId, e.excerpt, e.statementId]), [
    [String(store.articles.tass), "Поставки танков Т-90С завершены", String(store.statements.shoiguTass)],
    [String(store.articles.reuters), "Russia has delivered every tank on time,", String(store.statements.shoiguReuters)],
  ]);
  const sipri = await fetch(`${base}/export/deals.csv?source=SIPRI&bom=1`);
  const bytes = Buffer.from(await sipri.arrayBuffer());
  const text = bytes.toString("utf8");
  assert.ok(text.startsWith("\uFEFFid,source,"), "a UTF-8 byte-order mark, then the header");
  assert.deepEqual(csv(text).map((r) => r.designation), ["Smerch"]);
  const years = lines<DealExportRow>(await (await fetch(`${base}/export/deals.ndjson?from=2010&to=2012`)).text());
  const bad = await fetch(`${base}/export/deals.csv?status=MAYBE`);
  assert.equal(bad.status, 400, "a bad filter is refused before any row");
  assert.deepEqual([(await bad.json() as { code: string }).code], ["BAD_USER_INPUT"]);
  assert.deepEqual(years.map((r) => r.id), [String(store.deals.t90)], "the deal's year is periodStart (2010), else orderYear (the SIPRI record's 2009 is before)");
});

test("actors as CSV: a record per alias and per office, the actor's columns repeated", async () => {
  const response = await fetch(`${base}/export/actors.csv`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /text\/csv/);
  const text = await response.text();
  assert.equal(text.split("\r\n")[0], ACTOR_CSV_COLUMNS.join(","));
  const records = csv(text);
  const of = (id: number) => records.filter((r) => r.id === String(id));
  assert.deepEqual(of(store.actors.aliyev).map((r) => [r.aliasText, r.aliasLanguage, r.countryName]),
    [["Ilham Aliyev", "en", "Azerbaijan"], ["Aliyev", "en", "Azerbaijan"], ["Ильхам Алиев", "ru", "Azerbaijan"], ["Алиев", "ru", "Azerbaijan"]]);
  assert.deepEqual(of(store.actors.shoigu).map((r) => [r.aliasText, r.roleTitle, r.roleOrganizationName, r.roleStartDate, r.roleEndDate]), [
    ["Sergei Shoigu", "", "", "", ""], ["Сергей Шойгу", "", "", "", ""], ["", "Defence Minister of Russia", "Russia", "2012-11-06", "2024-05-12"],
  ]);
  assert.deepEqual(of(store.actors.doe).map((r) => [r.name, r.kbId, r.roleText, r.aliasText, r.roleTitle]), [["John Doe", "", "analyst", "", ""]]);
  assert.equal(new Set(records.map((r) => r.id)).size, 7, "every actor of the seed");
});

test("deals as CSV: a record per piece of evidence with the deal's columns, a deal without evidence on one record", () => {
  const out = path.join(folder, "deals.csv");
  const result = cli("deals", "--format", "csv", "--out", out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /^3 deals exported to /);
  const text = fs.readFileSync(out, "utf8");
  assert.equal(text.split("\r\n")[0], DEAL_CSV_COLUMNS.join(","));
  const records = csv(text);
  assert.deepEqual(records.map((r) => [r.id, r.evidenceExcerpt]), [
    [String(store.deals.t90), "Поставки танков Т-90С завершены"],
    [String(store.deals.t90), "Russia has delivered every tank on time,"],
    [String(store.deals.smerch), ""],
    [String(store.deals.rumour), "Azerbaijan buys arms from Russia."],
  ]);
  const [t90] = records;
  assert.deepEqual([t90.supplierId, t90.supplierName, t90.recipientName, t90.items, t90.designation, t90.status, t90.periodStart, t90.evidenceArticleId, t90.evidenceStatementId, t90.evidenceUrl],
    [String(store.actors.russia), "Russia", "Azerbaijan", "tanks", "T-90S", "DELIVERED", "2010", String(store.articles.tass), String(store.statements.shoiguTass), "https://example.org/a1"]);
  assert.deepEqual([records[2].source, records[2].numberOrdered, records[2].orderYear, records[2].evidenceId], ["SIPRI", "30", "2009", ""]);
});

test("actors as NDJSON from the command line, filtered by kind and by a name in any script", () => {
  const people = cli("actors", "--format", "ndjson", "--kind", "person");
  assert.equal(people.status, 0, people.stderr);
  const rows = lines<ActorExportRow>(people.stdout);
  assert.deepEqual(rows.map((r) => r.name), ["Ilham Aliyev", "Sergei Shoigu", "John Doe"]);
  assert.deepEqual(rows[1].roles, [{
    id: rows[1].roles[0].id, title: "Defence Minister of Russia", roleKey: "defence-minister",
    organization: { id: String(store.actors.russia), name: "Russia" }, startDate: "2012-11-06", endDate: "2024-05-12",
  }]);
  const named = lines<ActorExportRow>(cli("actors", "--format", "ndjson", "--name", "Алиевым").stdout);
  assert.deepEqual(named.map((r) => [r.id, r.aliases.length]), [[String(store.actors.aliyev), 4]]);
});

test("bad filters are refused before any row from the command line: exit code 2, nothing on standard output", () => {
  for (const args of [["deals", "--format", "csv", "--status", "MAYBE"], ["deals", "--format", "csv", "--speaker", "Shoigu"],
    ["actors", "--format", "ndjson", "--kind", "ROBOT"], ["deals", "--format", "csv", "--from", "last year"], ["articles", "--format", "csv"]]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(" "));
    assert.equal(result.stdout, "", args.join(" "));
  }
  assert.match(cli("deals", "--format", "csv", "--speaker", "Shoigu").stderr, /^--speaker does not filter deals: use --supplier/);
});

test("the README's command, npm run -s export, writes a clean CSV to standard output", () => {
  const result = spawnSync("npm", ["run", "-s", "export", "--", "deals", "--format", "csv"], { cwd: repoRoot, env: env(), encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(result.stdout.startsWith(`${DEAL_CSV_COLUMNS.join(",")}\r\n`), result.stdout.slice(0, 200));
  assert.equal(csv(result.stdout).length, 4);
});
