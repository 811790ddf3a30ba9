import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { testEngine } from "../support/test-database";
import { runCli } from "../support/real-processes";

const engineFree = { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" };

/** A CLI mistake: exit code 2, the expected sentence first on stderr, and nothing raw from Node. */
async function assertUsageError(command: string, args: string[], sentence: RegExp, env?: NodeJS.ProcessEnv): Promise<void> {
  const run = await runCli(command, args, { timeoutMs: 60_000, env });
  assert.equal(run.code, 2, run.stderr);
  const first = run.stderr.split("\n")[0];
  assert.match(first, sentence);
  assert.doesNotMatch(run.stderr, /ENOENT|EISDIR|EACCES|ERR_PARSE_ARGS|at .*\.js:\d+/);
}

describe("command-line mistakes are one sentence and exit code 2", engineFree, () => {
  let dir: string;
  let page: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-usage-"));
    page = path.join(dir, "a.txt");
    fs.writeFileSync(page, "Defence ministers meet\n\nDefence Minister Sergei Shoigu said: “We will keep working together.”\n");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("--date with a month or day that does not exist (extract and ingest)", async () => {
    await assertUsageError("extract", [page, "--date", "2025-13-45"], /^--date "2025-13-45" is not a date \(month 13 does not exist\): use a real YYYY-MM-DD/);
    await assertUsageError("extract", [page, "--date", "2024-02-30"], /^--date "2024-02-30" is not a date \(February 2024 has 29 days\)/);
    await assertUsageError("ingest", [page, "--date", "2025-13-45"], /month 13 does not exist/, { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, "never-opened.sqlite")}` });
    await assertUsageError("export", ["statements", "--format", "csv", "--from", "2024-02-30"], /"from" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD \(got "2024-02-30": February 2024 has 29 days\)/, { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, "never-opened.sqlite")}` });
    assert.equal(fs.existsSync(path.join(dir, "never-opened.sqlite")), false, "the store is not touched");
  });

  it("a real leap day is accepted", async () => {
    const run = await runCli("extract", [page, "--date", "2024-02-29"], { timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).publishedAt, "2024-02-29");
  });

  it("an unknown option names it and shows the usage", async () => {
    await assertUsageError("extract", [page, "--bogus"], /^Unknown option --bogus: use one of the options below\.$/);
    await assertUsageError("export", ["statements", "--fromm", "2020"], /^Unknown option --fromm: use one of the options below\.$/);
  });

  it("export --out into a folder that does not exist, or onto a folder", async () => {
    const missing = path.join(dir, "no-such-folder", "out.csv");
    await assertUsageError("export", ["statements", "--format", "csv", "--out", missing], /^--out .*out\.csv: the folder .*no-such-folder does not exist, so create it first or choose another path\.$/);
    await assertUsageError("export", ["statements", "--format", "csv", "--out", dir], /^--out .* is a folder: give a file name inside it/);
  });

  it("export --out on a read-only file", { skip: process.getuid?.() === 0 && "root writes read-only files" }, async () => {
    const locked = path.join(dir, "locked.csv");
    fs.writeFileSync(locked, "");
    fs.chmodSync(locked, 0o444);
    await assertUsageError("export", ["statements", "--format", "csv", "--out", locked], /cannot be written \(no permission or a read-only disk\)/);
  });
});
