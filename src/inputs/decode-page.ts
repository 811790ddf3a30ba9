import iconv from "iconv-lite";
import { InputError } from "../errors/input-error";
import { MAX_PAGE_BYTES, decodeInput } from "./read-input";

const utf8 = new TextDecoder("utf-8");

/**
 * Decodes a web page's bytes with the charset its HTTP Content-Type names, else the one its
 * `<meta charset>` (or http-equiv) names in the first 2 KB, else as a file is decoded (UTF-8, with
 * Windows-1251 for Cyrillic pages that are not UTF-8). An unknown charset falls back the same way.
 * A declared charset is trusted without the binary check (extraction still refuses NUL characters).
 */
export function decodePage(bytes: Uint8Array, contentType: string | null | undefined, source: string): string {
  const charset = declaredCharset(bytes, contentType);
  if (charset && iconv.encodingExists(charset)) {
    if (bytes.length === 0) throw new InputError(`${source} is empty: there is no text to extract.`);
    if (bytes.length > MAX_PAGE_BYTES) return decodeInput(bytes, source);
    return /^utf-?8$/i.test(charset) ? utf8.decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  }
  return decodeInput(bytes, source);
}

/**
 * True when decodePage reads these bytes as UTF-8 because a UTF-8 charset is declared (and they are
 * neither empty nor over the size limit): the text is then exactly their UTF-8 decoding, malformed
 * sequences as U+FFFD, a leading byte-order mark dropped.
 */
export function decodesAsDeclaredUtf8(bytes: Uint8Array, contentType: string | null | undefined): boolean {
  const charset = declaredCharset(bytes, contentType);
  return charset !== null && /^utf-?8$/i.test(charset) && iconv.encodingExists(charset) && bytes.length > 0 && bytes.length <= MAX_PAGE_BYTES;
}

function declaredCharset(bytes: Uint8Array, contentType: string | null | undefined): string | null {
  return charsetOf(contentType ?? "") ?? metaCharset(bytes);
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString("latin1");
  return charsetOf(/<meta[^>]+charset[^>]*>/i.exec(head)?.[0] ?? "");
}

/** True for a Content-Type that is a page armsgraph reads: HTML, XHTML or plain text. */
export function isPageContentType(contentType: string | null | undefined): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType ?? "");
}

/**
 * The text of a page that reached armsgraph as a string (the `ingestArticle` mutation) but was read
 * by the sender in the wrong encoding, when the bytes can be recovered: a file read one byte per
 * character (Latin-1) — a UTF-16 file with its byte-order mark, or a file mostly beyond ASCII such as
 * Windows-1251 Russian — is decoded again as a file is (decodeInput); a UTF-16 file read as UTF-8
 * (its mark became two U+FFFD, its high bytes NUL characters) is put back together, a byte that
 * UTF-8 could not read becoming U+FFFD. Any other text is returned as it is; a byte-order mark is dropped.
 */
export function recoverMisreadText(text: string, source = "input.text"): string {
  if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
  if (/^\ufffd\ufffd/.test(text) && text.includes("\u0000")) return utf16FromMisreadUtf8(text.slice(2), text.charCodeAt(2) === 0 ? "utf-16be" : "utf-16le");
  if (!readOneBytePerCharacter(text)) return text;
  return decodeInput(Buffer.from(text, "latin1"), source);
}

/** Every character below U+0100, and either a UTF-16 byte-order mark first or most letters in U+00C0–U+00FF. */
function readOneBytePerCharacter(text: string): boolean {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return false;
    if (c >= 0xc0) high++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  return /^(\xff\xfe|\xfe\xff)/.test(text) || high > (high + letters) * 0.5;
}

/** UTF-16 code units from characters that each stood for one byte (U+FFFD: a byte lost). */
function utf16FromMisreadUtf8(text: string, encoding: "utf-16le" | "utf-16be"): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const [a, b] = [text.charCodeAt(i), text.charCodeAt(i + 1)];
    if (a > 0x7f || b > 0x7f) units.push(0xfffd);
    else units.push(encoding === "utf-16le" ? a | (b << 8) : (a << 8) | b);
  }
  let decoded = "";
  for (let i = 0; i < units.length; i += 8192) decoded += String.fromCharCode(...units.slice(i, i + 8192));
  return decoded;
}
