import fs from "node:fs";
import path from "node:path";
import type { InputFormat } from "./types";

/** A page read from disk or received over the API, decoded to text. */
export interface InputText {
  text: string;
  format: InputFormat;
  /** Where the text came from, for messages. */
  source: string;
}

/** Raised for input that cannot be an article; the message says what is wrong and what to do. */
export class InputError extends Error {
  override name = "InputError";
}

/** Largest page accepted (bytes): news pages are kilobytes; anything far beyond is not one article. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Decodes bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1251 for
 * Cyrillic pages that are not valid UTF-8. Rejects empty, binary and oversized input with an InputError.
 */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new InputError(`${source} is empty: there is no text to extract.`);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`${source} is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit for one article: split it into one file per article.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError(`${source} looks like binary data, not text or HTML: give armsgraph the page as text (.txt) or HTML (.html).`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

/**
 * Shape limits for HTML pages. Readability's cost grows with the square of the nesting depth (500
 * nested divs take ~10 s of CPU, 100,000 would take hours) and steeply with the number of elements and
 * of attributes on one element; real news pages stay far below (depth < 100, < 10,000 elements).
 */
export const HTML_LIMITS = { depth: 150, elements: 25_000, attributesPerElement: 1_000 } as const;

/** Elements that never nest (void) or whose end tag is optional: they do not count toward the depth. */
const FLAT_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body"]);

/**
 * Throws an InputError when an HTML page nests elements deeper, or has more elements or attributes,
 * than HTML_LIMITS allow. One linear scan of the tags (script, style and comments skipped); it runs
 * before the DOM is built.
 */
export function checkHtmlShape(html: string): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|<!--/g;
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let lower: string | undefined;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const [, closing, rawName, rest] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      if (!FLAT_TAGS.has(name) && depth > 0) depth--;
      continue;
    }
    if (++elements > HTML_LIMITS.elements) {
      throw new InputError(`The HTML page has more than ${HTML_LIMITS.elements.toLocaleString("en")} elements: that is not one news article (split it, or give its text).`);
    }
    const attributes = rest.split("=").length - 1;
    if (attributes > HTML_LIMITS.attributesPerElement) {
      throw new InputError(`An HTML <${name}> element has ${attributes.toLocaleString("en")} attributes, over the limit of ${HTML_LIMITS.attributesPerElement.toLocaleString("en")}.`);
    }
    if (name === "script" || name === "style") {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end;
      continue;
    }
    if (FLAT_TAGS.has(name) || rest.endsWith("/")) continue;
    if (++depth > maxDepth) maxDepth = depth;
    if (maxDepth > HTML_LIMITS.depth) {
      throw new InputError(`The HTML page nests elements more than ${HTML_LIMITS.depth} deep: that is not a news page's structure (give its text instead).`);
    }
  }
}

/**
 * Rejects text that cannot be an article, whatever path it came by (file, API): NUL characters,
 * which PostgreSQL cannot store in text, or a sample that is mostly control characters.
 */
export function checkText(text: string, source = "The page"): void {
  if (text.includes("\u0000")) {
    throw new InputError(`${source} contains NUL characters: it looks like binary data, not text or HTML. Send the page's text (UTF-8) or its HTML.`);
  }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || (c >= 0x7f && c < 0xa0)) control++;
  }
  if (control > sample.length * 0.1) {
    throw new InputError(`${source} is mostly control characters: it looks like binary data, not text or HTML. Send the page's text (UTF-8) or its HTML.`);
  }
}

/** Guesses the format from the file name, then from the content. */
export function detectFormat(text: string, fileName = ""): InputFormat {
  if (/\.x?html?$/i.test(fileName)) return "html";
  if (/\.txt$/i.test(fileName)) return "text";
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ? "html" : "text";
}

/** Reads one article file from disk. */
export function readInputFile(file: string): InputText {
  const bytes = fs.readFileSync(file);
  const source = path.basename(file);
  const text = decodeInput(bytes, source);
  if (!text.trim()) throw new InputError(`${source} holds only white space: there is no text to extract.`);
  return { text, format: detectFormat(text, file), source };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}
