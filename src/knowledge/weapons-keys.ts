/**
 * Script-independent keys for weapon names: "Т-90С", "T-90S" and "t90s" share one key, and a
 * Russian case form ("Искандеров", "Орланов-10") or English plural ("Iskanders") also yields its base key.
 */
import { foldWord } from "../language/fold-text";
import { NOUN_ENDINGS } from "../language/russian-endings";

const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

const MIN_STEM = 4;

/** Words whose keys are remembered: a text's vocabulary repeats, and the keys are pure functions of the word. */
const CACHE_LIMIT = 50_000;
const designationKeys = new Map<string, string>();
const textWordKeys = new Map<string, readonly string[]>();

function remember<T>(cache: Map<string, T>, word: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}

/** The key of one designation word: folded, transliterated to Latin, without hyphens or spaces. */
export function designationKey(word: string): string {
  return designationKeys.get(word) ?? remember(designationKeys, word, [...foldWord(word)].map((c) => LATIN[c] ?? c).join("").replace(/[^a-z0-9]/g, ""));
}

/** The keys a text word may stand for: its own, plus its base form when it carries a case ending or plural "s". */
export function wordKeys(word: string): readonly string[] {
  return textWordKeys.get(word) ?? remember(textWordKeys, word, computeWordKeys(word));
}

function computeWordKeys(word: string): readonly string[] {
  const keys = [designationKey(word)];
  const fold = foldWord(word);
  if (/[\u0400-\u04ff]$/.test(fold)) {
    for (const ending of NOUN_ENDINGS) {
      if (fold.endsWith(ending) && fold.length - ending.length >= MIN_STEM) keys.push(designationKey(fold.slice(0, -ending.length)));
    }
  } else if (/[a-z]s$/.test(fold) && fold.length > MIN_STEM) {
    keys.push(designationKey(fold.slice(0, -1)));
  } else if (/\ds$/.test(word)) {
    // The English plural of a designation that ends in a digit ("F-16s", "Su-35s"); a capital S is part of the name ("T-90S").
    keys.push(designationKey(fold.slice(0, -1)));
  }
  // A hyphenated name inflected inside ("Орланов-10", "Искандеров-М"): the ending sits on its Cyrillic first part.
  const hyphen = fold.search(/[-‐‑–]/);
  if (hyphen > 0 && /^[\u0400-\u04ff]+$/.test(fold.slice(0, hyphen))) {
    const head = fold.slice(0, hyphen);
    for (const ending of NOUN_ENDINGS) {
      if (head.endsWith(ending) && head.length - ending.length >= MIN_STEM) keys.push(designationKey(head.slice(0, -ending.length) + fold.slice(hyphen)));
    }
  }
  return keys;
}
