import { createHash } from "node:crypto";
import { foldWord, isCyrillic, tokenize } from "../../language/fold-text";
import { cyrillicDesignation, latinDesignation } from "../../language/designation-scripts";
import { loadWeaponGazetteer } from "../../knowledge/weapons";
import { designationKey, wordKeys } from "../../knowledge/weapons-keys";

/** Most words a query is searched with; the rest are ignored. */
const MAX_TERMS = 16;
/** Most words of a weapon name looked up in the gazetteer. */
const MAX_NAME_WORDS = 4;

/**
 * One thing a hit must contain: a word of the query or, when query words name a weapon of the gazetteer
 * ("Су-30СМ2", "Iskander-M", "Искандеров"), those words or any name of that weapon in either script.
 */
export interface SearchTerm {
  /** The query's words (letters and digits only). */
  words: string[];
  /** The weapon's names ("Su-30SM", "Су-30СМ2", "su-30sm2"…), as written; empty for an ordinary word. */
  spellings: string[];
}

/** A hyphenated word as the gazetteer reads one ("Су-30СМ2", "Mi-171Sh-VN"). */
const NAME_WORD = /[\p{L}\p{N}]+(?:[-‐‑–][\p{L}\p{N}]+)*/gu;

/**
 * The terms of a user's query: runs of letters and digits, at most 16 words. Words that name a weapon
 * of the gazetteer, in any spelling, script or case form, make one term with all its names; a
 * hyphenated designation it does not know ("Su-57") makes one term with its spelling in both scripts. Operators,
 * quotes, parentheses, colons and stars are dropped here, so no search syntax reaches the database.
 */
export function searchTerms(query: string): SearchTerm[] {
  const words = tokenize(query).slice(0, MAX_TERMS);
  const names = weaponNames(query);
  const terms: SearchTerm[] = [];
  let name: (typeof names)[number] | undefined;
  for (const word of words) {
    const covering = names.find((n) => word.start >= n.start && word.end <= n.end);
    if (covering && covering === name) terms[terms.length - 1].words.push(word.raw);
    else terms.push({ words: [word.raw], spellings: covering?.spellings ?? [] });
    name = covering;
  }
  return terms;
}

/** Every word of the terms, in query order. */
export function termWords(terms: readonly SearchTerm[]): string[] {
  return terms.flatMap((t) => t.words);
}

/** The places in the query that name a weapon (longest name first at each place), with the weapon's spellings. */
function weaponNames(query: string): { start: number; end: number; spellings: string[] }[] {
  const tokens = [...query.matchAll(NAME_WORD)];
  const found: { start: number; end: number; spellings: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const named = namedRun(tokens, i);
    const word = tokens[i];
    if (named) {
      const last = tokens[i + named.length - 1];
      found.push({ start: word.index, end: last.index + last[0].length, spellings: spellingsOf(named.names) });
      i += named.length - 1;
    } else if (/[-‐‑–]/.test(word[0]) && /\d/.test(word[0])) {
      // a designation the gazetteer does not know ("Su-57"): itself, in both scripts
      found.push({ start: word.index, end: word.index + word[0].length, spellings: spellingsOf([word[0]]) });
    }
  }
  return found;
}

/** The longest run of words from `i` (at most 4) that names a gazetteer weapon, its last word in any case form, with the weapon's names. */
function namedRun(tokens: RegExpExecArray[], i: number): { length: number; names: string[] } | null {
  for (let length = Math.min(MAX_NAME_WORDS, tokens.length - i); length >= 1; length--) {
    const run = tokens.slice(i, i + length);
    const head = run.slice(0, -1).map((t) => designationKey(t[0]));
    const entry = wordKeys(run[length - 1][0]).map((last) => loadWeaponGazetteer().byDesignation([...head, last].join(" "))).find(Boolean);
    if (entry) return { length, names: [entry.designation, ...entry.aliases] };
  }
  return null;
}

