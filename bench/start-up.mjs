#!/usr/bin/env node
// Prints how long `npm start` takes from spawn to its first answered GraphQL query, twice over one
// SQLite store: the first start (empty store: migrate, sync the knowledge base, load the bundled
// corpus) and a restart (everything already there). Usage: node bench/start-up.mjs [runs=2]
// Also prints the CPU time all its processes (npm, the build check, the server) spent by then,
// which a loaded machine does not inflate. A figure, not a test. Set DATABASE_URL to measure another store (it is not removed then).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = new URL("..", import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-start-"));
const databaseUrl = process.env.DATABASE_URL || `sqlite:${path.join(dir, "start.sqlite")}`;
const port = 4100 + Math.floor(Math.random() * 800);
// Preloaded into every process of the start (NODE_OPTIONS): writes its CPU time when it exits.
const probe = path.join(dir, "probe.cjs");
fs.writeFileSync(probe, `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeFileSync(${JSON.stringify(dir)} + "/cpu-" + process.pid, String((u.user + u.system) / 1000)); });`);
const query = JSON.stringify({ query: "{ statements(first: 1) { edges { node { id } } } }" });

async function firstAnswer() {
  const started = performance.now();
  const child = spawn("npm", ["start"], { cwd: root, env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  for (const name of fs.readdirSync(dir)) if (name.startsWith("cpu-")) fs.rmSync(path.join(dir, name));
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let exited = false;
  child.on("exit", () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before answering:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: query });
        if (response.ok && (await response.json()).data) return { ms: performance.now() - started, output };
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    if (!exited) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.on("exit", resolve));
    }
  }
}

try {
  for (let run = 1; run <= runs; run++) {
    const { ms, output } = await firstAnswer();
    const cpuMs = fs.readdirSync(dir).filter((name) => name.startsWith("cpu-")).reduce((sum, name) => sum + Number(fs.readFileSync(path.join(dir, name), "utf8")), 0);
    const lines = output.split("\n").filter((line) => /knowledge base|bundled corpus/.test(line)).join(" | ");
    console.log(`start ${run}: first answer ${(ms / 1000).toFixed(2)} s after spawn, ${(cpuMs / 1000).toFixed(2)} s CPU  (${lines})`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
