import type { LanguageCode } from "../model/language-code";

const LISTS: Record<LanguageCode, string> = {
  en: "the a an and or but of to in on at by for with from as is are was were be been has have had that this these those it its he she they we you his her their our not will would said says also which who than after before about",
  ru: "и в во не что он она они мы вы на с со как а то все это так его ее их но да к ко у же по за из от о об для бы был была были было уже или ли если при также после того которые который которая чтобы только между",
  uk: "і й та в у не що він вона вони ми ви на з як а це так його її але до по за від про для був була були вже або якщо також після який яка які щоб",
  tr: "ve bir bu da de ile için olarak olan gibi daha çok en ama ancak sonra kadar göre ise mi ne o şu her",
  az: "və bir bu da də ilə üçün olaraq olan kimi daha çox ən amma sonra qədər görə isə nə o hər",
  fr: "le la les un une des et ou de du au aux en dans sur par pour avec que qui est sont était ont a pas ne plus se ce cette il elle ils",
  de: "der die das ein eine und oder zu im in auf mit von für ist sind war hat haben nicht dass sich auch es er sie wir den dem des",
  es: "el la los las un una y o de del en con por para que es son fue se no su sus al lo como más pero",
};

const SETS: Record<LanguageCode, Set<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

const ANY_LANGUAGE = new Set(Object.values(SETS).flatMap((set) => [...set]));

/** Lower-cased word tokens of a text (letters and digits, hyphen/apostrophe joined). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The languages that have a stop-word list. */
export function stopWordLanguages(): LanguageCode[] {
  return Object.keys(SETS);
}

/** How many of `words` are stop words of `lang` (0 when the language has no list). */
export function countStopWords(words: readonly string[], lang: LanguageCode): number {
  const set = SETS[lang];
  if (!set) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

/** Share of `words` that are stop words of any listed language: high in prose, low in menus. */
export function stopWordDensity(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (ANY_LANGUAGE.has(w)) n++;
  return n / words.length;
}
