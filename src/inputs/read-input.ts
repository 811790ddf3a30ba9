import fs from "node:fs";
import path from "node:path";
import { InputError } from "../errors/input-error";
import type { InputFormat } from "../model/input-format";

/** A page read from disk or received over the API, decoded to text. */
export interface InputText {
  text: string;
  format: InputFormat;
  /** Where the text came from, for messages. */
  source: string;
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
