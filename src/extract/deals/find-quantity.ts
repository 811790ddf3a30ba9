import { NOT_A_QUANTITY_UNIT, QUANTITY_WORDS } from "./lexicon";
import type { Word } from "./text-spans";

const MAX_WORDS_BETWEEN = 3;

/**
 * The number of items an item phrase reports: the nearest number or number word at most three
 * words before it ("at least 10 new Russian MS-21" → 10, "one An-124" → 1, "hundreds of tanks" →
 * 100, "две батареи" → 2). Vague plurals give their lower bound. Null when none, or when the
 * number belongs to money or years ("$5 billion worth of tanks").
 */
export function findQuantity(words: Word[], itemStart: number): number | null {
  const before = words.filter((w) => w.end <= itemStart);
  for (let k = before.length - 1, steps = 0; k >= 0 && steps <= MAX_WORDS_BETWEEN; k--, steps++) {
    const w = before[k].fold;
    if (NOT_A_QUANTITY_UNIT.test(w)) return null;
    if (/^\d{1,4}$/.test(w)) {
      const n = Number(w);
      return n >= 1900 && n <= 2100 ? null : n;
    }
    if (w in QUANTITY_WORDS) return QUANTITY_WORDS[w];
  }
  return null;
}
