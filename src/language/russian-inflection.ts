/**
 * A general rule for Russian case endings of names: an alias in the nominative ("Белоруссия",
 * "Пашинян", "Сергей", "азербайджанский") is reduced to a stem plus the set of endings its
 * declension class allows, so "Белоруссией", "Пашиняном", "Сергея", "азербайджанского" match it
 * without listing forms. Short stems (< 4 letters, < 3 within a name of several words) never
 * inflect, so "Баку" cannot match "бак".
 */
import { DECLENSIONS } from "./russian-endings";

/** The stem of an alias word and the endings that may follow it in running text. */
export interface InflectionPattern {
  stem: string;
  endings: ReadonlySet<string>;
}

const MIN_STEM = 4;

const POSSESSIVE_SURNAME = /(ов|ев|ин|ын)$/;

/** The ending sets, built once: a knowledge base holds thousands of patterns that share them. */
const ENDINGS = {
  adjective: new Set(DECLENSIONS.adjective),
  feminine: new Set(DECLENSIONS.feminine),
  masculine: new Set(DECLENSIONS.masculine),
  possessiveSurname: new Set([...DECLENSIONS.masculine, "ым"]),
  softMasculine: new Set(DECLENSIONS.softMasculine),
  neuter: new Set(DECLENSIONS.neuter),
  neuterIe: new Set(DECLENSIONS.neuterIe),
} satisfies Record<string, ReadonlySet<string>>;

/** Plural nouns ("Нидерланды" → "Нидерландов", "Филиппин", "-ам", "-ами", "-ах"). */
const PLURAL = new Set(DECLENSIONS.plural);

/** Options for `inflectionPattern`. */
export interface InflectionOptions {
  /** The shortest stem that may inflect (default 4). */
  minStem?: number;
  /**
   * The word belongs to a plural name ("Объединённые Арабские Эмираты", "Сейшельские Острова"):
   * nouns in "-а"/"-я" decline as plurals ("Островов"), not as feminine singulars.
   */
  plural?: boolean;
}

/**
 * The declension pattern of one folded Russian alias word, or null when the word must match
 * exactly (indeclinable endings such as "-ко", "-у", "-и", or a stem too short to be safe).
 * `minStem` may be lowered for words of a longer name ("Юрий Борисов" → "Юрием Борисовым").
 */
export function inflectionPattern(word: string, options: number | InflectionOptions = {}): InflectionPattern | null {
  const { minStem = MIN_STEM, plural = false } = typeof options === "number" ? { minStem: options } : options;
  const pattern = classify(word, plural);
  if (!pattern || pattern.stem.length < minStem) return null;
  return pattern;
}

/** The shortest stem allowed for a word that is part of a name of several words. */
export const MIN_STEM_IN_LONGER_NAME = 3;

/**
 * True when a folded name word marks its name as plural: a plural adjective ("объединенные",
 * "арабские", "маршалловы") or a plural noun ("эмираты", "нидерланды").
 */
export function isPluralWord(word: string): boolean {
  return /^[а-я-]+$/.test(word) && word.length >= 5 && /(ые|(ск|цк)ие|ы)$/.test(word);
}

/** Adjectives ("российский", "Единая") decline as adjectives; "-ий" names ("Дмитрий") as soft nouns. */
function classify(word: string, plural: boolean): InflectionPattern | null {
  // "-ая" ends no noun, so short adjectives decline too: "Южная" → "Южной", "Новая" → "Новой"
  if ((/(ый|ой|ая|яя|ое|ее|ые)$/.test(word) && word.length > 5) || (/(ая|яя)$/.test(word) && word.length === 5) || /(ск|цк)и[йе]$/.test(word)) {
    return { stem: word.slice(0, -2), endings: ENDINGS.adjective };
  }
  // plural nouns: "-ы" never ends a Russian nominative singular; "-а/-я" does, unless the name is plural
  if (/ы$/.test(word) || (plural && /[ая]$/.test(word))) return { stem: word.slice(0, -1), endings: PLURAL };
  if (/[ая]$/.test(word)) return { stem: word.slice(0, -1), endings: ENDINGS.feminine };
  if (/[йь]$/.test(word)) return { stem: word.slice(0, -1), endings: ENDINGS.softMasculine };
  if (/ство$/.test(word)) return { stem: word.slice(0, -1), endings: ENDINGS.neuter };
  // "телевидение" → "телевидению", "телевидения": neuter nouns in "-ие"
  if (/ие$/.test(word)) return { stem: word.slice(0, -1), endings: ENDINGS.neuterIe };
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) {
    return { stem: word, endings: POSSESSIVE_SURNAME.test(word) ? ENDINGS.possessiveSurname : ENDINGS.masculine };
  }
  return null;
}

