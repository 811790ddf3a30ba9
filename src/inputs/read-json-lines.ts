import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { MAX_PAGE_BYTES, detectFormat } from "./read-input";
import { newStats, type PageItem, type PageSource } from "./input-page";
import { KEEP_ALL, type TopicFilter } from "./topic-filter";
import type { SourceHints } from "../extract/types";

/** The fields of a page in a JSON-lines dump. */
export type PageField = "html" | "text" | "url" | "title" | "date" | "outlet" | "language";

/** Where each field is found, first match wins: dotted paths into the object of a line. */
export type FieldPaths = Record<PageField, string[]>;

/** The names the common exports use (news-please, NewsAPI, GDELT, Common Crawl news tools, our own extract). */
export const DEFAULT_FIELD_PATHS: FieldPaths = {
  html: ["html", "raw_html", "content_html", "body_html"],
  text: ["text", "maintext", "content", "body", "article_text", "description"],
  url: ["url", "link", "source_url", "uri"],
  title: ["title", "headline"],
  date: ["publishedAt", "published_at", "date_publish", "published", "publish_date", "pubDate", "date", "seendate"],
  outlet: ["outlet", "source.name", "source_domain", "site_name", "domain", "source"],
  language: ["language", "lang"],
};

/** True for the file names read as JSON lines: .jsonl and .ndjson, optionally gzipped. */
export function isJsonLinesFile(file: string): boolean {
  return /\.(jsonl|ndjson)(\.gz)?$/i.test(file);
}

/**
 * Parses `--field name=path` options over the defaults: `--field text=data.body` reads the text from
 * that path first. Throws naming the bad option and the field names it accepts.
 */
export function fieldPathsFrom(options: readonly string[] = []): FieldPaths {
  const paths: FieldPaths = { ...DEFAULT_FIELD_PATHS };
  for (const option of options) {
    const match = /^([a-z]+)=(.+)$/.exec(option);
    if (!match || !(match[1] in paths)) {
      throw new Error(`--field "${option}" is not name=path: name is one of ${Object.keys(paths).join(", ")}, path a dotted key such as data.body.`);
    }
    const name = match[1] as PageField;
    paths[name] = [match[2], ...paths[name]];
  }
  return paths;
}

/**
 * Streams a JSON-lines dump (gzip when the name ends in .gz), one page per line. A line that is not
 * a JSON object, has neither html nor text, or is over the size limit yields a failure naming its
 * line number, and the rest goes on; blank lines are skipped; pages the filter turns away are counted.
 */
export function readJsonLines(file: string, paths: FieldPaths = DEFAULT_FIELD_PATHS, filter: TopicFilter = KEEP_ALL): PageSource {
  const stats = newStats(fs.statSync(file).size);
  const name = path.basename(file);
  async function* items(): AsyncGenerator<PageItem> {
    const raw = fs.createReadStream(file);
    raw.on("data", (chunk) => (stats.bytesRead += chunk.length));
    const input = /\.gz$/i.test(file) ? raw.pipe(zlib.createGunzip()) : raw;
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number++;
      if (!line.trim()) continue;
      stats.records++;
      const source = `${name} line ${number}`;
      try {
        const page = pageFromLine(line, paths, source);
        if (filter.keeps(page.text)) yield { page };
        else stats.filteredOut++;
      } catch (error) {
        yield { failed: { source, reason: (error as Error).message } };
      }
    }
  }
  return { items: items(), stats };
}

/** The page in one line of a dump; throws saying what the line lacks. */
export function pageFromLine(line: string, paths: FieldPaths, source: string): { source: string; text: string; format: "html" | "text"; hints: SourceHints } {
  if (Buffer.byteLength(line) > MAX_PAGE_BYTES) throw new Error(`${source} is over the ${MAX_PAGE_BYTES / 1048576} MB limit for one article.`);
  let object: unknown;
  try {
    object = JSON.parse(line);
  } catch (error) {
    throw new Error(`${source} is not valid JSON (${(error as Error).message}): each line must be one JSON object.`);
  }
  if (!object || typeof object !== "object" || Array.isArray(object)) throw new Error(`${source} is not a JSON object: each line must be one object with the page's html or text.`);
  const html = pick(object, paths.html);
  const text = html ?? pick(object, paths.text);
  if (!text?.trim()) {
    throw new Error(`${source} has no page: none of ${[...paths.html, ...paths.text].join(", ")} holds text. Name the field with --field text=PATH or --field html=PATH.`);
  }
  return {
    source,
    text,
    format: html !== undefined ? "html" : detectFormat(text),
    hints: {
      url: pick(object, paths.url) ?? null,
      title: pick(object, paths.title) ?? null,
      outlet: pick(object, paths.outlet) ?? null,
      publishedAt: normaliseDate(pick(object, paths.date)),
      language: languageCode(pick(object, paths.language)),
    },
  };
}

/** The first path that holds a non-empty string (or number, for dates). */
function pick(object: object, paths: readonly string[]): string | undefined {
  for (const p of paths) {
    let value: unknown = object;
    for (const key of p.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/** "en" or "ru" from a code or a name ("en-GB", "rus", "Russian"); null for other languages. */
function languageCode(value: string | undefined): "en" | "ru" | null {
  if (!value) return null;
  if (/^(en|eng|english)([-_].*)?$/i.test(value)) return "en";
  if (/^(ru|rus|russian)([-_].*)?$/i.test(value)) return "ru";
  return null;
}

/** YYYY-MM-DD from the date forms of the common exports (ISO, GDELT's 20240312T101500Z, RFC 2822), or null. */
export function normaliseDate(value: string | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const compact = /^(\d{4})(\d{2})(\d{2})(T|\d|$)/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
