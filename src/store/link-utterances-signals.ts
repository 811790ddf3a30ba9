import { foldWord, tokenize } from "../language/fold-text";
import type { KnowledgeBase } from "../knowledge/types";

/** What of a quotation survives translation: numbers, weapon designations, named actors and transliterated proper names. */
export interface UtteranceSignals {
  /** Prefixed keys: `n:4`, `d:s300`, `a:kb:russia`, `p:karab`. */
  keys: Set<string>;
  /** Folded words of three letters or more, for comparing reports in the same language. */
  words: Set<string>;
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p",
  р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** Folds a word and writes Cyrillic letters in Latin ("Т-90С" → "t-90s", "Карабах" → "karabakh"). */
export function latinKey(word: string): string {
  return [...foldWord(word)].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join("");
}

/** Numbers not glued to letters (so not the "300" of "S-300"); "10 000", "10,000" → "10000", "1,5" and "1.5" → "1.5". */
const NUMBER = /(?<![\p{L}\d][-‐]?|[\d.,])(\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)(?:[.,](\d+))?(?!\d)/gu;
/** Weapon designations: letters, an optional dash, digits, optional letters/digits ("T-90S", "Су-35", "С-300ПМУ", "BTR-82A"). */
const DESIGNATION = /(?<![\p{L}\d])\p{L}{1,4}[-‐]?\d{1,4}[\p{L}\d]{0,4}(?![\p{L}\d])/gu;
/** Proper names are compared on their first letters, which Russian case endings leave alone ("Карабаха" ~ "Karabakh"). */
const NAME_PREFIX = 5;

function numberKeys(text: string): string[] {
  return [...text.matchAll(NUMBER)].map(([, whole, fraction]) => {
    const integer = whole.replace(/[ \u00a0,]/g, "");
    const decimals = (fraction ?? "").replace(/0+$/, "");
    return `n:${String(Number(integer))}${decimals ? `.${decimals}` : ""}`;
  });
}

/**
 * The language-independent signals of a quotation: its numbers, weapon designations (transliterated),
 * the knowledge-base actors it names (plus `extraActorKeys`, e.g. from stored mentions), and
 * capitalised words inside sentences, transliterated. `ignoreActorKeys` (the speaker) are left out.
 */
export function utteranceSignals(
  text: string, kb: Pick<KnowledgeBase, "findMentions"> | null, extraActorKeys: string[] = [], ignoreActorKeys: string[] = [],
): UtteranceSignals {
  const keys = new Set<string>(numberKeys(text));
  const designations = [...text.matchAll(DESIGNATION)].filter((m) => /\d/.test(m[0]));
  for (const m of designations) keys.add(`d:${latinKey(m[0]).replace(/[-‐]/g, "")}`);
  const named = kb ? kb.findMentions(text) : [];
  for (const key of [...named.map((m) => `kb:${m.actor.id}`), ...extraActorKeys]) {
    if (!ignoreActorKeys.includes(key)) keys.add(`a:${key}`);
  }
  const covered = (start: number) => named.some((m) => start >= m.start && start < m.end)
    || designations.some((m) => start >= m.index && start < m.index + m[0].length);
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const before = text.slice(i ? tokens[i - 1].end : 0, token.start);
    const startsSentence = i === 0 || /[.!?…]\s*["«“„]?\s*$/.test(before);
    if (token.raw.length >= 4 && /^\p{Lu}/u.test(token.raw) && !startsSentence && !covered(token.start)) {
      keys.add(`p:${latinKey(token.raw).slice(0, NAME_PREFIX)}`);
    }
  });
  const words = new Set(tokens.map((t) => t.fold).filter((w) => w.length >= 3));
  return { keys, words };
}

/** Share of the smaller set found in the other one (0 when either is empty). */
function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { shared, ratio: smaller ? shared / smaller : 0 };
}

/**
 * Whether two reports (same speaker, close dates: the caller checks) carry the same words:
 * in one language, most words of the shorter one are in the other; in any language, at least
 * two signals in common making at least half of the smaller signal set.
 */
export function isSameUtterance(a: UtteranceSignals & { language: string }, b: UtteranceSignals & { language: string }): boolean {
  if (a.language === b.language) {
    const words = overlap(a.words, b.words);
    if (words.shared >= 3 && words.ratio >= 0.6) return true;
  }
  const signals = overlap(a.keys, b.keys);
  return signals.shared >= 2 && signals.ratio >= 0.5;
}
