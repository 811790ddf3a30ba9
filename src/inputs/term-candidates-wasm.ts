import { encodeModule, I32, I64, V128, op, type WasmFunction } from "./wasm-encoder";

/**
 * The term scanner's first passes in WebAssembly: finds the word starts of UTF-8 bytes 64 at a time
 * (SIMD byte classes, then the word state carried through continuation bytes with one addition), tests
 * them against prefix bitmaps as the JavaScript loop in term-scanner.ts does (ASCII prefixes by a hash
 * of their own), then against a bitmap of hashes of the terms' first characters, and hands over only
 * those left. It promises that every word start
 * where the exact look-up could find a term is handed over, in order, and no position that is not a
 * word start: the caller's exact look-up then decides as it would alone.
 */

/** Where the scanner's prefix tables come from (term-scanner.ts builds them). */
export interface PrefixTables {
  /** For each index ((lead & 0x1f) << 6) | (continuation & 0x3f) of a two-byte character, its lowered unit's low 7 bits. */
  cyrillicLow: Uint8Array;
  /**
   * Bitmaps of 2^18 bits: by asciiPrefixHash of the terms' first three ASCII characters, of the
   * three-character terms, of their first four; by term-scanner.ts's hashes of the terms' first three
   * Cyrillic letters, of the three-letter terms, of their first four.
   */
  asciiStarts: Uint8Array;
  asciiTerms3: Uint8Array;
  asciiStarts4: Uint8Array;
  cyrillicStarts: Uint8Array;
  cyrillicTerms3: Uint8Array;
  cyrillicStarts4: Uint8Array;
  /** Every UTF-16 unit lowered (65,536 of them). */
  lower: Uint16Array;
  /**
   * A bitmap (a power of two bytes) of hashes of each term's first min(length, keyLength) lowered
   * characters, hashed as the exact look-up hashes its keys; longer than its keys, so that words sharing
   * a term's first five characters ("storm" for "storm shadow") are mostly turned away here.
   */
  keyBits: Uint8Array;
  keyLength: number;
}

/**
 * Calls `startsTerm` at each word start of `bytes` from `from` (where no word is under way) that the
 * bitmaps let through, until it answers true; returns whether one did. `bytes` larger than
 * `maxBytes` are not taken: the caller scans them itself.
 */
export interface TermCandidates {
  maxBytes: number;
  anyTermStart(bytes: Uint8Array, from: number, startsTerm: (at: number) => boolean): boolean;
}

const CYRILLIC_LOW_AT = 0;
const BITMAP_BYTES = 1 << 15;
const BITMAPS_AT = 4096;
const LOWER_AT = 4 * 65536;
const KEY_BITS_AT = 6 * 65536;
/** Zero bytes kept after a page: the last 64-byte block and the prefix tests read past its end. */
const PADDING = 64;
/** Pages above this size are left to the JavaScript scan, so the memory (which never shrinks) stays small. */
const MAX_BYTES = 4 * 1024 * 1024;
const GOLDEN = 0x9e3779b1;
const HASH_SHIFT = 32 - 18;

/** Terms have at least three characters: keys are tested from the third. */
const MIN_TERM_LENGTH = 3;

/** The functions' parameters and locals, by index. */
const FROM = 0, END = 1, INSIDE = 2;
const BLOCK = 3, OUT_IN = 4, WORD = 5, CONTINUATION = 6, STARTS = 7, OUT_AFTER = 8, AT = 9, FOUR_BYTES = 10, PREFIX = 11;
const BYTES16 = 12, K_C0 = 13, K_80 = 14, K_20 = 15, K_61 = 16, K_26 = 17, K_30 = 18, K_10 = 19, K_C2 = 20, SEPARATOR = 21, PREFIX4 = 22;

const get = op.localGet;
const set = op.localSet;
const bitmapAt = (index: number) => BITMAPS_AT + index * BITMAP_BYTES;

