import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { after, test } from "node:test";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { childEnv, runCli, startHardenedApi, tinyArticle, type HardenedApi } from "../support/real-processes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const servers: HardenedApi[] = [];
const databases: TestDatabase[] = [];
const clients: Client[] = [];
after(async () => {
  for (const client of clients) await client.dispose();
  for (const server of servers) await server.close();
  for (const database of databases) await database.drop();
});

/** A tiny Russian article with one direct quote (language "ru"), unique per tag. */
function russianArticle(tag: string): string {
  return `Переговоры о поставках, часть ${tag}

МОСКВА, 12 марта 2024 года - Россия и Азербайджан обсудили новые поставки систем ПВО.

«Мы поставим ещё ${tag} систем в Азербайджан», — заявил министр обороны России Сергей Шойгу на встрече в Москве.
`;
}

/** A graphql-ws client of a server's /graphql (ws://), never retrying. */
function wsClient(httpUrl: string, connectionParams?: Record<string, unknown>): Client {
  const client = createClient({ url: httpUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams });
  clients.push(client);
  return client;
}

interface Feed<T> {
  values: T[];
  errors: unknown[];
  /** Resolves once `predicate` holds for a received value (rejects if the subscription fails first). */
  until(predicate: (value: T) => boolean): Promise<T>;
}

/** Subscribes and records every `data` value of the result's single root field. */
function record<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Feed<T> {
  const values: T[] = [];
  const errors: unknown[] = [];
  const waiters: { predicate: (value: T) => boolean; resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  client.subscribe<Record<string, T>>({ query, variables }, {
    next: (result) => {
      if (result.errors) errors.push(...result.errors);
      if (!result.data) return;
      const value = Object.values(result.data)[0];
      values.push(value);
      for (const waiter of waiters.filter((w) => w.predicate(value))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(value);
      }
    },
    error: (error) => {
      errors.push(error);
      for (const waiter of waiters.splice(0)) waiter.reject(error);
    },
    complete: () => {},
  });
  return {
    values,
    errors,
    until: (predicate) => {
      const found = values.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => waiters.push({ predicate, resolve, reject }));
    },
  };
}

const INGEST = `mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } duplicate } }`;

/** Ingests a page through a server's mutation (editor key) and returns the new article's id. */
async function ingestThrough(server: HardenedApi, text: string): Promise<string> {
  const response = await server.graphql(INGEST, { text }, server.keys.editor);
  assert.equal(response.status, 200, JSON.stringify(response.json));
  assert.equal(response.json.data.ingestArticle.duplicate, false);
  return response.json.data.ingestArticle.article.id;
}

/**
 * graphql-ws does not acknowledge a subscription: ingest distinct pages until the feed receives one,
 * which proves it is live. Returns the id of the article that arrived first.
 */
async function ingestUntilLive(server: HardenedApi, feed: Feed<{ id: string }>, tag: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const id = await ingestThrough(server, tinyArticle(1000 + i).replace("Arms talks", `Arms talks ${tag}`));
    const arrived = await Promise.race([feed.until((a) => a.id === id).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 200))]);
    if (arrived) return id;
  }
  throw new Error("the subscription never received an ingested article");
}

test("with Redis, an article ingested through server A reaches subscribers of server B; a filter that does not match receives nothing", async () => {
  const database = await createTestDatabase("subs");
  databases.push(database);
  const a = await startHardenedApi({ seed: false, database, redisUrl: REDIS_URL });
  servers.push(a);
  const b = await startHardenedApi({ seed: false, database, redisUrl: REDIS_URL });
  servers.push(b);

  const client = wsClient(b.url);
  const russian = record<{ id: string; text: string; language: string }>(client, `subscription ($f: StatementFilter) { statementAdded(filter: $f) { id text language } }`, { f: { language: "ru" } });
  const english = record<{ id: string; text: string; article: { id: string }; speaker: { name: string } | null }>(
    client, `subscription { statementAdded(filter: { language: "en", kind: [DIRECT] }) { id text article { id } speaker { name } } }`,
  );
  const articles = record<{ id: string; title: string }>(client, `subscription { articleIngested { id title } }`);

  const tag = randomUUID().slice(0, 8);
  const firstId = await ingestUntilLive(a, articles, tag);
  const direct = await english.until((s) => s.article.id === firstId);
  assert.match(direct.text, /We will buy \d+ more systems from Russia/);
  assert.equal(direct.speaker?.name, "Ilham Aliyev");
  const stored = await b.graphql(`{ statements(filter: { articleId: "${firstId}", kind: [DIRECT] }) { edges { node { id text } } } }`);
  const storedStatements: Array<{ id: string; text: string }> = stored.json.data.statements.edges.map((e: { node: { id: string; text: string } }) => e.node);
  // the channel is shared by every store on this Redis: another test's store may commit the same ids at the same
  // time, with its own texts, so the statements are told apart by id and text
  const ours = english.values.filter((s) => s.article.id === firstId && storedStatements.some((t) => t.id === s.id && t.text === s.text));
  assert.deepEqual(ours.map((s) => s.id), storedStatements.map((t) => t.id), "the subscriber gets exactly the direct statements the query finds, each once");

  const russianId = await ingestThrough(a, russianArticle(tag));
  const quote = await russian.until(() => true);
  assert.match(quote.text, new RegExp(`Мы поставим ещё ${tag} систем`));
  await articles.until((x) => x.id === russianId);
  assert.equal(russian.values.length, 1, "the Russian filter received the Russian statement and none of the English ones");
  assert.deepEqual(russian.errors, []);
  assert.equal(english.values.filter((s) => /поставим/.test(s.text)).length, 0, "the English filter did not receive the Russian statement");
});

