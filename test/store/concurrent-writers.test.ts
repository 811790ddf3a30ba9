import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { generateCorpus } from "../../src/generator/generate-corpus";
import { createTestDatabase, testEngine } from "../support/test-database";
import { childEnv, runCli, startMainProcess, tinyArticle } from "../support/real-processes";

const WRITERS = 4;
const FILES_PER_WRITER = 30;
const API_INGESTS = 10;

/**
 * Issue #15 item 1: several `npm run ingest` processes and the server, all started together on one
 * fresh store, race for the migrations, the knowledge-base sync and every write. All must finish:
 * no "database is locked", no deadlock, every file stored once, each knowledge-base entry once.
 */
describe(`concurrent writers: ${WRITERS} CLI ingests × ${FILES_PER_WRITER} files + ingestArticle, started together on a fresh store (${testEngine})`, () => {
  it("0 failures, every file and every API page stored, the knowledge base synced once", { timeout: 300_000 }, async () => {
    const database = await createTestDatabase("writers");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-writers-"));
    try {
      const folders = Array.from({ length: WRITERS }, (_, w) => {
        const outDir = path.join(dir, `w${w}`);
        generateCorpus({ articles: FILES_PER_WRITER, seed: "writers", startIndex: w * FILES_PER_WRITER, outDir });
        return outDir;
      });
      const env = childEnv(database.url);
      const clis = folders.map((folder) => runCli("ingest", [folder], { env, timeoutMs: 240_000 }));
      const main = await startMainProcess(database.url);
      const dataSource = await openDatabase({ url: database.url });
      try {
        const key = (await createApiKey(dataSource, { role: "editor", name: "writers" })).key;
        const apiErrors: string[] = [];
        for (let i = 0; i < API_INGESTS; i++) {
          const response = await fetch(main.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: `mutation ($text: String!) { ingestArticle(input: { text: $text }) { duplicate } }`, variables: { text: tinyArticle(900_000 + i) } }),
          });
          const json = (await response.json()) as { data?: { ingestArticle?: { duplicate: boolean } }; errors?: unknown };
          if (response.status !== 200 || json.errors || json.data?.ingestArticle?.duplicate !== false) apiErrors.push(`${response.status} ${JSON.stringify(json).slice(0, 300)}`);
        }
        const runs = await Promise.all(clis);
        main.kill("SIGTERM");
        await main.exited;

        for (const [w, run] of runs.entries()) {
          assert.equal(run.code, 0, `writer ${w} exited ${run.code}: ${run.stderr.slice(-800)}${run.stdout.slice(-800)}`);
          assert.match(run.stdout, new RegExp(`^${FILES_PER_WRITER} added .* 0 failed`, "m"), `writer ${w}: ${run.stdout.slice(-400)}`);
        }
        assert.deepEqual(apiErrors, []);
        const all = runs.map((r) => r.stdout + r.stderr).join("\n") + main.output();
        assert.doesNotMatch(all, /database is locked|SQLITE_BUSY|deadlock detected/i);

        const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM articles`);
        assert.equal(Number(n), WRITERS * FILES_PER_WRITER + API_INGESTS, "every file and every API page stored once");
        const [kb] = await dataSource.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT "kbId") AS d FROM actors WHERE "kbId" IS NOT NULL`);
        assert.ok(Number(kb.n) > 0);
        assert.equal(Number(kb.n), Number(kb.d), "each knowledge-base entry inserted once");
        const [migrations] = await dataSource.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS d FROM migrations`);
        assert.equal(Number(migrations.n), Number(migrations.d), "each migration ran once");
      } finally {
        main.kill("SIGKILL");
        await dataSource.destroy();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
