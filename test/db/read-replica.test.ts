/**
 * A real streaming replica on this machine: pg_basebackup from the test server, started on a free
 * port, then armsgraph ingests through the primary and serves reads from the replica
 * (DATABASE_REPLICA_URLS). Pausing WAL replay on the replica proves the reads go there.
 * The replica is always stopped and removed afterwards.
 */
import "reflect-metadata";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { generateCorpus } from "../../src/generator/generate-corpus";
import { collectArticleFiles } from "../../src/inputs/collect-files";
import { ingestFiles } from "../../src/store/ingest-files";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { syncKnowledgeBase } from "../../src/store/sync-knowledge-base";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { createTestDatabase, postgresAdminUrl, testEngine, type TestDatabase } from "../support/test-database";

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function skipReason(): string | false {
  if (testEngine !== "postgres") return "needs the PostgreSQL engine (TEST_ENGINE=postgres)";
  if (process.env.SKIP_REPLICA_TEST === "1") return "SKIP_REPLICA_TEST=1";
  return false;
}

/** Runs a PostgreSQL binary as the postgres OS user (when we are root: the data directory must not belong to root). */
function pgRun(binDir: string, tool: string, args: string[], options: { allowFailure?: boolean } = {}): string {
  const file = path.join(binDir, tool);
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${tool} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout || result.error?.message}`);
  }
  return result.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function adminQuery<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Makes sure the primary accepts replication connections from 127.0.0.1 for the test user: adds a
 * `host replication postgres 127.0.0.1/32 trust` line to pg_hba.conf and reloads when it is missing.
 * Returns a reason to skip when that is not possible.
 */
async function ensureReplicationAllowed(user: string): Promise<string | null> {
  const [settings] = await adminQuery<{ wal_level: string; max_wal_senders: string; hba_file: string }>(
    postgresAdminUrl,
    `SELECT current_setting('wal_level') AS wal_level, current_setting('max_wal_senders') AS max_wal_senders, current_setting('hba_file') AS hba_file`,
  );
  if (settings.wal_level === "minimal" || Number(settings.max_wal_senders) < 1) {
    return `the test server has wal_level=${settings.wal_level}, max_wal_senders=${settings.max_wal_senders}: set wal_level=replica and max_wal_senders>=1, then restart it`;
  }
  const rules = await adminQuery<{ type: string; database: string[]; user_name: string[]; address: string | null }>(
    postgresAdminUrl, `SELECT type, database, user_name, address FROM pg_hba_file_rules WHERE error IS NULL`,
  );
  const allows = rules.some((r) => r.database.includes("replication") && (r.user_name.includes("all") || r.user_name.includes(user)) && (r.type === "host" && (r.address === "127.0.0.1" || r.address === "0.0.0.0")));
  if (allows) return null;
  const line = `host replication ${user} 127.0.0.1/32 trust`;
  try {
    fs.appendFileSync(settings.hba_file, `\n# added by armsgraph test/scale/read-replica.test.ts (streaming replica test)\n${line}\n`);
  } catch (error) {
    return `pg_hba.conf (${settings.hba_file}) has no replication line for ${user} from 127.0.0.1 and is not writable here (${(error as Error).message}): add "${line}" and reload PostgreSQL`;
  }
  await adminQuery(postgresAdminUrl, "SELECT pg_reload_conf()");
  await new Promise((r) => setTimeout(r, 300));
  return null;
}