test("with Redis, the ingest command publishes what it stores to running servers", async () => {
  const database = await createTestDatabase("subscli");
  databases.push(database);
  const server = await startHardenedApi({ seed: false, database, redisUrl: REDIS_URL });
  servers.push(server);
  const articles = record<{ id: string; title: string }>(wsClient(server.url), `subscription { articleIngested { id title } }`);
  await ingestUntilLive(server, articles, randomUUID().slice(0, 8));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-subs-"));
  const title = `Command line article ${randomUUID().slice(0, 8)}`;
  fs.writeFileSync(path.join(dir, "cli.txt"), tinyArticle(7).replace("Arms talks, part 7", title));
  try {
    const run = await runCli("ingest", [path.join(dir, "cli.txt")], { env: childEnv(database.url, { REDIS_URL }), timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const received = await articles.until((x) => x.title === title);
    assert.ok(received.id);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("without Redis, subscribers of the same server receive its ingests in process", async () => {
  const server = await startHardenedApi({ seed: false });
  servers.push(server);
  const client = wsClient(server.url, { authorization: `Bearer ${server.keys.reader}` });
  const statements = record<{ id: string; article: { id: string } }>(client, `subscription { statementAdded { id article { id } } }`);
  const articles = record<{ id: string }>(client, `subscription { articleIngested { id } }`);
  const id = await ingestUntilLive(server, articles, randomUUID().slice(0, 8));
  const statement = await statements.until((s) => s.article.id === id);
  assert.ok(statement.id);
});

test("a subscription over HTTP POST gets a 400 that names the graphql-ws transport", async () => {
  const server = await startHardenedApi({ seed: false });
  servers.push(server);
  const response = await server.graphql(`subscription { articleIngested { id } }`);
  assert.equal(response.status, 400);
  assert.equal(response.json.errors[0].extensions.code, "BAD_REQUEST");
  assert.match(response.json.errors[0].message, /graphql-ws/);
  assert.match(response.json.errors[0].message, /same URL/);
});

/** How the server ends a connection made with these connection params (a refused key closes it at once). */
function closeOf(httpUrl: string, connectionParams: Record<string, unknown>): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const client = createClient({
      url: httpUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams,
      onNonLazyError: () => {},
      on: { closed: (event) => resolve({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
    });
    clients.push(client);
  });
}

test("subscriptions obey the API-key rules and the query limits", async () => {
  const server = await startHardenedApi({ seed: false });
  servers.push(server);
  const closed = await closeOf(server.url, { authorization: "Bearer ag_00000000_notakey" });
  assert.equal(closed.code, 4401);
  assert.match(closed.reason, /API key/);

  const locked = await startHardenedApi({ seed: false, readsRequireKey: true });
  servers.push(locked);
  const anonymous = await closeOf(locked.url, {});
  assert.equal(anonymous.code, 4401, "READS_REQUIRE_KEY=1 refuses a connection without a key");
  assert.match(anonymous.reason, /requires an API key/);
  const withKey = record<{ id: string }>(wsClient(locked.url, { authorization: `Bearer ${locked.keys.reader}` }), `subscription { articleIngested { id } }`);
  await ingestUntilLive(locked, withKey, randomUUID().slice(0, 8));

  const client = wsClient(server.url);
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(" ");
  const tooMany = record(client, `subscription { articleIngested { ${aliases} } }`);
  await assert.rejects(tooMany.until(() => true));
  assert.equal((tooMany.errors[0] as { extensions?: { code?: string } }[])[0]?.extensions?.code, "TOO_MANY_ALIASES");
});
