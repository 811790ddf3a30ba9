import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { collectArticleFiles } from "../../src/inputs/collect-files";
import { ingestFiles } from "../../src/store/ingest-files";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { Article } from "../../src/modules/article/article.entity";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let dataSource: DataSource;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-files-"));

before(async () => {
  db = await createTestDatabase("files");
  dataSource = await openDatabase({ url: db.url });
  for (let i = 0; i < 12; i++) {
    const name = `page-${String(i).padStart(2, "0")}.txt`;
    if (i === 5) fs.writeFileSync(path.join(dir, name), Buffer.from([0, 0, 0, 1, 2, 255]));
    else fs.writeFileSync(path.join(dir, name), `BAKU, May ${i + 1}. “We bought what we need, number ${i},” Ilham Aliyev said on Tuesday.`);
  }
  fs.writeFileSync(path.join(dir, "page-11-copy.txt"), fs.readFileSync(path.join(dir, "page-11.txt")));
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("with extraction threads and small batches, files are stored in order, a bad file fails alone, a copy is a duplicate", async () => {
  const files = collectArticleFiles([dir]);
  const progress: number[] = [];
  const summary = await ingestFiles(dataSource, files, loadPipelineResources(), (done) => progress.push(done), { threads: 2, batchSize: 4 });
  assert.equal(summary.added, 11);
  assert.equal(summary.duplicates, 1);
  assert.deepEqual(summary.failed.map((f) => path.basename(f.file)), ["page-05.txt"]);
  assert.deepEqual(progress, Array.from({ length: files.length }, (_, i) => i + 1), "progress counts every file once, in order");
  const articles = await dataSource.getRepository(Article).find({ order: { id: "ASC" } });
  const numbers = articles.map((a) => Number(/number (\d+)/.exec(a.body)?.[1]));
  assert.deepEqual(numbers, [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11], "ids follow the order of the files");
});

test("a second run over the same files skips every stored page before extracting it (no extraction resources needed)", async () => {
  const files = collectArticleFiles([dir]);
  const progress: number[] = [];
  // Resources whose knowledge base throws on use: a stored page must not reach extraction at all.
  const resources = loadPipelineResources();
  const untouchable = new Proxy(resources, { get: (target, key) => (key === "kb" ? (() => { throw new Error("extracted a stored page"); })() : Reflect.get(target, key)) });
  const summary = await ingestFiles(dataSource, files.filter((f) => !f.file.endsWith("page-05.txt")), untouchable, (done) => progress.push(done), { threads: 0 });
  assert.equal(summary.added, 0);
  assert.equal(summary.duplicates, 12);
  assert.deepEqual(summary.failed, []);
  assert.deepEqual(progress, Array.from({ length: 12 }, (_, i) => i + 1), "progress counts every skipped file once");
  assert.equal(await dataSource.getRepository(Article).count(), 11);
});