/**
 * The position in the ASCII bitmaps of three or four ASCII characters, read as one little-endian number
 * with 0x20 or-ed into each byte (which makes both cases of a letter one, and is the same for a
 * character and the character it lowers to).
 */
export function asciiPrefixHash(characters: number): number {
  return Math.imul(characters | 0x20202020, GOLDEN) >>> HASH_SHIFT;
}

/** The byte at `at` + `delta`. */
const byteAt = (delta: number) => [get(AT), op.i32Load8U(delta)];
/** The lowered low 7 bits of the two-byte character at `at` + `delta` (cyrillicLowAt in term-scanner.ts). */
const cyrillicLowAt = (delta: number) => [
  ...byteAt(delta), op.i32Const(0x1f), op.i32And(), op.i32Const(6), op.i32Shl(),
  ...byteAt(delta + 1), op.i32Const(0x3f), op.i32And(), op.i32Or(), op.i32Load8U(CYRILLIC_LOW_AT),
];
/** Whether the byte at `at` + `delta` leads a U+0400–U+047F character (D0 or D1). */
const isCyrillicLeadAt = (delta: number) => [...byteAt(delta), op.i32Const(0xfe), op.i32And(), op.i32Const(0xd0), op.i32Eq()];
/** The hash (18 bits) of the 32-bit value on the stack. */
const hash = () => [op.i32Const(GOLDEN), op.i32Mul(), op.i32Const(HASH_SHIFT), op.i32ShrU()];
/** The bit of bitmap `index` at the position in local `position` (1 or 0). */
const bitOf = (index: number, position: number) => [
  get(position), op.i32Const(3), op.i32ShrU(), op.i32Load8U(bitmapAt(index)),
  get(position), op.i32Const(7), op.i32And(), op.i32ShrU(), op.i32Const(1), op.i32And(),
];

/** The word and continuation bits of the 16 bytes at `block` + `offset`, or-ed into WORD and CONTINUATION. */
function classesOf16(offset: number): number[][] {
  const toBits = [op.i8x16Bitmask(), op.i64ExtendI32U(), op.i64Const(BigInt(offset)), op.i64Shl()];
  return [
    get(BLOCK), op.v128Load(offset), set(BYTES16),
    // word bytes: ASCII letters and digits, and leads from C0 up but C2 (U+0080–U+00BF are not word characters)
    get(WORD),
    get(BYTES16), get(K_20), op.v128Or(), get(K_61), op.i8x16Sub(), get(K_26), op.i8x16LtU(),
    get(BYTES16), get(K_30), op.i8x16Sub(), get(K_10), op.i8x16LtU(), op.v128Or(),
    get(BYTES16), get(K_C0), op.i8x16GeU(), get(BYTES16), get(K_C2), op.i8x16Ne(), op.v128And(), op.v128Or(),
    ...toBits, op.i64Or(), set(WORD),
    // continuation bytes (80–BF) leave the word state as it was
    get(CONTINUATION),
    get(BYTES16), get(K_C0), op.v128And(), get(K_80), op.i8x16Eq(),
    ...toBits, op.i64Or(), set(CONTINUATION),
  ];
}

const splat = (byte: number, local: number) => [op.i32Const(byte), op.i8x16Splat(), set(local)];

/**
 * next_candidate(from, end, inside): the first word start at or after `from` and before `end` that the
 * bitmaps let through, or -1; `inside` is 1 when `from` is within a word (the byte before it was a
 * word start), 0 when no word is under way.
 */
