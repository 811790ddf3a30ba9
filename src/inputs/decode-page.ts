import iconv from "iconv-lite";
import { InputError } from "../errors/input-error";
import { MAX_INPUT_BYTES, decodeInput } from "./read-input";

const utf8 = new TextDecoder("utf-8");

/**
 * Decodes a web page's bytes with the charset its HTTP Content-Type names, else the one its
 * `<meta charset>` (or http-equiv) names in the first 2 KB, else as a file is decoded (UTF-8, with
 * Windows-1251 for Cyrillic pages that are not UTF-8). An unknown charset falls back the same way.
 * A declared charset is trusted without the binary check (extraction still refuses NUL characters).
 */
export function decodePage(bytes: Uint8Array, contentType: string | null | undefined, source: string): string {
  const charset = charsetOf(contentType ?? "") ?? metaCharset(bytes);
  if (charset && iconv.encodingExists(charset)) {
    if (bytes.length === 0) throw new InputError(`${source} is empty: there is no text to extract.`);
    if (bytes.length > MAX_INPUT_BYTES) return decodeInput(bytes, source);
    return /^utf-?8$/i.test(charset) ? utf8.decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  }
  return decodeInput(bytes, source);
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
