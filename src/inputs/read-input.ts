import fs from "node:fs";
import path from "node:path";
import { InputError } from "../errors/input-error";
import type { InputFormat } from "../model/input-format";
import { decodeText, detectEncoding } from "./detect-encoding";

/** A page read from disk or received over the API, decoded to text. */
export interface InputText {
  text: string;
  format: InputFormat;
  /** Where the text came from, for messages. */
  source: string;
}

/**
 * Largest page accepted, in bytes (UTF-8 for a page sent as text), by every path: files given to
 * `ingest`/`extract`, pages of JSON lines, WARC records and fetched URLs, and `ingestArticle`.
 * News pages are kilobytes; a megabyte is not one article.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** The refusal of a page of `bytes` bytes over MAX_PAGE_BYTES, naming both. */
export function pageTooLargeMessage(source: string, bytes: number): string {
  return `${source} is ${megabytes(bytes)} (${bytes.toLocaleString("en")} bytes), over the ${megabytes(MAX_PAGE_BYTES)} limit for one article (${MAX_PAGE_BYTES.toLocaleString("en")} bytes): split it into one file per article.`;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1048576).toFixed(1))} MB`;
}

/**
 * Decodes bytes to text in the encoding detectEncoding finds (byte-order mark, UTF-8, UTF-16,
 * the Cyrillic code pages, Windows-1252). Rejects empty, binary and oversized input with an InputError.
 */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new InputError(`${source} is empty: there is no text to extract.`);
  if (bytes.length > MAX_PAGE_BYTES) throw new InputError(pageTooLargeMessage(source, bytes.length));
  const encoding = detectEncoding(bytes);
  if (!encoding) throw new InputError(`${source} looks like binary data, not text or HTML: give armsgraph the page as text (.txt) or HTML (.html).`);
  return decodeText(bytes, encoding);
}

/** Guesses the format from the file name, then from the content. */
export function detectFormat(text: string, fileName = ""): InputFormat {
  if (/\.x?html?$/i.test(fileName)) return "html";
  if (/\.txt$/i.test(fileName)) return "text";
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ? "html" : "text";
}

/** Reads one article file from disk. */
export function readInputFile(file: string): InputText {
  const source = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_PAGE_BYTES) throw new InputError(pageTooLargeMessage(source, size));
  const bytes = fs.readFileSync(file);
  const text = decodeInput(bytes, source);
  if (!text.trim()) throw new InputError(`${source} holds only white space: there is no text to extract.`);
  return { text, format: detectFormat(text, file), source };
}