const nextCandidate: WasmFunction = {
  name: "next_candidate",
  params: [I32, I32, I32],
  results: [I32],
  locals: [I32, I64, I64, I64, I64, I64, I32, I32, I32, V128, V128, V128, V128, V128, V128, V128, V128, V128, I64, I32],
  body: [
    ...splat(0xc0, K_C0), ...splat(0x80, K_80), ...splat(0x20, K_20), ...splat(0x61, K_61),
    ...splat(26, K_26), ...splat(0x30, K_30), ...splat(10, K_10), ...splat(0xc2, K_C2),
    get(FROM), set(BLOCK),
    op.i32Const(1), get(INSIDE), op.i32Sub(), op.i64ExtendI32U(), set(OUT_IN),
    op.loop(), // each block of 64 bytes
    get(BLOCK), get(END), op.i32GeU(), op.if(), op.i32Const(-1), op.return(), op.end(),
    op.i64Const(0n), set(WORD), op.i64Const(0n), set(CONTINUATION),
    ...classesOf16(0), ...classesOf16(16), ...classesOf16(32), ...classesOf16(48),
    // separators end a word; a run of continuation bytes right after a separator (or after `from` outside a word) is outside too:
    // adding the run's first bit carries through the run and clears exactly its bits
    get(WORD), get(CONTINUATION), op.i64Or(), op.i64Const(-1n), op.i64Xor(), set(SEPARATOR),
    get(SEPARATOR),
    get(CONTINUATION),
    get(CONTINUATION), get(SEPARATOR), op.i64Const(1n), op.i64Shl(), get(OUT_IN), op.i64Or(), get(CONTINUATION), op.i64And(), op.i64Add(),
    op.i64Const(-1n), op.i64Xor(), op.i64And(), op.i64Or(), set(OUT_AFTER),
    // a word starts at a word byte that follows a position outside a word
    get(WORD), get(OUT_AFTER), op.i64Const(1n), op.i64Shl(), get(OUT_IN), op.i64Or(), op.i64And(), set(STARTS),
    get(END), get(BLOCK), op.i32Sub(), op.i32Const(64), op.i32LtU(), op.if(),
    get(STARTS), op.i64Const(1n), get(END), get(BLOCK), op.i32Sub(), op.i64ExtendI32U(), op.i64Shl(), op.i64Const(1n), op.i64Sub(), op.i64And(), set(STARTS),
    op.end(),
    get(OUT_AFTER), op.i64Const(63n), op.i64ShrU(), set(OUT_IN),
    op.block(), // the block's word starts are done
    op.loop(), // each word start
    get(STARTS), op.i64Eqz(), op.brIf(1),
    get(BLOCK), get(STARTS), op.i64Ctz(), op.i32WrapI64(), op.i32Add(), set(AT),
    get(STARTS), get(STARTS), op.i64Const(1n), op.i64Sub(), op.i64And(), set(STARTS),
    op.block(), // turned away
    op.block(), // let through by the prefix bitmaps
    op.block(), // not four ASCII characters
    get(AT), op.i32Load(), op.localTee(FOUR_BYTES), op.i32Const(0x80808080), op.i32And(), op.i32Eqz(),
    get(AT), op.i32Const(3), op.i32Add(), get(END), op.i32LtU(), op.i32And(),
    op.i32Eqz(), op.brIf(0),
    // the three bitmaps are read without branching (a word start passes the first one often): one branch on the outcome
    get(FOUR_BYTES), op.i32Const(0x00ffffff), op.i32And(), op.i32Const(0x20202020), op.i32Or(), ...hash(), set(PREFIX),
    get(FOUR_BYTES), op.i32Const(0x20202020), op.i32Or(), ...hash(), set(PREFIX4),
    ...bitOf(0, PREFIX), ...bitOf(1, PREFIX), ...bitOf(2, PREFIX4), op.i32Or(), op.i32And(),
    op.i32Eqz(), op.brIf(2),
    op.br(1),
    op.end(),
    op.block(), // not three Cyrillic letters
    ...isCyrillicLeadAt(0),
    get(AT), op.i32Const(7), op.i32Add(), get(END), op.i32LtU(), op.i32And(),
    ...isCyrillicLeadAt(2), op.i32And(), ...isCyrillicLeadAt(4), op.i32And(),
    op.i32Eqz(), op.brIf(0),
    ...cyrillicLowAt(0), op.i32Const(14), op.i32Shl(), ...cyrillicLowAt(2), op.i32Const(7), op.i32Shl(), op.i32Or(), ...cyrillicLowAt(4), op.i32Or(), ...hash(), op.localTee(PREFIX),
    op.i32Const(6), op.i32Shl(), ...cyrillicLowAt(6), op.i32Or(), ...hash(), set(PREFIX4),
    // let through unless the fourth character is Cyrillic too and neither the three-letter terms nor the four-letter hashes hold it
    ...bitOf(3, PREFIX), ...isCyrillicLeadAt(6), op.i32Eqz(), ...bitOf(4, PREFIX), op.i32Or(), ...bitOf(5, PREFIX4), op.i32Or(), op.i32And(),
    op.i32Eqz(), op.brIf(2),
    op.br(1),
    op.end(),
    op.end(), // any other word start is let through
    // then the hashes of its first characters, as the exact look-up computes them
    get(AT), get(END), op.call(1), op.i32Eqz(), op.brIf(0),
    get(AT), op.return(),
    op.end(),
    op.br(0),
    op.end(),
    op.end(),
    get(BLOCK), op.i32Const(64), op.i32Add(), set(BLOCK),
    op.br(0),
    op.end(),
    op.i32Const(-1),
  ],
};

