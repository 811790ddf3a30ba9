import "reflect-metadata";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { after, before, test } from "node:test";
import { ApiKey } from "../../src/auth/api-key.entity";
import { createApiKey, listApiKeys, revokeApiKey } from "../../src/auth/api-keys";
import { authenticate } from "../../src/auth/authenticate";
import { generateKey, hashKey } from "../../src/auth/key-material";
import { startServer } from "../../src/server/create-server";
import { startResearchApi, type ResearchApi } from "../support/research-api";
import { distRoot } from "../support/paths";

let api: ResearchApi;

before(async () => {
  api = await startResearchApi();
});
after(() => api.close());

/** The error code `authenticate` throws for a header. */
async function rejection(header: string): Promise<{ code: unknown; message: string }> {
  try {
    await authenticate(header, api.dataSource);
  } catch (error) {
    return { code: (error as { extensions?: { code?: unknown } }).extensions?.code, message: (error as Error).message };
  }
  assert.fail(`"${header}" was accepted`);
}

test("keys are stored as a SHA-256 with a visible prefix; the key itself is never stored or listed", async () => {
  const created = await createApiKey(api.dataSource, { role: "editor", name: "alice" });
  assert.match(created.key, /^ag_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  assert.ok(created.key.startsWith(created.prefix));
  const stored = await api.dataSource.getRepository(ApiKey).findOneByOrFail({ id: created.id });
  assert.equal(stored.keyHash, hashKey(created.key));
  assert.ok(!JSON.stringify(stored).includes(created.key.slice(12)), "no part of the secret is stored");
  const listed = (await listApiKeys(api.dataSource)).find((k) => k.id === created.id)!;
  assert.deepEqual([listed.prefix, listed.role, listed.name, listed.revokedAt], [created.prefix, "editor", "alice", null]);
  assert.ok(!JSON.stringify(listed).includes("keyHash"));
});

test("authenticate: no header is anonymous, a good key is its viewer, malformed/unknown/revoked keys are UNAUTHENTICATED", async () => {
  assert.equal(await authenticate(undefined, api.dataSource), null);
  assert.equal(await authenticate("", api.dataSource), null);
  const created = await createApiKey(api.dataSource, { role: "reader", name: "bob" });
  assert.deepEqual(await authenticate(`Bearer ${created.key}`, api.dataSource), { keyId: created.id, name: "bob", role: "reader" });
  assert.deepEqual(await authenticate(`bearer  ${created.key} `, api.dataSource), { keyId: created.id, name: "bob", role: "reader" });
  assert.equal((await rejection(`Basic ${created.key}`)).code, "UNAUTHENTICATED");
  assert.match((await rejection("Bearer not-a-key")).message, /malformed/);
  const unknown = await rejection(`Bearer ${generateKey().key}`);
  assert.deepEqual([unknown.code, /not known/.test(unknown.message)], ["UNAUTHENTICATED", true]);
  assert.equal(await revokeApiKey(api.dataSource, created.id), true);
  const revoked = await rejection(`Bearer ${created.key}`);
  assert.deepEqual([revoked.code, /revoked/.test(revoked.message)], ["UNAUTHENTICATED", true]);
  assert.ok(!revoked.message.includes(created.key.slice(12)), "errors never repeat the secret");
  assert.equal(await revokeApiKey(api.dataSource, 999_999), false);
});

test("mutations: no key → UNAUTHENTICATED (401), reader key → FORBIDDEN, revoked key → UNAUTHENTICATED, editor key → done", async () => {
  const mutation = `mutation { createDeal(input: { items: ["tanks"] }) { id items } }`;
  const anonymous = await api.graphql(mutation);
  assert.equal(anonymous.errors?.[0].extensions?.code, "UNAUTHENTICATED");
  assert.equal(anonymous.status, 401);
  const reader = await api.graphql(mutation, {}, api.keys.reader);
  assert.equal(reader.errors?.[0].extensions?.code, "FORBIDDEN");
  assert.equal(reader.status, 403);
  const revoked = await api.graphql(mutation, {}, api.keys.revoked);
  assert.equal(revoked.errors?.[0].extensions?.code, "UNAUTHENTICATED");
  assert.match(revoked.errors![0].message, /revoked/);
  const editor = await api.graphql(mutation, {}, api.keys.editor);
  assert.equal(editor.errors, undefined);
  assert.deepEqual(editor.data.createDeal.items, ["tanks"]);
});

test("reads are open unless READS_REQUIRE_KEY=1; then they need a key of any role", async () => {
  const query = `{ deals { totalCount } }`;
  assert.equal((await api.graphql(query)).errors, undefined);
  const locked = await startServer({ dataSource: api.dataSource, port: 0, readsRequireKey: true });
  const post = (authorization?: string) =>
    fetch(locked.url, { method: "POST", headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query }) });
  try {
    const anonymous = await post();
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as any).errors?.[0].extensions?.code, "UNAUTHENTICATED");
    assert.equal(((await (await post(`Bearer ${api.keys.reader}`)).json()) as any).errors, undefined);
  } finally {
    await locked.close();
  }
});

test("npm run apikey: create prints the key once on stdout, list shows prefixes only, revoke stops the key", async () => {
  const cli = path.join(distRoot, "src", "cli", "apikey.js");
  const env = { ...process.env, DATABASE_URL: api.dataSource.options.type === "postgres" ? String((api.dataSource.options as { url?: string }).url) : `sqlite:${String(api.dataSource.options.database)}` };
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8" });
  const created = run("create", "--role", "editor", "--name", "cli test");
  assert.equal(created.status, 0, created.stderr);
  const key = created.stdout.trim();
  assert.match(key, /^ag_[0-9a-f]{8}_/);
  assert.ok(!created.stderr.includes(key));
  const viewer = await authenticate(`Bearer ${key}`, api.dataSource);
  assert.equal(viewer?.role, "editor");
  const listed = run("list");
  assert.equal(listed.status, 0, listed.stderr);
  assert.ok(listed.stdout.includes(key.slice(0, 11)) && !listed.stdout.includes(key), "the prefix, never the key");
  assert.equal(run("create", "--role", "admin").status, 1);
  assert.equal(run("revoke", String(viewer!.keyId)).status, 0);
  await assert.rejects(authenticate(`Bearer ${key}`, api.dataSource), /revoked/);
});
