import { countStopWords, stopWordLanguages, wordsOf } from "../../language/stopwords";
import type { LanguageCode } from "../../model/language-code";

const SCRIPTS: Array<[RegExp, LanguageCode]> = [
  [/\p{Script=Cyrillic}/gu, "cyrillic"],
  [/\p{Script=Armenian}/gu, "hy"],
  [/\p{Script=Georgian}/gu, "ka"],
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Latin}/gu, "latin"],
];

/** Which Cyrillic-script language a text is in, from letters that only some of them use. */
function cyrillicLanguage(text: string): LanguageCode {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const letters = count(/\p{Script=Cyrillic}/gu);
  const share = (re: RegExp) => count(re) / Math.max(1, letters);
  if (share(/[әғқңөұүһі]/giu) > 0.01 && count(/[әғқңөұ]/giu) > 0) return "kk";
  if (share(/[ђћџљњј]/giu) > 0.005) return "sr";
  if (count(/ў/giu) > 0) return "be";
  if (share(/[іїєґ]/giu) > 0.005 && countStopWords(wordsOf(text), "uk") >= countStopWords(wordsOf(text), "ru")) return "uk";
  if (count(/[ыэ]/giu) === 0 && share(/ъ/giu) > 0.005) return "bg";
  return "ru";
}

/** Which Latin-script language a text is in: the one whose stop words it uses most ("en" by default). */
function latinLanguage(text: string): LanguageCode {
  const words = wordsOf(text);
  let best: LanguageCode = "en";
  let bestCount = 0;
  for (const lang of stopWordLanguages()) {
    const n = countStopWords(words, lang);
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best === "ru" || best === "uk" ? "en" : best;
}

/**
 * The ISO 639-1 code of the language most of `text` is written in ("en", "ru", "hy", …);
 * "und" when the text has no letters.
 */
export function detectLanguage(text: string): LanguageCode {
  let bestScript: LanguageCode | null = null;
  let bestCount = 0;
  for (const [re, name] of SCRIPTS) {
    const n = (text.match(re) ?? []).length;
    if (n > bestCount) {
      bestScript = name;
      bestCount = n;
    }
  }
  if (bestScript === null) return "und";
  if (bestScript === "cyrillic") return cyrillicLanguage(text);
  if (bestScript === "latin") return latinLanguage(text);
  return bestScript;
}