/** may_start_term(at, end) locals. */
const KEY_AT = 0, KEY_END = 1, KEY_I = 2, KEY_COUNT = 3, KEY_PARTIAL = 4, KEY_BYTE = 5, KEY_UNIT = 6, KEY_HASH = 7;
const advance = (bytes: number) => [get(KEY_I), op.i32Const(bytes), op.i32Add(), set(KEY_I)];
const keyByteAt = (delta: number) => [get(KEY_I), op.i32Load8U(delta)];

/**
 * may_start_term(at, end): 1 when the hash of the first j characters at `at`, for some j from 3 to
 * `keyLength` (decoded and lowered as decodeLowered in term-scanner.ts decodes them: U+FFFD for a
 * malformed or astral character, none past `end`), is in the key bitmap.
 */
function mayStartTerm(keyLength: number, keyMask: number): WasmFunction {
  return {
    name: "may_start_term",
    params: [I32, I32],
    results: [I32],
    locals: [I32, I32, I32, I32, I32, I32],
    body: [
      get(KEY_AT), set(KEY_I),
      op.loop(), // each character
      get(KEY_COUNT), op.i32Const(keyLength), op.i32GeU(), get(KEY_I), get(KEY_END), op.i32GeU(), op.i32Or(),
      op.if(), op.i32Const(0), op.return(), op.end(),
      ...keyByteAt(0), set(KEY_BYTE), ...advance(1),
      op.block(), // decoded into KEY_UNIT
      get(KEY_BYTE), set(KEY_UNIT),
      get(KEY_BYTE), op.i32Const(0x80), op.i32LtU(), op.brIf(0),
      op.i32Const(0xfffd), set(KEY_UNIT),
      get(KEY_BYTE), op.i32Const(0xc2), op.i32LtU(), op.brIf(0),
      get(KEY_BYTE), op.i32Const(0xe0), op.i32LtU(),
      op.if(), // two bytes, when the second is there
      get(KEY_I), get(KEY_END), op.i32LtU(),
      op.if(),
      get(KEY_BYTE), op.i32Const(0x1f), op.i32And(), op.i32Const(6), op.i32Shl(), ...keyByteAt(0), op.i32Const(0x3f), op.i32And(), op.i32Or(), set(KEY_UNIT),
      ...advance(1),
      op.end(),
      op.br(1),
      op.end(),
      get(KEY_BYTE), op.i32Const(0xf0), op.i32LtU(),
      op.if(), // three bytes, when the other two are there
      get(KEY_I), op.i32Const(1), op.i32Add(), get(KEY_END), op.i32LtU(),
      op.if(),
      get(KEY_BYTE), op.i32Const(0x0f), op.i32And(), op.i32Const(12), op.i32Shl(),
      ...keyByteAt(0), op.i32Const(0x3f), op.i32And(), op.i32Const(6), op.i32Shl(), op.i32Or(),
      ...keyByteAt(1), op.i32Const(0x3f), op.i32And(), op.i32Or(), set(KEY_UNIT),
      op.end(),
      ...advance(2),
      op.br(1),
      op.end(),
      ...advance(3), // four bytes: U+FFFD
      op.end(),
      get(KEY_PARTIAL), op.i32Const(31), op.i32Mul(), get(KEY_UNIT), op.i32Const(1), op.i32Shl(), op.i32Load16U(LOWER_AT), op.i32Add(), set(KEY_PARTIAL),
      get(KEY_COUNT), op.i32Const(1), op.i32Add(), op.localTee(KEY_COUNT), op.i32Const(MIN_TERM_LENGTH), op.i32GeU(),
      op.if(),
      get(KEY_PARTIAL), op.i32Const(GOLDEN), op.i32Mul(), get(KEY_COUNT), op.i32Xor(), op.i32Const(keyMask), op.i32And(), set(KEY_HASH),
      get(KEY_HASH), op.i32Const(3), op.i32ShrU(), op.i32Load8U(KEY_BITS_AT), get(KEY_HASH), op.i32Const(7), op.i32And(), op.i32ShrU(), op.i32Const(1), op.i32And(),
      op.if(), op.i32Const(1), op.return(), op.end(),
      op.end(),
      op.br(0),
      op.end(),
      op.i32Const(0),
    ],
  };
}

