import { asciiPrefixHash, wasmTermCandidates } from "./term-candidates-wasm";

/**
 * Finds whether UTF-8 bytes contain a term at the start of a word, ignoring case, in one pass and
 * without decoding them to a string. It answers exactly what scanning the decoded text lowered with
 * String.prototype.toLowerCase would, given that the bytes hold neither "İ" nor "Σ" (the only
 * characters whose lowering is not one unit for one unit, or depends on the context: see
 * `needsWholeTextLowering`), and that the terms are in the Basic Multilingual Plane (designations and
 * words are; a character beyond it is read as U+FFFD). A word starts where the previous character,
 * lowered, is not an ASCII letter or digit nor a character from U+00C0 up (Latin-1 letters, Cyrillic,
 * every other script).
 */
export type TermScanner = (bytes: Uint8Array, skipByteOrderMark: boolean) => boolean;

/**
 * How word starts are found and turned away by the prefix bitmaps: by WebAssembly (term-candidates-wasm.ts,
 * 64 bytes at a time) or by the JavaScript loop below; both look up exactly the same word starts. Pages over
 * the WebAssembly scan's size limit always take the JavaScript loop.
 */
export type ScanEngine = "webassembly" | "javascript";

/** Shortest term used: shorter ones ("M1", "F5") match everywhere. */
const MIN_TERM_LENGTH = 3;
/** Terms are looked up by a hash of their first 3, 4 or 5 characters (fewer when the term is shorter). */
const KEY_LENGTH = 5;
const HASH_BITS = 22;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** The WebAssembly scan's own key: a hash of a term's first 8 characters (all of them when it is shorter), in a bitmap of 2^20 bits. */
const LONG_KEY_LENGTH = 8;
const LONG_KEY_BITS = 20;

/** Every UTF-16 unit lowered as toLowerCase lowers it alone (İ, whose lowering is two units, kept as it is). */
const LOWER = new Uint16Array(65536);
for (let unit = 0; unit < 65536; unit++) {
  const lowered = String.fromCharCode(unit).toLowerCase();
  LOWER[unit] = lowered.length === 1 ? lowered.charCodeAt(0) : unit;
}
/** Bytes by their part in words: 0 ends a word (ASCII punctuation and space, the lead of U+0080–U+00BF), 1 is or starts a word character, 2 continues a character. */
const BYTE_CLASS = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const asciiWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
  BYTE_CLASS[byte] = byte < 0x80 ? (asciiWord ? 1 : 0) : byte < 0xc0 ? 2 : byte === 0xc2 ? 0 : 1;
}

/** True for a unit in U+0400–U+047F (Cyrillic, the block lowering keeps letters in). */
function isCyrillic(unit: number): boolean {
  return unit >= 0x400 && unit < 0x480;
}

/** The low 7 bits of each two-byte character's lowered unit, by ((lead & 0x1f) << 6) | (continuation & 0x3f). */
const CYRILLIC_LOW = Uint8Array.from(LOWER.subarray(0, 0x800), (unit) => unit & 0x7f);

/** The low 7 bits of the lowered letter whose two UTF-8 bytes start at `i` (lead D0 or D1). */
function cyrillicLowAt(bytes: Uint8Array, i: number): number {
  return CYRILLIC_LOW[((bytes[i] & 0x1f) << 6) | (bytes[i + 1] & 0x3f)];
}

/** True when lowering `text` unit by unit would differ from lowering it whole (İ becomes two units; Σ depends on its place in the word). */
export function needsWholeTextLowering(text: string): boolean {
  return /[\u0130\u03a3]/.test(text);
}

/** True when UTF-8 bytes hold "İ" (C4 B0) or "Σ" (CE A3). */
export function holdsContextLoweredLetter(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf(DOTTED_CAPITAL_I) >= 0 || buffer.indexOf(CAPITAL_SIGMA) >= 0;
}
const DOTTED_CAPITAL_I = Buffer.from("\u0130");
const CAPITAL_SIGMA = Buffer.from("\u03a3");

