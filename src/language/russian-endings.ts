/**
 * The one table of Russian case endings (of folded words: "ё" is "е"). Every rule that strips, matches
 * or reads an ending takes its list from here: the declension of names (russian-inflection.ts), the
 * store's name search, weapon names, the case of a state name in a deal, surnames and adjectives.
 */

/** Endings of each declension class, the nominative singular first. */
export const DECLENSIONS = {
  /** "российский", "Единая", "новое", "Объединённые": every case, gender and number, and "о" of a compound's first part ("российско-"). */
  adjective: ["ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ом", "ем", "о"],
  /** "Россия", "Захарова": -а/-я nouns. */
  feminine: ["а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею"],
  /** "Пашинян", "Иран": nouns ending in a hard consonant. */
  masculine: ["", "а", "я", "у", "ю", "е", "ом", "ем", "ы", "и"],
  /** "Сергей", "Игорь": nouns in -й/-ь. */
  softMasculine: ["й", "ь", "я", "ю", "е", "ем", "ём", "и"],
  /** "агентство": neuter nouns in -о. */
  neuter: ["о", "а", "у", "ом", "е"],
  /** "телевидение": neuter nouns in -ие (the stem keeps the "и"). */
  neuterIe: ["е", "я", "ю", "ем", "и"],
  /** "Нидерланды", "силы", "войска": plural nouns, and "-ых/-ым/-ыми" of possessives written as nouns ("Маршалловых"). */
  plural: ["ы", "и", "а", "я", "", "ов", "ев", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "ых", "ым", "ыми"],
} as const satisfies Record<string, readonly string[]>;

/** Endings a dictionary (nominative) form of a name word may have: "Алиев", "Россия", "Сергей", "Игорь", "российский", "Косово". */
export const NOMINATIVE_ENDINGS: readonly string[] = ["", "а", "я", "й", "ь", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "о"];

/** The oblique-case endings of singular nouns of every class ("Азербайджану", "Белоруссией", "Россию"), longest first. */
export const NOUN_CASE_ENDINGS: readonly string[] = ["ою", "ею", "ом", "ем", "ой", "ей", "у", "ю", "а", "я", "е", "и", "ы"];

/** Case endings a noun may carry in the singular or plural ("Искандеров", "Су-35ами", "танками"). */
export const NOUN_ENDINGS: readonly string[] = [...new Set([...NOUN_CASE_ENDINGS, ...DECLENSIONS.plural.filter((e) => e !== "" && !e.startsWith("ы"))])];

/** Every case ending of a name word, nouns and adjectives together, the bare stem ("") included. */
export const CASE_ENDINGS: readonly string[] = [...new Set(["", ...NOUN_CASE_ENDINGS, "ём", ...DECLENSIONS.adjective.filter((e) => e !== "о"), "й", "ь"])];

/**
 * The adjective endings that mark a lowercase word as an adjective ("официальный", "военного",
 * "российским"): the paradigm without "-ом/-ем", which nouns share ("министром", "полем"), the rare
 * "-ыми/-ими" and the "-о" of compounds.
 */
export const ADJECTIVE_MARKING_ENDINGS: readonly string[] = DECLENSIONS.adjective.filter((e) => e.length > 1 && !["ом", "ем", "ыми", "ими"].includes(e));

/**
 * Endings removed to reach the stem a surname's case forms share ("Петровым", "Петрову" → "петров"):
 * the noun cases, the soft sign, the plural instrumental and the endings of adjectival surnames ("Толстого").
 */
export const SURNAME_CASE_ENDINGS: readonly string[] = [...NOUN_CASE_ENDINGS, "ь", "ами", "ями", "ого", "его", "ому", "ему", "ым", "им"];

/** A regular expression that matches a word ending in one of `endings` (longest tried first), capturing the ending. */
export function endingPattern(endings: readonly string[]): RegExp {
  const alternatives = [...endings].filter((e) => e !== "").sort((a, b) => b.length - a.length);
  return new RegExp(`(${alternatives.join("|")})$`, "u");
}
