import "reflect-metadata";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { EXTRACTOR_VERSION } from "../../src/extract/extractor-version";
import { ingestText } from "../../src/store/ingest-text";
import { Article } from "../../src/modules/article/article.entity";
import { AuditEntry } from "../../src/modules/audit/audit-entry.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { distRoot } from "../support/paths";

const cli = path.join(distRoot, "src", "cli", "reextract.js");
const page = (day: number) => `Baku, ${day} May 2021. “We will receive the Polonez systems on time,” Azerbaijani President Ilham Aliyev told Trend.`;

let database: TestDatabase;
let dataSource: DataSource;
const ids: number[] = [];

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" });

before(async () => {
  database = await createTestDatabase("reextractcli");
  dataSource = await openDatabase({ url: database.url });
  for (const [day, year] of [[10, 2019], [11, 2021], [12, 2023]]) {
    ids.push((await ingestText(dataSource, page(day), { hints: { outlet: "Trend", publishedAt: `${year}-05-${day}` } })).articleId);
  }
});
after(async () => {
  await dataSource.destroy();
  await database.drop();
});

test("with nothing stale, it says so and exits 0", () => {
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`Nothing to re-extract: every article is at extractor version ${EXTRACTOR_VERSION.replace(/\./g, "\\.")}`));
});

test("by default only stale articles are re-extracted, with progress on stderr, a summary on stdout and a cli audit entry", async () => {
  await dataSource.getRepository(Article).update({ id: ids[0] }, { extractorVersion: "0.0.1-test" });
  await dataSource.getRepository(Statement).update({ articleId: ids[0] }, { reviewed: true });
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /reextract \[.*\] 100% \| 1\/1/);
  assert.match(result.stdout, /^1 updated, 0 unchanged, 0 skipped, 0 failed — 1 articles in [\d.]+ s; statements: 1 reviewed kept, 0 replaced, 0 added$/m);
  const entries = await dataSource.getRepository(AuditEntry).findBy({ action: "reextractArticle" });
  assert.deepEqual(entries.map((e) => [e.entityId, e.keyId, e.keyName]), [[ids[0], null, "cli"]]);
  assert.equal((await dataSource.getRepository(Article).findOneByOrFail({ id: ids[0] })).extractorVersion, EXTRACTOR_VERSION);
});

test("a failing article is reported with what to do next and makes the exit code 1; the others go on", async () => {
  await dataSource.getRepository(Article).update({ id: ids[1] }, { format: "html", originalText: `<html><body>${"<div>".repeat(500)}</body></html>` });
  const result = run("--all");
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^0 updated, 2 unchanged, 0 skipped, 1 failed — 3 articles/m);
  assert.match(result.stdout, new RegExp(`failed: article ${ids[1]}: `));
  assert.match(result.stdout, /run again with --article ID/);
});

test("--article takes ids; unknown or malformed ids are refused with what to check", () => {
  const one = run("--article", String(ids[2]));
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /^0 updated, 1 unchanged, 0 skipped, 0 failed — 1 articles/m);
  const unknown = run("--article", "999999");
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /No article has id 999999: check the ids/);
  const malformed = run("--article", "abc");
  assert.equal(malformed.status, 2);
  assert.match(malformed.stderr, /--article takes a numeric article id/);
});
