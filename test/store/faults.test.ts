import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { contentHash } from "../../src/extract/content-hash";
import { extractArticle, loadPipelineResources } from "../../src/extract/pipeline";
import { startServer } from "../../src/server/create-server";
import { createTestDatabase, testEngine } from "../support/test-database";
import { distRoot } from "../support/paths";
import { childEnv, runCli, runNode, startMainProcess, tinyArticle } from "../support/real-processes";

/** Articles for the kill test: 300 in the suite (the shared machine); HARDENING_KILL_ARTICLES=1000 for the figure. */
const ARTICLES = Number(process.env.HARDENING_KILL_ARTICLES ?? 300);

function writeTinyCorpus(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `a${String(i).padStart(5, "0")}.txt`);
    fs.writeFileSync(file, tinyArticle(i));
    files.push(file);
  }
  return files;
}

async function count(ds: DataSource, table: string): Promise<number> {
  const [row] = await ds.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(row.n);
}

/** Every stored article must have exactly the statements a fresh extraction of its file gives; returns how many were checked. */
async function assertConsistent(ds: DataSource, expected: Map<string, number>): Promise<number> {
  const rows: { hash: string; statements: string | number }[] = await ds.query(
    `SELECT a."contentHash" AS hash, (SELECT count(*) FROM statements s WHERE s."articleId" = a.id) AS statements FROM articles a`,
  );
  for (const row of rows) {
    assert.ok(expected.has(row.hash), `article ${row.hash} is not one of the files`);
    assert.equal(Number(row.statements), expected.get(row.hash), `article ${row.hash}: stored statements = fresh extraction`);
  }
  const duplicates = await ds.query(`SELECT "contentHash" FROM articles GROUP BY "contentHash" HAVING count(*) > 1`);
  assert.deepEqual(duplicates, [], "no article twice");
  return rows.length;
}

