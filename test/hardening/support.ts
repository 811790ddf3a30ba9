import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server/create-server";
import { seedSmallStore } from "../api/fixtures/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The compiled project root (dist/). */
export const distRoot = path.join(__dirname, "..", "..");
/** The repository root. */
export const repoRoot = path.join(distRoot, "..");

export interface HttpResult {
  status: number;
  headers: Headers;
  json: any;
}

/** A real server on an ephemeral port over a fresh database (small seeded store unless `seed: false`), with editor and reader keys. */
export interface HardenedApi {
  dataSource: DataSource;
  database: TestDatabase;
  url: string;
  origin: string;
  keys: { editor: string; reader: string };
  post(body: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  /** POSTs a query, with `Authorization: Bearer key` when given. */
  graphql(query: string, variables?: Record<string, unknown>, key?: string): Promise<HttpResult>;
  close(): Promise<void>;
}

export async function startHardenedApi(options: Partial<ServerOptions> & { seed?: boolean; database?: TestDatabase } = {}): Promise<HardenedApi> {
  const database = options.database ?? (await createTestDatabase("hard"));
  const dataSource = await openDatabase({ url: database.url });
  let server: RunningServer;
  try {
    if (options.seed !== false) await seedSmallStore(dataSource);
    server = await startServer({ port: 0, rateLimit: false, ...options, dataSource });
  } catch (error) {
    await dataSource.destroy();
    if (!options.database) await database.drop();
    throw error;
  }
  const editor = await createApiKey(dataSource, { role: "editor", name: "hardening editor" });
  const reader = await createApiKey(dataSource, { role: "reader", name: "hardening reader" });
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
    const text = await response.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: response.status, headers: response.headers, json };
  };
  return {
    dataSource,
    database,
    url: server.url,
    origin: new URL(server.url).origin,
    keys: { editor: editor.key, reader: reader.key },
    post,
    graphql: (query, variables, key) => post({ query, variables }, key ? { authorization: `Bearer ${key}` } : {}),
    async close() {
      await server.close();
      await dataSource.destroy();
      if (!options.database) await database.drop();
    },
  };
}

/** DATABASE_URL for child processes from a test database URL. */
export function childEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, RATE_LIMIT: "off", NODE_ENV: "production", ...extra };
}

/** Runs a compiled CLI (dist/src/cli/NAME.js) and resolves with its exit code, output, wall time and peak RSS (VmHWM sampled from /proc). */
export function runCli(name: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<CliRun> {
  return runNode([path.join(distRoot, "src", "cli", `${name}.js`), ...args], options);
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size in MB, sampled every 50 ms from /proc (0 when not available). */
  maxRssMb: number;
  timedOut: boolean;
}

export function runNode(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number; onSpawn?: (child: ChildProcess) => void }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { env: options.env ?? process.env, cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    options.onSpawn?.(child);
    let stdout = "";
    let stderr = "";
    let maxRss = 0;
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout.length < 4_000_000 ? (stdout += chunk) : undefined));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr.length < 1_000_000 ? (stderr += chunk) : undefined));
    const sample = () => {
      const rss = readRssKb(child.pid);
      if (rss > maxRss) maxRss = rss;
    };
    const sampler = setInterval(sample, 50);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, maxRssMb: Math.round(maxRss / 102.4) / 10, timedOut });
    });
  });
}

/** VmHWM (peak RSS) of a process in kB, 0 when it is gone. */
export function readRssKb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
