// Server CPU per request of two (or more) builds of armsgraph, alternated on the same load: a shared,
// busy machine makes separate bench runs differ by more than most changes, so this starts one server per
// build (bench/lib/serve-armsgraph.cjs with ARMSGRAPH_ROOT=<build>) on the same database, checks their
// answers are identical, then runs rounds of N requests (4 at a time) against each in turn and prints the
// server CPU ms/request (from /proc) of every round, its minimum and median.
//   node bench/alternate.mjs DATABASE_URL feed|actor|deals ROUNDS N BUILD_ROOT...
//   e.g. node bench/alternate.mjs sqlite:/tmp/store.sqlite feed 6 300 /tmp/main-build /path/to/checkout
// A build root is a directory holding dist/ (npm run build), node_modules/ (a symlink will do) and package.json
// (its "start" script's Node options are the server's: bench/lib/server-node-options.mjs).
// ACTOR_ID picks the actor page's actor (default 260); PROF=<dir> writes each server's V8 CPU profile there.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ACTOR, DEALS, FEED } from "./lib/operations.mjs";
import { serverNodeOptions } from "./lib/server-node-options.mjs";

const [url, op, rounds, n, ...roots] = process.argv.slice(2);
if (!roots.length) {
  console.error("usage: node bench/alternate.mjs DATABASE_URL feed|actor|deals ROUNDS N BUILD_ROOT...");
  process.exit(2);
}
const [query, variables] = { feed: [FEED, {}], actor: [ACTOR, { id: process.env.ACTOR_ID ?? "260" }], deals: [DEALS, {}] }[op];
const server = path.join(path.dirname(new URL(import.meta.url).pathname), "lib", "serve-armsgraph.cjs");

/** CPU ms (user + system) a process has used, from /proc. */
const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

async function start(root) {
  const prof = process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.PROF] : [];
  const child = spawn(process.execPath, [...serverNodeOptions(root), ...prof, server], {
    env: { ...process.env, ARMSGRAPH_ROOT: root, DATABASE_URL: url, NODE_ENV: "production", RATE_LIMIT: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const message = await new Promise((resolve, reject) => {
    let out = "";
    child.on("exit", (code) => reject(new Error(`server of ${root} exited with ${code}`)));
    child.stdout.on("data", (d) => { out += d; if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0])); });
  });
  return { child, url: message.url };
}

const post = async (to) => (await fetch(to, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json();

const servers = [];
try {
  for (const root of roots) servers.push(await start(root));
  const answers = [];
  for (const s of servers) {
    answers.push(JSON.stringify(await post(s.url)));
    for (let i = 0; i < 200; i++) await post(s.url);
  }
  if (new Set(answers).size !== 1) throw new Error("the builds answer differently");
  const results = roots.map(() => []);
  for (let r = 0; r < Number(rounds); r++) {
    for (const [k, s] of servers.entries()) {
      const before = cpuMs(s.child.pid);
      let left = Number(n);
      await Promise.all(Array.from({ length: 4 }, async () => { while (left-- > 0) await post(s.url); }));
      results[k].push((cpuMs(s.child.pid) - before) / Number(n));
    }
  }
  for (const [k, root] of roots.entries()) {
    const sorted = [...results[k]].sort((a, b) => a - b);
    console.log(`${root}: server CPU ms/request min ${sorted[0].toFixed(2)} median ${sorted[sorted.length >> 1].toFixed(2)} (rounds: ${results[k].map((x) => x.toFixed(2)).join(" ")})`);
  }
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
}
