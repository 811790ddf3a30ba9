import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { Article } from "../../src/modules/article/article.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { articleCommits, type ArticleCommit } from "../../src/store/article-commits";
import { ingestFiles } from "../../src/store/ingest-files";
import { ingestText } from "../../src/store/ingest-text";
import { reextractArticle } from "../../src/store/reextract-article";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { tinyArticle } from "../support/real-processes";

let db: TestDatabase;
let dataSource: DataSource;
const resources = loadPipelineResources();
const heard: ArticleCommit[] = [];
const listen = (commit: ArticleCommit) => void heard.push(commit);

before(async () => {
  db = await createTestDatabase("commits");
  dataSource = await openDatabase({ url: db.url });
  articleCommits.on("commit", listen);
});
after(async () => {
  articleCommits.off("commit", listen);
  await dataSource.destroy();
  await db.drop();
});

const statementIdsOf = async (articleId: number) =>
  (await dataSource.getRepository(Statement).find({ where: { articleId }, order: { id: "ASC" } })).map((s) => Number(s.id));

test("a stored article is announced once, after its commit, with its statements; a duplicate and a rolled-back article are not", async () => {
  heard.length = 0;
  const result = await ingestText(dataSource, tinyArticle(501), { resources });
  assert.equal(result.status, "added");
  assert.deepEqual(heard, [{ articleId: Number(result.articleId), kind: "ingested", statementIds: await statementIdsOf(Number(result.articleId)) }]);
  assert.ok(heard[0].statementIds.length >= 2);

  await ingestText(dataSource, tinyArticle(501), { resources });
  assert.equal(heard.length, 1, "a duplicate adds nothing and is not announced");

  await assert.rejects(ingestText(dataSource, tinyArticle(502), { resources, afterStore: async () => { throw new Error("audit failed"); } }));
  assert.equal(heard.length, 1, "a rolled-back article is not announced");
});

test("the batch writer of the ingest command announces each added article", async () => {
  heard.length = 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-commits-"));
  try {
    const files = [601, 602, 601].map((i, n) => {
      const file = path.join(dir, `${n}.txt`);
      fs.writeFileSync(file, tinyArticle(i));
      return { file, hints: {} };
    });
    const summary = await ingestFiles(dataSource, files, resources, () => {}, { threads: 0 });
    assert.equal(summary.added, 2);
    assert.deepEqual(heard.map((c) => c.kind), ["ingested", "ingested"]);
    for (const commit of heard) assert.deepEqual(commit.statementIds, await statementIdsOf(commit.articleId));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a re-extraction that changes an article is announced with the statements it added; an unchanged one is not", async () => {
  const stored = await ingestText(dataSource, tinyArticle(701), { resources });
  const articleId = Number(stored.articleId);
  await dataSource.getRepository(Article).update({ id: articleId }, { extractorVersion: "old" });
  heard.length = 0;
  const outcome = await reextractArticle(dataSource, articleId, resources);
  assert.equal(outcome.status, "updated");
  assert.deepEqual(heard, [{ articleId, kind: "reextracted", statementIds: await statementIdsOf(articleId) }]);
  assert.equal(heard[0].statementIds.length, outcome.statementsAdded);

  const again = await reextractArticle(dataSource, articleId, resources);
  assert.equal(again.status, "unchanged");
  assert.equal(heard.length, 1);
});