/** A WebAssembly instance holding `tables`, with its memory grown to each page handed to it. */
export function wasmTermCandidates(tables: PrefixTables): TermCandidates {
  const pageAt = KEY_BITS_AT + Math.ceil(tables.keyBits.length / 65536) * 65536;
  const module = new WebAssembly.Module(encodeModule(pageAt / 65536 + 1, [nextCandidate, mayStartTerm(tables.keyLength, tables.keyBits.length * 8 - 1)]));
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports.memory as WebAssembly.Memory;
  const next = instance.exports.next_candidate as (from: number, end: number, inside: number) => number;
  let bytesView = new Uint8Array(memory.buffer);
  bytesView.set(tables.cyrillicLow, CYRILLIC_LOW_AT);
  [tables.asciiStarts, tables.asciiTerms3, tables.asciiStarts4, tables.cyrillicStarts, tables.cyrillicTerms3, tables.cyrillicStarts4].forEach((bitmap, index) =>
    bytesView.set(bitmap, bitmapAt(index)),
  );
  const littleEndian = new DataView(memory.buffer);
  tables.lower.forEach((unit, index) => littleEndian.setUint16(LOWER_AT + 2 * index, unit, true));
  bytesView.set(tables.keyBits, KEY_BITS_AT);
  return {
    maxBytes: MAX_BYTES,
    anyTermStart(bytes, from, startsTerm) {
      const n = bytes.length;
      if (n > MAX_BYTES) throw new Error(`${n} bytes is over the ${MAX_BYTES} the WebAssembly term scan takes`);
      const needed = pageAt + n + PADDING;
      if (needed > bytesView.length) {
        memory.grow(Math.ceil((needed - bytesView.length) / 65536));
        bytesView = new Uint8Array(memory.buffer);
      }
      bytesView.set(bytes, pageAt);
      bytesView.fill(0, pageAt + n, pageAt + n + PADDING);
      let inside = 0;
      for (let at = next(pageAt + from, pageAt + n, inside); at >= 0; at = next(at + 1, pageAt + n, inside)) {
        if (startsTerm(at - pageAt)) return true;
        inside = 1;
      }
      return false;
    },
  };
}
