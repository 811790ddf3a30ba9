import { createHash } from "node:crypto";
import { tokenize } from "../../knowledge/fold-text";

/** Most words a query is searched with; the rest are ignored. */
const MAX_TERMS = 16;

/**
 * The words of a user's query: runs of letters and digits, at most 16. Operators, quotes,
 * parentheses, colons and stars are dropped here, so no search syntax reaches the database.
 */
export function searchTerms(query: string): string[] {
  return tokenize(query).map((t) => t.raw).slice(0, MAX_TERMS);
}

/** An FTS5 MATCH expression requiring every term, each one a quoted string (never an operator or column filter). */
export function fts5Expression(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ");
}

/** A short fingerprint of a search, so that a cursor is only accepted by the search that made it. */
export function searchFingerprint(terms: string[], types: string[]): string {
  return createHash("sha1").update(JSON.stringify([terms.map((t) => t.toLowerCase()), [...types].sort()])).digest("base64url").slice(0, 12);
}