/**
 * ASCII bytes by a 6-bit code, the same for both cases of a letter: letters and digits each have their
 * own, other characters share the rest (a shared code only lets a word start through to the exact
 * look-up). Codes of three characters index a bitmap of 2^18 bits (32 KB, where the former 2^21-bit
 * one missed the cache at most word starts).
 */
const ASCII_CODE = new Uint8Array(128);
for (let byte = 0; byte < 128; byte++) {
  const lowered = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
  ASCII_CODE[byte] = lowered >= 0x61 && lowered <= 0x7a ? lowered - 0x61 : lowered >= 0x30 && lowered <= 0x39 ? 26 + lowered - 0x30 : 36 + (lowered % 28);
}
const PREFIX_BITS = 18;

/** A hash (PREFIX_BITS wide) of three Cyrillic letters, lowered, by their low 7 bits (U+0400–U+047F). */
function cyrillic3Hash(u0: number, u1: number, u2: number): number {
  return Math.imul((u0 << 14) | (u1 << 7) | u2, 0x9e3779b1) >>> (32 - PREFIX_BITS);
}

/** A hash (PREFIX_BITS wide) of three characters' codes and a fourth's. */
function code4Hash(code3: number, fourth: number): number {
  return Math.imul((code3 << 6) | fourth, 0x9e3779b1) >>> (32 - PREFIX_BITS);
}

function keyHash(partial: number, length: number): number {
  return (Math.imul(partial, 0x9e3779b1) ^ length) >>> 0;
}

/**
 * The scanner for `terms` (lowered, trimmed, those under MIN_TERM_LENGTH dropped, and those that
 * extend a shorter term dropped too: the shorter one matches wherever they do). A word start is first
 * checked against a bitmap of the terms' first three ASCII characters (most words stop there), of the
 * three-character terms and of a hash of the first four (nearly all the others stop there), then
 * against hashes of their first three to five characters, then the few terms sharing a hash are compared.
 */
