import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { contentHash } from "../../src/extract/content-hash";
import { extractArticle, loadPipelineResources } from "../../src/extract/pipeline";
import { createTestDatabase, testEngine } from "../support/test-database";
import { readRssKb, startMainProcess, tinyArticle } from "../support/real-processes";

/** Seconds of load: 15 in the suite; HARDENING_SOAK_SECONDS=60 for the full minute. */
const SECONDS = Number(process.env.HARDENING_SOAK_SECONDS ?? 15);
const WRITERS = 4;
const READERS = 32;

const READS = [
  `{ statements(first: 20, orderBy: { field: SAID_ON, direction: DESC }) { totalCount edges { node { text speaker { name } article { title } } } } }`,
  `{ articles(first: 10) { totalCount edges { node { title statements(first: 5) { edges { node { text } } } } } } }`,
  `{ actors(first: 20) { edges { node { name aliases { text } } } } }`,
  `{ deals(first: 10) { totalCount edges { node { items supplier { name } recipient { name } } } } }`,
];

describe(`concurrency: ${WRITERS} ingest workers and ${READERS} readers for ${SECONDS} s over HTTP (${testEngine})`, () => {
  it("no lost write, no error (no 'database is locked'), stored articles = acknowledged ingests, each complete", { timeout: (SECONDS + 240) * 1000 }, async () => {
    const database = await createTestDatabase("soak");
    const ds = await openDatabase({ url: database.url });
    const key = (await createApiKey(ds, { role: "editor", name: "soak" })).key;
    const main = await startMainProcess(database.url);
    const errors: string[] = [];
    const sent = new Map<string, string>();
    let acknowledged = 0;
    let reads = 0;
    let maxRssKb = 0;
    const latencies: number[] = [];
    let retries = 0;
    /**
     * POSTs an operation. A connection reset before any answer (a keep-alive socket the server closed
     * as the client reused it, frequent on a starved machine) is retried once, as HTTP clients do:
     * reads are idempotent, and so is ingestArticle (the same text again is a duplicate, never a copy).
     */
    const post = async (body: unknown, auth: boolean): Promise<{ json: any; retried: boolean }> => {
      for (let attempt = 0; ; attempt++) {
        const started = Date.now();
        try {
          const res = await fetch(main.url, {
            method: "POST",
            headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify(body),
          });
          const json = (await res.json()) as any;
          latencies.push(Date.now() - started);
          if (res.status !== 200 || json.errors) errors.push(`${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
          return { json, retried: attempt > 0 };
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause;
          if (attempt === 0 && ["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"].includes(cause?.code ?? "")) {
            retries++;
            continue;
          }
          errors.push(`${(error as Error).message}: ${String(cause)}`);
          return { json: {}, retried: attempt > 0 };
        }
      }
    };
    const deadline = Date.now() + SECONDS * 1000;
    const sampler = setInterval(() => (maxRssKb = Math.max(maxRssKb, readRssKb(main.pid))), 200);
    try {
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; Date.now() < deadline; i++) {
          const text = tinyArticle(100_000 * (w + 1) + i);
          sent.set(contentHash(text), text);
          const { json, retried } = await post({ query: `mutation ($text: String!) { ingestArticle(input: { text: $text }) { duplicate article { id } } }`, variables: { text } }, true);
          const payload = json.data?.ingestArticle;
          if (payload && (payload.duplicate === false || retried)) acknowledged++;
        }
      });
      const readers = Array.from({ length: READERS }, async (_, r) => {
        for (let i = 0; Date.now() < deadline; i++) {
          await post({ query: READS[(r + i) % READS.length] }, false);
          reads++;
        }
      });
      await Promise.all([...writers, ...readers]);
      clearInterval(sampler);
      const health = await fetch(`${main.origin}/health`).catch((error: Error) => ({ status: `${error.message} ${String(error.cause)}` }));
      assert.equal(health.status, 200, `server alive after the load; it said: ${main.output().slice(-3000)}`);
      main.kill("SIGTERM");
      assert.equal(await main.exited, 0, main.output().slice(-2000));
      assert.doesNotMatch(main.output(), /database is locked|SQLITE_BUSY|deadlock/i);

      assert.deepEqual(errors.slice(0, 5), [], `${errors.length} errors; server said: ${main.output().slice(-3000)}`);
      const stored: { hash: string; statements: string | number }[] = await ds.query(
        `SELECT a."contentHash" AS hash, (SELECT count(*) FROM statements s WHERE s."articleId" = a.id) AS statements FROM articles a`,
      );
      assert.equal(stored.length, sent.size, "every ingest sent is stored");
      assert.equal(acknowledged, sent.size, "and was acknowledged as added");
      const resources = loadPipelineResources();
      for (const row of stored) {
        const text = sent.get(row.hash);
        assert.ok(text, "only what was sent");
        assert.equal(Number(row.statements), extractArticle(text, { format: "text", resources }).statements.length, "complete: all its statements");
      }
      latencies.sort((a, b) => a - b);
      const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
      const figures = { engine: testEngine, seconds: SECONDS, writes: sent.size, reads, errors: errors.length, connectionResetsRetried: retries, stored: stored.length, lost: sent.size - stored.length, p50ms: p(0.5), p99ms: p(0.99), maxMs: latencies[latencies.length - 1], serverMaxRssMb: Math.round(maxRssKb / 1024) };
      console.log(`# concurrency ${JSON.stringify(figures)}`);
      if (process.env.HARDENING_FIGURES) fs.appendFileSync(process.env.HARDENING_FIGURES, `${JSON.stringify({ test: "concurrency", ...figures })}\n`);
    } finally {
      clearInterval(sampler);
      main.kill("SIGKILL");
      await ds.destroy();
      await database.drop();
    }
  });
});
