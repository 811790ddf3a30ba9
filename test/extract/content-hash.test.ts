import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { contentHash } from "../../src/extract/content-hash";

/** The previous definition (quadratic on long blank runs), to prove stored hashes do not change. */
const previous = (text: string) => createHash("sha256").update(text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim(), "utf8").digest("hex");

test("contentHash gives the same hashes as before on pages with every kind of line ending and blank", () => {
  const alphabet = ["a", "Б", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u00a0", "“", "x y"];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
    assert.equal(contentHash(text), previous(text), JSON.stringify(text));
  }
});

test("contentHash is linear: a million blanks inside a line take milliseconds (the old regex never finished)", () => {
  const started = Date.now();
  contentHash(`Aliyev${" ".repeat(1_000_000)}said "yes".\n${"\t ".repeat(500_000)}x`);
  assert.ok(Date.now() - started < 3_000, `${Date.now() - started} ms`);
});