describe("read replicas: ingest through the primary, read through a server on the replica", { skip: skipReason() }, () => {
  let db: TestDatabase;
  let replicaDir: string | undefined;
  let replicaStarted = false;
  let binDir = "";
  let replicaAdminUrl = "";
  let replicaDbUrl = "";
  let primary: DataSource | undefined;
  let api: DataSource | undefined;
  let server: RunningServer | undefined;
  let skipped: string | null = null;
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-replica-corpus-"));

  before(async () => {
    const user = new URL(postgresAdminUrl).username || "postgres";
    skipped = await ensureReplicationAllowed(user);
    if (skipped) return;
    const [{ version }] = await adminQuery<{ version: string }>(postgresAdminUrl, "SELECT current_setting('server_version_num') AS version");
    binDir = process.env.PG_BINDIR ?? `/usr/lib/postgresql/${Math.floor(Number(version) / 10000)}/bin`;
    if (!fs.existsSync(path.join(binDir, "pg_basebackup"))) {
      skipped = `no pg_basebackup in ${binDir}: set PG_BINDIR to the PostgreSQL binaries`;
      return;
    }

    db = await createTestDatabase("replica");
    primary = await openDatabase({ url: db.url, replicaUrls: [] });

    replicaDir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-replica-"));
    fs.chmodSync(replicaDir, 0o700);
    if (asRoot) execFileSync("chown", ["postgres:postgres", replicaDir]);
    const admin = new URL(postgresAdminUrl);
    // While other test files write to the same server, a checkpoint may recycle the WAL segment the backup starts
    // from before its stream connects ("requested WAL segment … has already been removed"): the copy is then
    // started again from a new checkpoint, at most three times.
    for (let attempt = 1; ; attempt++) {
      try {
        pgRun(binDir, "pg_basebackup", ["-h", admin.hostname, "-p", admin.port || "5432", "-U", user, "-D", replicaDir, "-R", "-X", "stream", "--no-sync"]);
        break;
      } catch (error) {
        if (attempt >= 3 || !/has already been removed/u.test((error as Error).message)) throw error;
        for (const entry of fs.readdirSync(replicaDir)) fs.rmSync(path.join(replicaDir, entry), { recursive: true, force: true });
      }
    }
    // Debian keeps postgresql.conf and pg_hba.conf in /etc, outside the data directory: give the copy its own.
    const port = await freePort();
    const conf = [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${replicaDir}'`, "hot_standby = on",
      "shared_buffers = 16MB", "fsync = off", "logging_collector = off", "ssl = off"].join("\n");
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(replicaDir!, name), `${text}\n`);
      if (asRoot) execFileSync("chown", ["postgres:postgres", path.join(replicaDir!, name)]);
    };
    write("postgresql.conf", conf);
    write("pg_hba.conf", "local all all trust\nhost all all 127.0.0.1/32 trust");
    write("pg_ident.conf", "");
    // (max_connections and the like must not be lower than the primary's: they are inherited from the copied control data.)
    try {
      pgRun(binDir, "pg_ctl", ["-D", replicaDir, "-l", path.join(replicaDir, "replica.log"), "-w", "-t", "60", "start"]);
    } catch (error) {
      const log = fs.existsSync(path.join(replicaDir, "replica.log")) ? fs.readFileSync(path.join(replicaDir, "replica.log"), "utf8").slice(-2000) : "";
      throw new Error(`${(error as Error).message}\nreplica log:\n${log}`);
    }
    replicaStarted = true;

    replicaAdminUrl = `postgres://${user}@127.0.0.1:${port}/${admin.pathname.slice(1)}`;
    const dbUrl = new URL(db.url);
    dbUrl.port = String(port);
    replicaDbUrl = dbUrl.toString();
    const [{ recovery }] = await adminQuery<{ recovery: boolean }>(replicaAdminUrl, "SELECT pg_is_in_recovery() AS recovery");
    assert.equal(recovery, true, "the new server is a standby");
  });

  after(async () => {
    await server?.close().catch(() => {});
    await api?.destroy().catch(() => {});
    await primary?.destroy().catch(() => {});
    if (replicaDir) {
      if (replicaStarted) pgRun(binDir, "pg_ctl", ["-D", replicaDir, "-m", "immediate", "-w", "stop"], { allowFailure: true });
      fs.rmSync(replicaDir, { recursive: true, force: true });
    }
    await db?.drop().catch(() => {});
    fs.rmSync(corpus, { recursive: true, force: true });
  });

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function waitForReplay(timeoutMs = 30_000): Promise<void> {
    const [{ lsn }] = await adminQuery<{ lsn: string }>(postgresAdminUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ caughtUp }] = await adminQuery<{ caughtUp: boolean }>(replicaAdminUrl, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS \"caughtUp\"", [lsn]);
      if (caughtUp) return;
      if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${lsn} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function graphql(query: string): Promise<{ data?: any; errors?: unknown[] }> {
    const response = await fetch(server!.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  const countQuery = "{ statements(first: 5) { totalCount edges { node { id text speaker { name } } } } }";

  it("serves what was ingested through the primary once the replica has replayed it, and only then", async (t) => {
    if (skipped) return t.skip(skipped);
    const resources = loadPipelineResources();
    await syncKnowledgeBase(primary!, resources.kb);
    generateCorpus({ articles: 12, seed: "replica", outDir: corpus });
    const files = collectArticleFiles([corpus]);
    const first = await ingestFiles(primary!, files.slice(0, 10), resources);
    assert.deepEqual(first.failed, []);
    const [{ n: primaryCount }] = await primary!.query(`SELECT COUNT(*)::int AS n FROM statements`);
    assert.ok(primaryCount > 0, "the articles yield statements");

    // The API reads from the replica: writes (none here) would go to the primary.
    api = await openDatabase({ url: db.url, replicaUrls: [replicaDbUrl] });
    server = await startServer({ dataSource: api, port: 0 });
    await waitForReplay();
    const before = await graphql(countQuery);
    assert.equal(before.errors, undefined, JSON.stringify(before.errors));
    assert.equal(before.data.statements.totalCount, primaryCount);
    assert.ok(before.data.statements.edges.length > 0);

    // Freeze the replica, write more through the primary: the server must not see it yet.
    await adminQuery(replicaAdminUrl, "SELECT pg_wal_replay_pause()");
    try {
      const second = await ingestFiles(primary!, files.slice(10), resources);
      assert.deepEqual(second.failed, []);
      const [{ n: newCount }] = await primary!.query(`SELECT COUNT(*)::int AS n FROM statements`);
      assert.ok(newCount > primaryCount, "the last articles add statements");
      const paused = await graphql(countQuery);
      assert.equal(paused.data.statements.totalCount, primaryCount, "reads come from the (paused) replica, not the primary");

      await adminQuery(replicaAdminUrl, "SELECT pg_wal_replay_resume()");
      await waitForReplay();
      const resumed = await graphql(countQuery);
      assert.equal(resumed.data.statements.totalCount, newCount, "after replay the replica serves the new statements");
    } finally {
      await adminQuery(replicaAdminUrl, "SELECT pg_wal_replay_resume()").catch(() => {});
    }
  });
});