/** A weapon's names (designation and aliases), each also in the other script when it is a designation, without repeats. */
function spellingsOf(names: string[]): string[] {
  const transliterated = names.map((name) => (isCyrillic(name) ? latinDesignation(name) : cyrillicDesignation(name)));
  const spellings = new Map<string, string>();
  for (const spelling of [...names, ...transliterated]) {
    if (spelling && spellingWords(spelling).length && !spellings.has(spelling.toLowerCase())) spellings.set(spelling.toLowerCase(), spelling);
  }
  return [...spellings.values()];
}

/** The words of a spelling as both engines' tokenizers split it ("Су-30СМ2" → су, 30см2). */
export function spellingWords(spelling: string): string[] {
  return tokenize(spelling).map((t) => foldWord(t.raw));
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

const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** One query word for FTS5: Russian words by stem prefix, with "ё" wherever "е" is written, since the tokenizer neither stems nor folds "ё". */
function fts5Word(word: string): string {
  if (!isCyrillic(word)) return quoted(word);
  const stem = russianStem(foldWord(word).replace(/ё/g, "е"));
  return `(${yoSpellings(stem).map((spelling) => `${quoted(spelling)}*`).join(" OR ")})`;
}

/**
 * A weapon's name as FTS5 phrases of its words, its last word in the forms the press uses when it is
 * a word of letters: an English plural ("Iskanders"), or Russian case forms by prefix, a final vowel
 * or soft sign left out ("Искандер" finds "Искандеров", "Панцирь" finds "Панциря").
 */
function fts5Phrases(spelling: string): string[] {
  const words = spellingWords(spelling);
  const head = words.slice(0, -1).join(" ");
  const last = words[words.length - 1];
  const phrase = (word: string) => quoted(head ? `${head} ${word}` : word);
  if (!/^\p{L}{4,}$/u.test(last)) return [phrase(last)];
  if (!isCyrillic(last)) return [phrase(last), phrase(`${last}s`)];
  return [`${phrase(last.length >= 5 ? last.replace(/[аяоеёиыуюьй]$/, "") : last)}*`];
}

/**
 * An FTS5 MATCH expression requiring every term, each one quoted strings (never an operator or column
 * filter): a word, or for a weapon its words or any of its names as a phrase.
 */
export function fts5Expression(terms: readonly SearchTerm[]): string {
  return terms.map((term) => {
    const words = term.words.map(fts5Word).join(" AND ");
    if (!term.spellings.length) return words;
    return `((${words}) OR ${term.spellings.flatMap(fts5Phrases).join(" OR ")})`;
  }).join(" AND ");
}

/** The text-search configurations PostgreSQL documents are indexed with, so that each language's stems match. */
const POSTGRES_CONFIGS = ["english", "russian", "simple"];

/**
 * A PostgreSQL tsquery requiring every term (SQL with named parameters, and their values): a word
 * under each configuration, or for a weapon its words or any of its names as a phrase.
 */
export function postgresTsQuery(terms: readonly SearchTerm[]): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const each = (fn: "plainto_tsquery" | "phraseto_tsquery", text: string) => {
    const name = `tsq${Object.keys(params).length}`;
    params[name] = text;
    return POSTGRES_CONFIGS.map((config) => `${fn}('${config}', :${name})`).join(" || ");
  };
  const sql = terms.map((term) => {
    // PostgreSQL's parser reads "Su-35" as "su" and the signed integer "-35", and "Su-30SM2" as the whole and its
    // parts: a name is looked for as written (parsed like the text) and with spaces for its hyphens.
    const phrases = term.spellings.flatMap((s) => [...new Set([s, spellingWords(s).join(" ")])]);
    const alternatives = [each("plainto_tsquery", term.words.join(" ")), ...phrases.map((phrase) => each("phraseto_tsquery", phrase))];
    return `(${alternatives.join(" || ")})`;
  }).join(" && ");
  return { sql: `(${sql})`, params };
}

/** A short fingerprint of a search, so that a cursor is only accepted by the search that made it. */
export function searchFingerprint(terms: readonly SearchTerm[], types: string[]): string {
  return createHash("sha1").update(JSON.stringify([termWords(terms).map((t) => t.toLowerCase()), [...types].sort()])).digest("base64url").slice(0, 12);
}