export function termScanner(terms: readonly string[], engine: ScanEngine = "webassembly"): TermScanner {
  const all = new Set(terms.map((term) => term.toLowerCase().trim()).filter((term) => term.length >= MIN_TERM_LENGTH));
  const minimal = [...all].filter((term) => {
    for (let length = MIN_TERM_LENGTH; length < term.length; length++) if (all.has(term.slice(0, length))) return false;
    return true;
  });
  const asciiStarts = new Uint8Array(1 << (PREFIX_BITS - 3));
  const asciiTerms3 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const asciiStarts4 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const wasmAsciiStarts = new Uint8Array(1 << (PREFIX_BITS - 3));
  const wasmAsciiTerms3 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const wasmAsciiStarts4 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const cyrillicStarts = new Uint8Array(1 << (PREFIX_BITS - 3));
  const cyrillicTerms3 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const cyrillicStarts4 = new Uint8Array(1 << (PREFIX_BITS - 3));
  const keyBits = new Uint8Array(1 << (HASH_BITS - 3));
  const longKeyBits = new Uint8Array(1 << (LONG_KEY_BITS - 3));
  const byKey = new Map<number, string[]>();
  for (const term of minimal) {
    const [a, b, c] = [term.charCodeAt(0), term.charCodeAt(1), term.charCodeAt(2)];
    if (a < 0x80 && b < 0x80 && c < 0x80) {
      const start = (ASCII_CODE[a] << 12) | (ASCII_CODE[b] << 6) | ASCII_CODE[c];
      asciiStarts[start >> 3] |= 1 << (start & 7);
      if (term.length === 3) asciiTerms3[start >> 3] |= 1 << (start & 7);
      else if (term.charCodeAt(3) < 0x80) {
        const start4 = code4Hash(start, ASCII_CODE[term.charCodeAt(3)]);
        asciiStarts4[start4 >> 3] |= 1 << (start4 & 7);
      }
      const three = a | (b << 8) | (c << 16);
      const wasmStart = asciiPrefixHash(three);
      wasmAsciiStarts[wasmStart >> 3] |= 1 << (wasmStart & 7);
      if (term.length === 3) wasmAsciiTerms3[wasmStart >> 3] |= 1 << (wasmStart & 7);
      else if (term.charCodeAt(3) < 0x80) {
        const wasmStart4 = asciiPrefixHash(three | (term.charCodeAt(3) << 24));
        wasmAsciiStarts4[wasmStart4 >> 3] |= 1 << (wasmStart4 & 7);
      }
    }
    if (isCyrillic(a) && isCyrillic(b) && isCyrillic(c)) {
      const start = cyrillic3Hash(a & 0x7f, b & 0x7f, c & 0x7f);
      cyrillicStarts[start >> 3] |= 1 << (start & 7);
      if (term.length === 3) cyrillicTerms3[start >> 3] |= 1 << (start & 7);
      else if (isCyrillic(term.charCodeAt(3))) {
        const start4 = code4Hash(start, term.charCodeAt(3) & 0x7f);
        cyrillicStarts4[start4 >> 3] |= 1 << (start4 & 7);
      }
    }
    const keyLength = Math.min(term.length, KEY_LENGTH);
    let partial = 0;
    for (let j = 0; j < keyLength; j++) partial = (Math.imul(partial, 31) + term.charCodeAt(j)) | 0;
    const key = keyHash(partial, keyLength);
    keyBits[(key & HASH_MASK) >> 3] |= 1 << (key & 7);
    let longPartial = 0;
    for (let j = 0; j < Math.min(term.length, LONG_KEY_LENGTH); j++) longPartial = (Math.imul(longPartial, 31) + term.charCodeAt(j)) | 0;
    const longKey = keyHash(longPartial, Math.min(term.length, LONG_KEY_LENGTH)) & ((1 << LONG_KEY_BITS) - 1);
    longKeyBits[longKey >> 3] |= 1 << (longKey & 7);
    const sharing = byKey.get(key);
    if (sharing) sharing.push(term);
    else byKey.set(key, [term]);
  }
  const units = new Int32Array(Math.max(KEY_LENGTH, ...minimal.map((term) => term.length)));

  /** Decodes up to `max` characters from `i` into `units`, lowered (U+FFFD for a malformed or astral one); returns how many. */
  const decodeLowered = (bytes: Uint8Array, i: number, max: number): number => {
    const n = bytes.length;
    let count = 0;
    while (count < max && i < n) {
      const byte = bytes[i++];
      let unit: number;
      if (byte < 0x80) unit = byte;
      else if (byte < 0xc2) unit = 0xfffd;
      else if (byte < 0xe0) unit = i < n ? ((byte & 0x1f) << 6) | (bytes[i++] & 0x3f) : 0xfffd;
      else if (byte < 0xf0) {
        unit = i + 1 < n ? ((byte & 0x0f) << 12) | ((bytes[i] & 0x3f) << 6) | (bytes[i + 1] & 0x3f) : 0xfffd;
        i += 2;
      } else {
        unit = 0xfffd;
        i += 3;
      }
      units[count++] = LOWER[unit];
    }
    return count;
  };
  const anyTermAt = (bytes: Uint8Array, i: number, candidates: string[] | undefined): boolean => {
    if (!candidates) return false;
    for (const term of candidates) {
      if (decodeLowered(bytes, i, term.length) < term.length) continue;
      let j = 0;
      while (j < term.length && units[j] === term.charCodeAt(j)) j++;
      if (j === term.length) return true;
    }
    return false;
  };
  const termStartsAt = (bytes: Uint8Array, i: number): boolean => {
    const count = decodeLowered(bytes, i, KEY_LENGTH);
    let partial = 0;
    for (let j = 0; j < count; j++) {
      partial = (Math.imul(partial, 31) + units[j]) | 0;
      if (j + 1 < MIN_TERM_LENGTH) continue;
      const key = keyHash(partial, j + 1);
      if (keyBits[(key & HASH_MASK) >> 3] & (1 << (key & 7)) && anyTermAt(bytes, i, byKey.get(key))) return true;
    }
    return false;
  };

  /** The JavaScript loop: true when a term starts at a word start from `from` (where no word is under way). */
  const scanInJavaScript = (bytes: Uint8Array, from: number): boolean => {
    const n = bytes.length;
    let i = from;
    while (i < n) {
      while (i < n && BYTE_CLASS[bytes[i]] !== 1) i++;
      if (i >= n) break;
      const a = bytes[i];
      if (a < 0x80 && i + 3 < n && (bytes[i + 1] | bytes[i + 2] | bytes[i + 3]) < 0x80) {
        // Four ASCII characters: the codes of the first three, then of the first four, turn most word starts away.
        const start = (ASCII_CODE[a] << 12) | (ASCII_CODE[bytes[i + 1]] << 6) | ASCII_CODE[bytes[i + 2]];
        if (asciiStarts[start >> 3] & (1 << (start & 7))) {
          const start4 = code4Hash(start, ASCII_CODE[bytes[i + 3]]);
          if ((asciiTerms3[start >> 3] & (1 << (start & 7)) || asciiStarts4[start4 >> 3] & (1 << (start4 & 7))) && termStartsAt(bytes, i)) return true;
        }
      } else if ((a & 0xfe) === 0xd0 && i + 7 < n && (bytes[i + 2] & 0xfe) === 0xd0 && (bytes[i + 4] & 0xfe) === 0xd0) {
        // Three Cyrillic letters (two bytes each, read as decodeLowered reads them): the same, on their lowered low 7 bits.
        const start = cyrillic3Hash(cyrillicLowAt(bytes, i), cyrillicLowAt(bytes, i + 2), cyrillicLowAt(bytes, i + 4));
        if (cyrillicStarts[start >> 3] & (1 << (start & 7))) {
          const fourthIsCyrillic = (bytes[i + 6] & 0xfe) === 0xd0;
          const start4 = fourthIsCyrillic ? code4Hash(start, cyrillicLowAt(bytes, i + 6)) : 0;
          const mayStart = !fourthIsCyrillic || cyrillicTerms3[start >> 3] & (1 << (start & 7)) || cyrillicStarts4[start4 >> 3] & (1 << (start4 & 7));
          if (mayStart && termStartsAt(bytes, i)) return true;
        }
      } else if (termStartsAt(bytes, i)) return true;
      i++;
      while (i < n && BYTE_CLASS[bytes[i]] !== 0) i++;
    }
    return false;
  };
  const startOf = (bytes: Uint8Array, skipByteOrderMark: boolean) =>
    skipByteOrderMark && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (engine === "javascript") return (bytes, skipByteOrderMark) => scanInJavaScript(bytes, startOf(bytes, skipByteOrderMark));

  const candidates = wasmTermCandidates({ cyrillicLow: CYRILLIC_LOW, asciiStarts: wasmAsciiStarts, asciiTerms3: wasmAsciiTerms3, asciiStarts4: wasmAsciiStarts4, cyrillicStarts, cyrillicTerms3, cyrillicStarts4, lower: LOWER, keyBits: longKeyBits, keyLength: LONG_KEY_LENGTH });
  return (bytes, skipByteOrderMark) => {
    const from = startOf(bytes, skipByteOrderMark);
    if (bytes.length > candidates.maxBytes) return scanInJavaScript(bytes, from);
    return candidates.anyTermStart(bytes, from, (at) => termStartsAt(bytes, at));
  };
}
