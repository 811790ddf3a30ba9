/**
 * Text folding and tokenising shared by the knowledge base's index and its matcher.
 */

/** One word of a text, with its place in the text. */
export interface Token {
  /** The word as written. */
  raw: string;
  /** The word folded by `foldWord`. */
  fold: string;
  start: number;
  end: number;
}

const COMBINING_MARKS_EXCEPT_SHORT_I = /(?<!и)\u0306|[\u0300-\u0305\u0307-\u036f]/g;

/**
 * Lower-cases a word and removes diacritics so that spellings compare equal: "İlham" → "ilham",
 * "Ёлкин" → "елкин", "Şuşa" → "susa". Keeps "й" (it is a distinct Russian letter).
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(COMBINING_MARKS_EXCEPT_SHORT_I, "")
    .normalize("NFC");
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const POSSESSIVE_S = /^['’]s$/i;

/**
 * Splits a text into words (letters and digits), with offsets. The "s" of an English possessive
 * ("Russia's") is not a word of its own: it stays in the gap after "Russia".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const previous = tokens[tokens.length - 1];
    if (previous && POSSESSIVE_S.test(text.slice(previous.end, end)) && m[0].length === 1) continue;
    tokens.push({ raw: m[0], fold: foldWord(m[0]), start, end });
  }
  return tokens;
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
