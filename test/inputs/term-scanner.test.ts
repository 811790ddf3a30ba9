import assert from "node:assert/strict";
import { test } from "node:test";
import { termScanner } from "../../src/inputs/term-scanner";
import { wasmTermCandidates, type PrefixTables } from "../../src/inputs/term-candidates-wasm";
import { designationsOf } from "../../src/inputs/open-page-source";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { ARMS_TERMS } from "../../src/language/arms-terms";

// The WebAssembly scan against the JavaScript loop it replaces on the hot path: same word starts, same decisions.

let seed = 23;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** Word starts as the JavaScript loop finds them: a word byte (ASCII letter or digit, a lead from C0 up but C2) after a separator; continuation bytes (80–BF) keep the state. */
function wordStarts(bytes: Uint8Array, from: number): number[] {
  const isWordByte = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0xc0 && b !== 0xc2);
  const starts: number[] = [];
  let inside = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80 && b < 0xc0) continue;
    if (isWordByte(b) && !inside) starts.push(i);
    inside = isWordByte(b);
  }
  return starts;
}

/** Whether at least three characters can be read from `at`, stepping over UTF-8 as the exact look-up's decoding does (a malformed byte is one character). */
function threeCharactersFrom(bytes: Uint8Array, at: number): boolean {
  let count = 0;
  for (let i = at; i < bytes.length && count < 3; count++) {
    const b = bytes[i];
    i += b < 0xc2 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  }
  return count === 3;
}

/** Tables whose bitmaps let every word start through, so the candidates are the word starts with three characters after them. */
const everyStart: PrefixTables = {
  cyrillicLow: new Uint8Array(0x800),
  lower: new Uint16Array(65536),
  keyLength: 5,
  ...Object.fromEntries(["asciiStarts", "asciiTerms3", "asciiStarts4", "cyrillicStarts", "cyrillicTerms3", "cyrillicStarts4", "keyBits"].map((name) => [name, new Uint8Array(1 << 15).fill(0xff)])),
} as PrefixTables;

/** Pieces whose bytes test word state: separators, NBSP (C2 A0), Cyrillic, 3- and 4-byte characters, stray and long runs of continuation bytes, cut sequences. */
const pieces = [
  "a", "Z", "7", " ", "<p>", "-", "\u00a0", "«", "ж", "Ж", "\u2014", "\ud83d\ude00", "é", "\ufeff", "word", "ракета", "tank", "SAM",
  Buffer.from([0x80]), Buffer.from([0xbf, 0xbf, 0xbf, 0xbf, 0xbf]), Buffer.from([0xc2]), Buffer.from([0xd0]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xff]), Buffer.from([0xe2, 0x80]),
];
function randomBytes(length: number): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < length) {
    const piece = pick(pieces);
    const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    parts.push(bytes);
    size += bytes.length;
  }
  return Buffer.concat(parts).subarray(0, length);
}

test("WebAssembly term candidates: exactly the JavaScript loop's word starts, across 64-byte blocks, with malformed UTF-8 and from a byte-order mark", () => {
  const candidates = wasmTermCandidates(everyStart);
  for (let round = 0; round < 3000; round++) {
    const bytes = randomBytes(Math.floor(random() * (round < 1000 ? 140 : 700)));
    const from = bytes.length >= 3 && random() < 0.2 ? 3 : 0;
    const found: number[] = [];
    candidates.anyTermStart(bytes, from, (at) => (found.push(at), false));
    assert.deepEqual(found, wordStarts(bytes, from).filter((at) => threeCharactersFrom(bytes, at)), `the bytes ${bytes.toString("hex")} from ${from}`);
  }
  // stops at the first accepted start, and hands over none when the bytes have no word
  const stopAt: number[] = [];
  assert.equal(candidates.anyTermStart(Buffer.from("one two three"), 0, (at) => (stopAt.push(at), at === 4)), true);
  assert.deepEqual(stopAt, [0, 4]);
  assert.equal(candidates.anyTermStart(Buffer.from(" ab"), 0, () => true), false, "fewer than three characters after the word start");
  assert.equal(candidates.anyTermStart(Buffer.from(" \u00a0-- ,\u00a0\u00a0"), 0, () => true), false);
  assert.equal(candidates.anyTermStart(new Uint8Array(0), 0, () => true), false);
});

test("WebAssembly term candidates: a word carried over a block's end, a run of continuation bytes over it, a page growing the memory", () => {
  const candidates = wasmTermCandidates(everyStart);
  const cases = [
    Buffer.concat([Buffer.alloc(63, 0x20), Buffer.from("abc def")]),
    Buffer.concat([Buffer.alloc(62, 0x20), Buffer.from("\u00a0abc")]), // NBSP's continuation byte is the block's last
    Buffer.concat([Buffer.alloc(60, 0x20), Buffer.from("ж"), Buffer.alloc(70, 0xbf), Buffer.from("x y")]),
    Buffer.concat([Buffer.alloc(60, 0x20), Buffer.from([0xc2]), Buffer.alloc(70, 0xbf), Buffer.from("x y")]),
    Buffer.concat([Buffer.from("ж".repeat(400)), Buffer.from(" я")]),
    Buffer.concat([randomBytes(3_000_000), Buffer.from(" end")]),
  ];
  for (const bytes of cases) {
    const found: number[] = [];
    candidates.anyTermStart(bytes, 0, (at) => (found.push(at), false));
    assert.deepEqual(found, wordStarts(bytes, 0).filter((at) => threeCharactersFrom(bytes, at)), `a case of ${bytes.length} bytes`);
  }
});

test("term scanner: WebAssembly and JavaScript decide alike on generated pages with the real terms, terms at the very end, and past the WebAssembly size limit", () => {
  const terms = [...designationsOf(loadPipelineResources().weapons.weapons), ...ARMS_TERMS];
  const wasm = termScanner(terms, "webassembly");
  const js = termScanner(terms, "javascript");
  const termPieces = ["missile", "MISSILE", "Ракета", "ракеты", "howitzer", "T-90S", "С-400", "sam", "SAM", "зрк", "tan", "tanks", "рак", "ракет"];
  let kept = 0;
  for (let round = 0; round < 4000; round++) {
    const body = randomBytes(Math.floor(random() * 300));
    const bytes = random() < 0.4 ? Buffer.concat([body, Buffer.from(pick([" ", "", "ж", "\u00a0"])), Buffer.from(pick(termPieces))]) : body;
    const skip = random() < 0.3;
    const decision = wasm(bytes, skip);
    if (decision) kept++;
    assert.equal(decision, js(bytes, skip), `the bytes ${bytes.toString("hex")}${skip ? " skipping a byte-order mark" : ""}`);
  }
  assert.ok(kept > 400 && kept < 3600, `both decisions occur (${kept} of 4000 kept)`);
  const big = Buffer.alloc(5 * 1024 * 1024, "the council met on budget day ");
  assert.equal(wasm(big, false), false);
  assert.equal(wasm(Buffer.concat([big, Buffer.from(" missile")]), false), true);
});
