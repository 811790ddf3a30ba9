#!/usr/bin/env node
// Compiles with tsc only when a TypeScript source or tsconfig.json is newer than the last build
// (dist/.tsbuildinfo), so `npm start` on an installed checkout does not pay tsc's start-up (seconds)
// every time. `npm run build` always compiles.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const buildInfo = join(root, "dist", ".tsbuildinfo");
const SOURCES = ["src", "test", "migrations", "examples"];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return path.endsWith(".ts") || path.endsWith("tsconfig.json") ? stat.mtimeMs : 0;
  return readdirSync(path).reduce((newest, name) => (name === "node_modules" ? newest : Math.max(newest, newestMtime(join(path, name)))), stat.mtimeMs);
}

const built = statSync(buildInfo, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(newestMtime(join(root, "tsconfig.json")), newestMtime(join(root, "ormconfig.ts")), ...SOURCES.map((dir) => newestMtime(join(root, dir))));
if (built && sources <= built) process.exit(0);
const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
// tsc leaves the build info untouched when no output changed (a file saved without edits): mark the check as done.
if (tsc.status === 0) utimesSync(buildInfo, new Date(), new Date());
process.exit(tsc.status ?? 1);
