import "reflect-metadata";
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Logger } from "typeorm";
import { createApiKey, revokeApiKey } from "../../src/auth/api-keys";
import { generateKey } from "../../src/auth/key-material";
import { openDatabase } from "../../src/db/data-source";
import { startServer } from "../../src/server/create-server";
import { createTestDatabase } from "../support/test-database";
import { startMainProcess } from "../support/real-processes";

/** A TypeORM logger that keeps every query with its parameters, as a query log would print them. */
function recordingLogger(lines: string[]): Logger {
  const params = (p: unknown) => JSON.stringify(p ?? []);
  return {
    logQuery: (query, parameters) => void lines.push(`${query} ${params(parameters)}`),
    logQueryError: (error, query, parameters) => void lines.push(`${String(error)} ${query} ${params(parameters)}`),
    logQuerySlow: (time, query, parameters) => void lines.push(`${time} ${query} ${params(parameters)}`),
    logSchemaBuild: (message) => void lines.push(message),
    logMigration: (message) => void lines.push(message),
    log: (_level, message) => void lines.push(String(message)),
  };
}

const OPERATIONS = [
  `{ statements(first: 2) { totalCount } }`,
  `mutation { createDeal(input: { items: ["tanks"] }) { id } }`,
  `mutation { ingestArticle(input: { text: "Aliyev said: “We will buy more.”" }) { duplicate } }`,
  `{ nope }`,
];

test("API keys never reach the query log (TypeORM logger with parameters) nor the process output, whatever the request", async () => {
  const database = await createTestDatabase("secrets");
  const queries: string[] = [];
  const ds = await openDatabase({ url: database.url, logger: recordingLogger(queries) });
  const captured: string[] = [];
  const originals = { log: console.log, error: console.error, warn: console.warn, out: process.stdout.write, err: process.stderr.write };
  const server = await startServer({ dataSource: ds, port: 0, rateLimit: false });
  const editor = await createApiKey(ds, { role: "editor", name: "e" });
  const reader = await createApiKey(ds, { role: "reader", name: "r" });
  const revoked = await createApiKey(ds, { role: "editor", name: "x" });
  await revokeApiKey(ds, revoked.id);
  const keys = [editor.key, reader.key, revoked.key, generateKey().key];
  try {
    console.log = console.error = console.warn = (...args: unknown[]) => void captured.push(args.join(" "));
    process.stdout.write = process.stderr.write = ((chunk: string | Uint8Array) => (captured.push(String(chunk)), true)) as typeof process.stdout.write;
    queries.length = 0;
    for (const key of keys) {
      for (const query of OPERATIONS) {
        await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) });
      }
      await fetch(`${new URL(server.url).origin}/export/statements.csv`, { headers: { authorization: `Bearer ${key}` } });
    }
  } finally {
    Object.assign(console, { log: originals.log, error: originals.error, warn: originals.warn });
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
    await server.close();
    await ds.destroy();
    await database.drop();
  }
  assert.ok(queries.some((q) => /api_keys/.test(q)), "the key lookups were logged");
  for (const key of keys) {
    const secret = key.slice(12); // after the public prefix ag_xxxxxxxx_
    assert.ok(!queries.some((q) => q.includes(secret)), "no key in the query log");
    assert.ok(!captured.some((line) => line.includes(secret)), "no key in the output");
  }
});

test("node dist/src/main.js: stdout and stderr hold no key after requests with keys (including failing ones)", async () => {
  const database = await createTestDatabase("secretsmain");
  const ds = await openDatabase({ url: database.url });
  const editor = await createApiKey(ds, { role: "editor", name: "e" });
  await ds.destroy();
  const main = await startMainProcess(database.url, { NODE_ENV: "production" });
  try {
    for (const key of [editor.key, generateKey().key, `${editor.key}x`]) {
      for (const query of OPERATIONS) {
        await fetch(main.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) });
      }
    }
    main.kill("SIGTERM");
    assert.equal(await main.exited, 0);
    assert.ok(main.output().length > 0);
    assert.ok(!main.output().includes(editor.key.slice(12)), main.output());
  } finally {
    main.kill("SIGKILL");
    await database.drop();
  }
});
