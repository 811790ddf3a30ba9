import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { testEngine } from "../../support/test-database";
import { repoRoot } from "../../support/paths";

const root = repoRoot;
const skip = testEngine !== "sqlite" ? "codegen needs no database: checked once, in the SQLite pass" : false;

test("the generated client documents (examples/client/gql) match schema.graphql and the operations", { skip, timeout: 120_000 }, async () => {
  const bin = path.join(root, "node_modules", ".bin", "graphql-codegen");
  let output = "";
  let failed = false;
  try {
    const result = await promisify(execFile)(bin, ["--config", "codegen.yml", "--check"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "true" } });
    output = result.stdout + result.stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    output = `${e.stdout ?? ""}${e.stderr ?? ""}` || e.message;
    failed = true;
  }
  const stale = [...output.matchAll(/^\s*-\s+(\S+)$/gm)].map((m) => m[1]);
  assert.ok(!failed && !/stale files/i.test(output), `the generated client files are stale (${stale.join(", ") || "see below"}): run \`npm run codegen\` and commit examples/client/gql/\n${output}`);
});
