/** Shared helpers for the statement-stage tests: run the stage on invented text with the real knowledge base. */
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../../src/knowledge/load-knowledge-base";
import { extractStatements } from "../../../src/extract/statements/extract-statements";
import type { ArticleMetadata, ExtractedStatement } from "../../../src/extract/types";
import type { PartialDate } from "../../../src/model/partial-date";

/** Runs `extractStatements` on `body` published on `date` (YYYY-MM-DD, or null when unknown). */
export function run(body: string, date: string | null = "2016-06-15", language = "en"): ExtractedStatement[] {
  const publishedAt: PartialDate = date ? { date, precision: "DAY" } : { date: null, precision: "UNKNOWN" };
  const meta: ArticleMetadata = { title: null, outlet: null, language, publishedAt, authors: [], url: null };
  const statements = extractStatements(body, meta, loadKnowledgeBase());
  for (const s of statements) assert.equal(body.slice(s.start, s.end), s.text, "offsets must point at the text");
  return statements;
}

/** The one statement whose text starts with `prefix`; fails the test when there is none. */
export function find(statements: ExtractedStatement[], prefix: string): ExtractedStatement {
  const s = statements.find((x) => x.text.startsWith(prefix));
  assert.ok(s, `no statement starting with «${prefix}» among: ${statements.map((x) => `«${x.text}»`).join(", ")}`);
  return s;
}

/** The canonical name of a statement's speaker, or null. */
export const speakerOf = (s: ExtractedStatement): string | null => s.speaker?.name ?? null;
/** The canonical name of a statement's relay, or null. */
export const viaOf = (s: ExtractedStatement): string | null => s.via?.name ?? null;
