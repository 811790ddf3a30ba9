import { createHash } from "node:crypto";
import { foldWord, isCyrillic, tokenize } from "../../language/fold-text";

/** Most words a query is searched with; the rest are ignored. */
const MAX_TERMS = 16;

/**
 * The words of a user's query: runs of letters and digits, at most 16. Operators, quotes,
 * parentheses, colons and stars are dropped here, so no search syntax reaches the database.
 */
export function searchTerms(query: string): string[] {
  return tokenize(query).map((t) => t.raw).slice(0, MAX_TERMS);
}

/** Most "е" of a Russian word that are also tried as "ё" (the FTS5 tokenizer keeps "ё" apart). */
const MAX_YO_VARIANTS = 3;

/** A Russian word's stem for prefix search: case endings differ ("танков", "танки" → "танк"); short words stay whole. */
function russianStem(word: string): string {
  return word.length >= 6 ? word.slice(0, -2) : word.length === 5 ? word.slice(0, -1) : word;
}

/** The spellings of a folded word with each "е" also written "ё" (at most 2^3 spellings). */
function yoSpellings(word: string): string[] {
  const positions = [...word.matchAll(/е/g)].map((m) => m.index).slice(0, MAX_YO_VARIANTS);
  return Array.from({ length: 2 ** positions.length }, (_, mask) =>
    [...word].map((c, i) => (positions.includes(i) && mask & (1 << positions.indexOf(i)) ? "ё" : c)).join(""));
}

/**
 * An FTS5 MATCH expression requiring every term, each one a quoted string (never an operator or
 * column filter). Russian words are matched by stem prefix, and with "ё" wherever "е" is written,
 * since the tokenizer neither stems nor folds "ё".
 */
export function fts5Expression(terms: string[]): string {
  const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return terms.map((term) => {
    if (!isCyrillic(term)) return quoted(term);
    const stem = russianStem(foldWord(term).replace(/ё/g, "е"));
    return `(${yoSpellings(stem).map((spelling) => `${quoted(spelling)}*`).join(" OR ")})`;
  }).join(" AND ");
}

/** A short fingerprint of a search, so that a cursor is only accepted by the search that made it. */
export function searchFingerprint(terms: string[], types: string[]): string {
  return createHash("sha1").update(JSON.stringify([terms.map((t) => t.toLowerCase()), [...types].sort()])).digest("base64url").slice(0, 12);
}
