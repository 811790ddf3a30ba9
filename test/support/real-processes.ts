import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server/create-server";
import { seedSmallStore } from "./seed";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { distRoot, repoRoot } from "./paths";


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
  const database = options.database ?? (await createTestDatabase("hard", { migrated: true }));
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

/**
 * DATABASE_URL for child processes from a test database URL. The request budget is 5 minutes: these processes
 * check the store under load on a shared machine, not the budget (test/server/request-budget.test.ts does).
 */
export function childEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, RATE_LIMIT: "off", NODE_ENV: "production", REQUEST_TIMEOUT_MS: "300000", ...extra };
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
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout.length < 64_000_000 ? (stdout += chunk) : undefined));
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

/** `node dist/src/main.js` as a child process (no bundled corpus, rate limit off unless `env` says otherwise). */
export interface MainProcess {
  url: string;
  origin: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

export async function startMainProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<MainProcess> {
  const child = spawn(process.execPath, [path.join(distRoot, "src", "main.js")], {
    cwd: repoRoot,
    env: childEnv(databaseUrl, { PORT: "0", HOST: "127.0.0.1", CORPUS_DIR: path.join(repoRoot, "no-corpus-for-tests"), ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-2_000_000)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      output = (output + chunk).slice(-2_000_000);
      const match = /at (http:\/\/\S+\/graphql)/.exec(output);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`main.js exited (${code}) before listening: ${output}`)));
  });
  return { url, origin: new URL(url).origin, pid: child.pid!, output: () => output, exited, kill: (signal = "SIGKILL") => void child.kill(signal) };
}

/** A tiny but real article: a dateline, a direct quote with its speaker, an indirect statement; unique per index. */
export function tinyArticle(i: number): string {
  return `Arms talks, part ${i}

BAKU, March ${1 + (i % 28)}, 2024 - Azerbaijan and Russia discussed new deliveries of air defence systems, officials said on Thursday.

“We will buy ${i + 2} more systems from Russia,” President Ilham Aliyev said at a meeting in Baku.

Defence Minister Sergei Shoigu said Moscow would deliver the S-400 systems by ${2025 + (i % 5)}.
`;
}

