import type * as IconvLite from "iconv-lite";

/** iconv-lite and its code pages (~10 ms to load), required only for a file that is not valid UTF-8: most pages are. */
function iconvLite(): typeof IconvLite {
  return require("iconv-lite") as typeof IconvLite;
}

/** The encodings armsgraph reads a file in: Unicode, the Cyrillic code pages and the Western one. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r" | "ibm866" | "iso-8859-5" | "windows-1252";

const CYRILLIC_CODE_PAGES = ["windows-1251", "koi8-r", "ibm866", "iso-8859-5"] as const;
/** The most frequent lower-case letters of Russian text: a wrong code page turns them into capitals or symbols. */
const FREQUENT_RUSSIAN = new Set("оеаинтсрвлкмдпуяыьзбгйчж");
const SAMPLE_BYTES = 64 * 1024;

/**
 * The encoding of a file's bytes, or null when they are binary data: the byte-order mark first
 * (UTF-8, UTF-16 LE/BE); else UTF-8 when the bytes are valid UTF-8; else UTF-16 without a mark when
 * every other byte is the high byte of Latin or Cyrillic text; else, for bytes that are mostly
 * beyond ASCII, the Cyrillic code page (Windows-1251, KOI8-R, CP866, ISO-8859-5) whose decoding
 * reads most like Russian (frequent lower-case letters); else Windows-1252 (Latin-1).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutMark(sample);
  if (utf16) return utf16;
  if (looksBinary(sample)) return null;
  if (isUtf8(bytes)) return "utf-8";
  let high = 0;
  let asciiLetters = 0;
  for (const b of sample) {
    if (b >= 0x80) high++;
    else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) asciiLetters++;
  }
  if (high < (high + asciiLetters) * 0.3) return "windows-1252";
  const buffer = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  let best: TextEncoding = "windows-1251";
  let bestScore = -1;
  for (const encoding of CYRILLIC_CODE_PAGES) {
    let score = 0;
    for (const c of iconvLite().decode(buffer, encoding)) if (FREQUENT_RUSSIAN.has(c)) score++;
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

/** The text of `bytes` in `encoding`, without its byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  // valid UTF-8 decodes alike everywhere (TextDecoder drops the byte-order mark as iconv-lite does);
  // iconv-lite keeps deciding how bytes that are not valid UTF-8 behind a UTF-8 mark read
  const utf8 = encoding === "utf-8" ? utf8Text(bytes) : null;
  return utf8 ?? iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** The text of `bytes` when they are valid UTF-8 (without a byte-order mark), else null. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  return utf8Text(bytes) !== null;
}

/** UTF-16 text of Latin or Cyrillic letters has 0x00 or 0x04 as nearly every high byte, and rarely as a low byte. */
function utf16WithoutMark(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0 || sample[i] === 4) evenHigh++;
    if (sample[i + 1] === 0 || sample[i + 1] === 4) oddHigh++;
  }
  if (oddHigh > pairs * 0.6 && evenHigh < pairs * 0.1) return "utf-16le";
  if (evenHigh > pairs * 0.6 && oddHigh < pairs * 0.1) return "utf-16be";
  return null;
}

/** NUL bytes, or more than 10 % control bytes, in the sample. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}
