import fs from "node:fs";
import path from "node:path";
import type { SourceHints } from "../extract/types";

/** An article file to ingest, with what its folder's manifest says about it. */
export interface ArticleFile {
  file: string;
  hints: SourceHints;
}

const ARTICLE_FILE = /\.(txt|html?|xhtml)$/i;

/**
 * Expands files and folders (recursively) into article files (.txt, .html, .htm), sorted by path.
 * A folder may hold a `manifest.json`: `{ "articles": { "<file name>": { "url", "outlet", "publishedAt", "title", "language" } } }`
 * for what the pages do not say themselves. Throws, naming the path, when a path does not exist or a manifest is malformed.
 */
export function collectArticleFiles(paths: string[], defaults: SourceHints = {}): ArticleFile[] {
  const out: ArticleFile[] = [];
  for (const p of paths) {
    const full = path.resolve(p);
    if (!fs.existsSync(full)) throw new Error(`${p} does not exist: give files or folders of .txt/.html articles.`);
    if (fs.statSync(full).isDirectory()) walk(full, out, defaults);
    else out.push({ file: full, hints: { ...defaults, ...readManifest(path.dirname(full))[path.basename(full)] } });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

function walk(dir: string, out: ArticleFile[], defaults: SourceHints): void {
  const manifest = readManifest(dir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, defaults);
    else if (ARTICLE_FILE.test(entry.name)) out.push({ file: full, hints: { ...defaults, ...manifest[entry.name] } });
  }
}

function readManifest(dir: string): Record<string, SourceHints> {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): fix or remove it.`);
  }
  const articles = (parsed as { articles?: unknown }).articles;
  if (!articles || typeof articles !== "object") throw new Error(`${file} needs an "articles" object keyed by file name.`);
  return articles as Record<string, SourceHints>;
}
