/**
 * The letter fold every name comparison uses (the knowledge base's index and matcher, the rules, and
 * through `normalizeName` the keys stored in the database), and the tokeniser built on it.
 */

/** One word of a text, with its place in the text. */
export interface Token {
  /** The word as written. */
  raw: string;
  /** The word folded by `foldWord`. */
  fold: string;
  /** The first INDEX_KEY_LENGTH letters of `fold`: the key of the name index. */
  key: string;
  start: number;
  end: number;
}

const COMBINING_MARKS_EXCEPT_SHORT_I = /(?<!и)\u0306|[\u0300-\u0305\u0307-\u036f]/g;
/** Letters of a word that key the name index: no shorter than the shortest stem that may inflect. */
export const INDEX_KEY_LENGTH = 3;

/** Text the fold leaves as it is once lower-cased: ASCII letters and digits, Russian letters but "ё", spaces. */
const PLAIN_TEXT = /^[a-z0-9а-я ]*$/;
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/**
 * The one letter fold of armsgraph: lower case, compatibility forms unified (NFKD), diacritics removed,
 * "ё" → "е", dotless "ı" → "i", so that spellings compare equal: "İlham" → "ilham", "Ёлкин" → "елкин",
 * "Şuşa" → "susa", "Aydın" → "aydin". Keeps "й": it is a letter of its own in Russian (and Ukrainian),
 * not "и" with an accent, and the case endings of "Сергей", "Китай" depend on it. Spaces and
 * punctuation are left as they are. `normalizeName` and `foldWord` are both built on it.
 */
export function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN_TEXT.test(lower)) return lower;
  return lower.replace(/ё/g, "е").replace(/ı/g, "i").normalize("NFKD").replace(COMBINING_MARKS_EXCEPT_SHORT_I, "").normalize("NFC");
}

/** `foldLetters` of one word, remembered: a text's vocabulary repeats. */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldLetters(word);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True for a letter, digit or combining mark; plain ASCII and Cyrillic are decided without a regex. */
function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0x400 && code <= 0x4ff) return true;
  return OTHER_WORD_CHAR.test(char);
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Splits a text into words (letters and digits), with offsets. The "s" of an English possessive
 * ("Russia's") is not a word of its own: it stays in the gap after "Russia". The result of the
 * latest call is reused for the same text, so callers must not modify it.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i), text[i]);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      pushToken(text, tokens, start, i);
      start = -1;
    }
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

function pushToken(text: string, tokens: Token[], start: number, end: number): void {
  const raw = text.slice(start, end);
  const previous = tokens[tokens.length - 1];
  const isPossessive = raw.length === 1 && (raw === "s" || raw === "S") && previous && previous.end === start - 1 && (text[start - 1] === "'" || text[start - 1] === "’");
  if (isPossessive) return;
  const fold = foldWord(raw);
  tokens.push({ raw, fold, key: fold.slice(0, INDEX_KEY_LENGTH), start, end });
}

/** Folds a whole name to one comparable key: words folded, joined by single spaces, a leading "the" dropped. */
export function nameKey(name: string): string {
  const words = tokenize(name).map((t) => t.fold);
  if (words.length > 1 && words[0] === "the") words.shift();
  return words.join(" ");
}

/** True when the word is written in Cyrillic. */
export function isCyrillic(word: string): boolean {
  return /[\u0400-\u04ff]/.test(word);
}

/** True when every letter of the word is a capital ("CSTO", "США"). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** True when the word starts with a capital letter or a digit. */
export function startsUpper(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
