import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { testEngine } from "../support/test-database";
import { repoRoot } from "../support/paths";

const root = repoRoot;
const scorer = path.resolve(root, "..", "shared", "eval", "score.mjs");
const extractCommand = `node ${JSON.stringify(path.join(root, "dist", "src", "cli", "extract.js"))}`;

/** Runs the shared scorer over a gold folder and returns its totals. */
function score(gold: string, corpus: string): Record<string, number> {
  const out = execFileSync(process.execPath, [scorer, "--gold", gold, "--corpus", corpus, "--cmd", extractCommand, "--json"], {
    encoding: "utf8",
    maxBuffer: 16 << 20,
  });
  const lines = out.trim().split("\n");
  console.log(lines.filter((l) => /^(direct|indirect|actors)/.test(l)).join("\n"));
  return JSON.parse(lines[lines.length - 1]);
}

const skip = testEngine !== "sqlite" ? "extraction needs no database: measured once, in the SQLite pass" : !fs.existsSync(scorer) ? `the scorer is not at ${scorer}` : false;

test("extraction meets the targets on the corpus gold", { skip }, () => {
  const totals = score(path.resolve(root, "..", "shared", "corpus", "gold"), path.resolve(root, "..", "shared", "corpus"));
  assert.ok(totals.quoteF1 >= 0.95, `quote F1 ${totals.quoteF1}`);
  assert.ok(totals.speaker >= 0.95, `speaker ${totals.speaker}`);
  assert.ok(totals.via >= 0.9, `via ${totals.via}`);
  assert.ok(totals.indirectR >= 0.8, `indirect recall ${totals.indirectR}`);
  assert.ok(totals.indirectSpeaker >= 0.9, `indirect speaker ${totals.indirectSpeaker}`);
  assert.ok(totals.actorR >= 0.9 && totals.actorP >= 0.8, `actors R ${totals.actorR} P ${totals.actorP}`);
  assert.ok(totals.dealR >= 0.8 && totals.dealP >= 0.7, `deals R ${totals.dealR} P ${totals.dealP}`);
  assert.ok(totals.meta >= 0.9, `metadata ${totals.meta}`);
  assert.equal(totals.leaks, 0, "boilerplate leaks");
});

test("extraction holds up on articles written for this test, from other outlets, in both languages", { skip }, () => {
  const fixtures = path.join(root, "test", "fixtures", "unseen");
  const totals = score(path.join(fixtures, "gold"), path.join(fixtures, "articles"));
  assert.ok(totals.quoteF1 >= 0.9, `quote F1 ${totals.quoteF1}`);
  assert.ok(totals.speaker >= 0.85, `speaker ${totals.speaker}`);
  assert.ok(totals.indirectR >= 0.7, `indirect recall ${totals.indirectR}`);
  assert.ok(totals.actorR >= 0.85, `actor recall ${totals.actorR}`);
  assert.ok(totals.meta >= 0.85, `metadata ${totals.meta}`);
  assert.equal(totals.leaks, 0, "boilerplate leaks");
});