/** True when a folded text word is the alias word itself or one of its case forms. */
export function matchesInflected(textWord: string, aliasWord: string, pattern: InflectionPattern | null): boolean {
  if (textWord === aliasWord) return true;
  if (!pattern || !textWord.startsWith(pattern.stem)) return false;
  return pattern.endings.has(textWord.slice(pattern.stem.length));
}

/**
 * The nominative of one word of a Russian name the base does not know, written as in the text
 * ("Сингхом" → "Сингх", "Петровым" → "Петров", "Петровой" → "Петрова", "Сергеем" → "Сергей",
 * "Игорем" → "Игорь", "Марией" → "Мария"). Endings that a nominative may also have ("-а", "-я",
 * "-у", "-ю", "-е": "Захарова", "Шойгу") are removed only when `attested` confirms the shorter form
 * (the text writes it elsewhere); other words are returned unchanged.
 */
export function nominativeOfNameWord(word: string, attested: (form: string) => boolean = () => false): string {
  if (!/^\p{Lu}[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$/u.test(word) || word.length < 5) return word;
  let m: RegExpExecArray | null;
  if ((m = /^(.{3,}(?:ов|ев|ёв|ин|ын))ым$/u.exec(word))) return m[1];
  if ((m = /^(.{3,}(?:ов|ев|ёв|ин|ын))ой$/u.exec(word))) return `${m[1]}а`;
  if ((m = /^(.{3,}[бвгдзклмнпрстфх])ом$/u.exec(word))) return m[1];
  if ((m = /^(.{3,}[жшчщц])ем$/u.exec(word))) return m[1];
  if ((m = /^(.{3,}[аеиоуэюя])ем$/u.exec(word))) return `${m[1]}й`;
  if ((m = /^(.{3,}[лнр])ем$/u.exec(word))) return attested(m[1]) ? m[1] : `${m[1]}ь`;
  if ((m = /^(.{3,}и)ей$/u.exec(word))) return `${m[1]}я`;
  if ((m = /^(.{3,}[бвгдзклмнпрстфхжшчщц])(?:а|у|е)$/u.exec(word)) && attested(m[1])) return m[1];
  // "-а" names ("Перейра": "Перейрой", "Перейры"): two different case forms of that declension in the text
  if ((m = /^(.{3,}[бвгдзклмнпрстфхжшчщц])(ой|ы|е|у)$/u.exec(word)) && ["а", "ой", "ы", "е", "у"].some((e) => e !== m![2] && attested(m![1] + e))) return `${m[1]}а`;
  return word;
}

/**
 * The nominative of one word of a Russian name written in the genitive ("по словам Ивана Петрова", "Анны Петровой",
 * "Марии", "Сергея", "Юрия", "Игоря", "Ольги", "Ковальского"); words that do not decline ("Шойгу") are returned unchanged.
 */
export function nominativeOfGenitiveNameWord(word: string): string {
  if (!/^\p{Lu}[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$/u.test(word) || word.length < 4) return word;
  const rules: Array<[RegExp, string]> = [
    [/^(.{2,}(?:ов|ев|ёв|ин|ын))ой$/u, "$1а"],
    [/^(.{2,}[сц]к)ого$/u, "$1ий"],
    [/^(.{2,}[сц]к)ой$/u, "$1ая"],
    [/^(.{2,})ии$/u, "$1ия"],
    [/^(.{2,}[аеиоуэюя])я$/u, "$1й"],
    [/^(.{2,}и)я$/u, "$1й"],
    [/^(.{2,}[лнр])я$/u, "$1ь"],
    [/^(.{2,}[бвгдзклмнпрстфхжшчщц])ы$/u, "$1а"],
    [/^(.{2,}[гкхжчшщ])и$/u, "$1а"],
    [/^(.{2,}[бвгдзклмнпрстфхжшчщц])а$/u, "$1"],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/**
 * `nominativeOfNameWord` for each word of a name ("Раджнатом Сингхом" → "Раджнат Сингх"); with `genitive`, the
 * name is known to be in the genitive and `nominativeOfGenitiveNameWord` reads each word.
 */
export function nominativeOfName(name: string, attested?: (form: string) => boolean, genitive = false): string {
  return name.replace(/\p{Lu}[\p{L}-]+/gu, (w) => (genitive ? nominativeOfGenitiveNameWord(w) : nominativeOfNameWord(w, attested)));
}

/**
 * Words that put the name after them in the genitive, with the role words between: "по словам Ивана Петрова",
 * "по мнению представителя Минобороны Ивана Петрова". A role noun alone does not: in "заместитель министра Анна
 * Петрова" the name is the nominative.
 */
const GENITIVE_BEFORE_NAME = /(?:^|\s)по\s+(?:словам|мнению|данным|информации|оценке|сведениям)(?:\s+[\p{L}-]+){0,6}?\s+$/iu;

/** True when the text right before a name puts that name in the genitive. */
export function isGenitiveContext(textBefore: string): boolean {
  return GENITIVE_BEFORE_NAME.test(textBefore.slice(-90));
}