describe("faults: SIGKILL during ingest, SIGTERM drain, online backup", () => {
  let work: string;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-faults-"));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it(`ingest killed (SIGKILL) twice in the middle of ${ARTICLES} articles: the store holds only complete articles; re-running finishes without duplicates`, { timeout: 600_000 }, async () => {
    const dir = path.join(work, "corpus");
    const files = writeTinyCorpus(dir, ARTICLES);
    const resources = loadPipelineResources();
    const expected = new Map<string, number>();
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      expected.set(contentHash(text), extractArticle(text, { format: "text", resources }).statements.length);
    }
    assert.ok([...expected.values()].every((n) => n >= 1), "every article has statements to lose");
    const database = await createTestDatabase("kill");
    const ds = await openDatabase({ url: database.url });
    const kills: { at: number; consistent: number }[] = [];
    try {
      for (const threshold of [Math.floor(ARTICLES * 0.1), Math.floor(ARTICLES * 0.4)]) {
        let killedAt = -1;
        const run = runNode([path.join(distRoot, "src", "cli", "ingest.js"), dir], {
          env: childEnv(database.url),
          timeoutMs: 300_000,
          onSpawn: (child) => {
            const poll = setInterval(async () => {
              const stored = await count(ds, "articles").catch(() => 0);
              if (stored >= threshold && killedAt < 0) {
                killedAt = stored;
                child.kill("SIGKILL");
              }
            }, 25);
            child.on("close", () => clearInterval(poll));
          },
        });
        const result = await run;
        assert.equal(result.signal, "SIGKILL", `ingest was killed (it ended with ${result.code}: ${result.stderr.slice(-500)})`);
        const consistent = await assertConsistent(ds, expected);
        assert.ok(consistent < ARTICLES, "killed before the end");
        kills.push({ at: killedAt, consistent });
      }
      const rerun = await runCli("ingest", [dir], { env: childEnv(database.url), timeoutMs: 400_000 });
      assert.equal(rerun.code, 0, rerun.stderr.slice(-1000) + rerun.stdout.slice(-1000));
      const before = kills[kills.length - 1].consistent;
      assert.match(rerun.stdout, new RegExp(`^${ARTICLES - before} added .* ${before} skipped as duplicates, 0 failed`, "m"));
      assert.equal(await assertConsistent(ds, expected), ARTICLES, "article count = file count");
      const statements = [...expected.values()].reduce((a, b) => a + b, 0);
      assert.equal(await count(ds, "statements"), statements, "statement count = fresh extraction of every file");
      console.log(`# faults: ${ARTICLES} articles, SIGKILL at ${kills.map((k) => k.at).join(" and ")} stored, store consistent after each; re-run added ${ARTICLES - before}, ${statements} statements, 0 duplicates (${testEngine})`);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });

  it("SIGTERM: a request in flight completes, then the server exits 0", { timeout: 180_000 }, async () => {
    const database = await createTestDatabase("drain");
    const ds = await openDatabase({ url: database.url });
    const key = (await createApiKey(ds, { role: "editor", name: "drain" })).key;
    await ds.destroy();
    const main = await startMainProcess(database.url);
    try {
      const { url } = main;
      // A slow request: a long page to extract and store.
      const text = Array.from({ length: 60 }, (_, i) => tinyArticle(i)).join("\n");
      const started = Date.now();
      const request = fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: `mutation ($text: String!) { ingestArticle(input: { text: $text }) { duplicate article { id } } }`, variables: { text } }),
      }).then(async (res) => ({ status: res.status, json: (await res.json()) as any, ms: Date.now() - started }));
      await new Promise((resolve) => setTimeout(resolve, 150));
      main.kill("SIGTERM");
      const response = await request;
      assert.equal(response.status, 200, JSON.stringify(response.json));
      assert.equal(response.json.data.ingestArticle.duplicate, false);
      assert.equal(await main.exited, 0, main.output());
      assert.match(main.output(), /SIGTERM, finishing requests in flight/);
      const after = await openDatabase({ url: database.url });
      try {
        assert.equal(await count(after, "articles"), 1, "the drained request's article was stored");
      } finally {
        await after.destroy();
      }
      console.log(`# faults: SIGTERM 150 ms into a ${response.ms} ms request: it completed (200), exit code 0`);
    } finally {
      main.kill("SIGKILL");
      await database.drop();
    }
  });

  it("npm run backup: an online backup while the API is writing; restoring it gives the same counts and the API answers on it (PostgreSQL: pg_dump message)", { timeout: 300_000 }, async () => {
    const database = await createTestDatabase("backup");
    const ds = await openDatabase({ url: database.url });
    const file = path.join(work, "backup.sqlite");
    try {
      if (testEngine === "postgres") {
        const refused = await runCli("backup", [file], { env: childEnv(database.url), timeoutMs: 60_000 });
        assert.equal(refused.code, 1);
        assert.match(refused.stderr, /PostgreSQL.*pg_dump --format=custom --file .*pg_restore/);
        assert.ok(!fs.existsSync(file));
        return;
      }
      const key = (await createApiKey(ds, { role: "editor", name: "backup" })).key;
      const server = await startServer({ dataSource: ds, port: 0, rateLimit: false });
      let writing = true;
      let written = 0;
      const writer = (async () => {
        for (let i = 0; writing || i < 20; i++) {
          const res = await fetch(server.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: `mutation ($text: String!) { ingestArticle(input: { text: $text }) { duplicate } }`, variables: { text: tinyArticle(10_000 + i) } }),
          });
          assert.equal(res.status, 200);
          written++;
        }
      })();
      try {
        while (written < 5) await new Promise((resolve) => setTimeout(resolve, 20));
        const online = await runCli("backup", [file], { env: childEnv(database.url), timeoutMs: 120_000 });
        assert.equal(online.code, 0, online.stderr);
        assert.match(online.stdout, /^backup: .*backup\.sqlite \(\d+\.\d MB, \d+ articles, \d+ statements\) in/);
        const again = await runCli("backup", [file], { env: childEnv(database.url), timeoutMs: 60_000 });
        assert.equal(again.code, 1, "an existing file is not overwritten without --force");
        assert.match(again.stderr, /already exists.*--force/);
        const snapshot = await openDatabase({ url: `sqlite:${file}` });
        try {
          const rows: { n: number; s: number }[] = await snapshot.query(`SELECT a.id AS id, (SELECT count(*) FROM statements s WHERE s."articleId" = a.id) AS s, 0 AS n FROM articles a`);
          assert.ok(rows.length >= 5, "the backup holds what was written before it");
          assert.ok(rows.every((r) => Number(r.s) >= 1), "every article in the backup has its statements");
        } finally {
          await snapshot.destroy();
        }
      } finally {
        writing = false;
        await writer;
        await server.close();
      }
      const final = await runCli("backup", [file, "--force"], { env: childEnv(database.url), timeoutMs: 60_000 });
      assert.equal(final.code, 0, final.stderr);
      const restoredFile = path.join(work, "restored.sqlite");
      fs.copyFileSync(file, restoredFile);
      const restored = await openDatabase({ url: `sqlite:${restoredFile}` });
      const api = await startServer({ dataSource: restored, port: 0, rateLimit: false });
      try {
        for (const table of ["articles", "statements", "mentions", "actors", "deals", "deal_evidence", "api_keys"]) {
          assert.equal(await count(restored, table), await count(ds, table), `${table}: same count in the restored copy`);
        }
        const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles { totalCount } statements { totalCount } }" }) });
        const json = (await res.json()) as any;
        assert.equal(json.data.articles.totalCount, await count(ds, "articles"));
        assert.equal(json.data.statements.totalCount, await count(ds, "statements"));
        console.log(`# faults: online backup during ${written} writes; restored copy: ${json.data.articles.totalCount} articles, ${json.data.statements.totalCount} statements, API answers`);
      } finally {
        await api.close();
        await restored.destroy();
      }
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await database.drop();
    }
  });
});
