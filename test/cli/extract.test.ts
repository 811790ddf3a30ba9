import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { testEngine } from "../support/test-database";
import { runCli } from "../support/real-processes";

const engineFree = { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-extract-"));
}

test("extract --ndjson: one line per file in the order given; a missing file and a folder give error lines and the rest go on", engineFree, async () => {
  const dir = tempDir();
  const good = path.join(dir, "a.txt");
  fs.writeFileSync(good, "Defence ministers meet\n\nDefence Minister Sergei Shoigu said: “We will keep working together.”\n");
  const run = await runCli("extract", ["--ndjson", good, path.join(dir, "missing.txt"), dir, good], { timeoutMs: 120_000 });
  const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.equal(run.code, 1, "a failed file makes the exit code 1");
  assert.deepEqual(lines.map((l) => l.file), [good, path.join(dir, "missing.txt"), dir, good]);
  assert.equal(lines[0].statements[0].speaker, "Sergei Shoigu");
  const withoutTimings = ({ timings: _timings, ...rest }: Record<string, unknown>) => rest;
  assert.deepEqual(withoutTimings(lines[3]), withoutTimings(lines[0]), "the same file gives the same extraction");
  assert.match(lines[1].error, /missing\.txt does not exist: check the path\./);
  assert.match(lines[2].error, /is a folder: give the article files inside it\./);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("extract: a missing file or a folder is one sentence and exit code 2, never a raw ENOENT or EISDIR", engineFree, async () => {
  const dir = tempDir();
  for (const [target, message] of [[path.join(dir, "nope.txt"), /nope\.txt does not exist: check the path\./], [dir, /is a folder: give the article files inside it\./]] as const) {
    const run = await runCli("extract", [target], { timeoutMs: 60_000 });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /ENOENT|EISDIR|at .*\.js:\d+/);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
