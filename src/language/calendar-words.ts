/**
 * The one table of month and weekday names: English and Russian in the forms the rules read (lower
 * case, January and Sunday first), the neighbours' names the dateline rules also know, and lookups.
 * No other file lists them (test/architecture.test.ts checks).
 */

/** Month names, January first. */
export const MONTHS = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  /** "Jan", "Feb": as written in dates ("4 Mar 2021") and before an abbreviating full stop. */
  enShort: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  /** "12 января", "в начале марта". */
  ruGenitive: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  /** "в январе". */
  ruPrepositional: ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
  /** Regular-expression sources that match the start of every case form ("январ" → "январь", "января", "январе"). */
  ruStems: ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
} as const satisfies Record<string, readonly string[]>;

/** Weekday names, Sunday first (as `Date.getUTCDay()` numbers them). */
export const WEEKDAYS = {
  en: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
  ruNominative: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
  /** After "в"/"во": "в четверг", "в среду". */
  ruAccusative: ["воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу"],
  /** Abbreviations a site's date line uses ("Wed 23 Jul 2025"); longer variants in WEEKDAY_ABBREVIATION_VARIANTS. */
  enShort: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
  ruShort: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
  /** The start every case form shares ("сред" → "среда", "среду", "среды"). */
  ruStems: ["воскресен", "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот"],
} as const satisfies Record<string, readonly string[]>;

/** "january" → "January". */
export function capitalized(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}

const MONTH_STEMS: Array<[RegExp, number]> = [
  [/^(?:jan(?:uary)?|январ[ьяе]|янв|ocak|janvier|januar|enero)\.?$/iu, 1],
  [/^(?:feb(?:ruary)?|феврал[ьяе]|фев|şubat|février|februar|febrero)\.?$/iu, 2],
  [/^(?:mar(?:ch)?|марта?|марте|мар|mart|mars|märz|marzo)\.?$/iu, 3],
  [/^(?:apr(?:il)?|апрел[ьяе]|апр|nisan|avril|abril)\.?$/iu, 4],
  [/^(?:may|ма[йяе]|mayıs|mai|mayo)\.?$/iu, 5],
  [/^(?:jun(?:e)?|июн[ьяе]|haziran|juin|juni|junio)\.?$/iu, 6],
  [/^(?:jul(?:y)?|июл[ьяе]|temmuz|juillet|juli|julio)\.?$/iu, 7],
  [/^(?:aug(?:ust)?|августа?|августе|авг|ağustos|août|agosto)\.?$/iu, 8],
  [/^(?:sep(?:t(?:ember)?)?|сентябр[ьяе]|сен|сент|eylül|septembre|septiembre)\.?$/iu, 9],
  [/^(?:oct(?:ober)?|октябр[ьяе]|окт|ekim|octobre|oktober|octubre)\.?$/iu, 10],
  [/^(?:nov(?:ember)?|ноябр[ьяе]|ноя|kasım|novembre|noviembre)\.?$/iu, 11],
  [/^(?:dec(?:ember)?|декабр[ьяе]|дек|aralık|décembre|dezember|diciembre)\.?$/iu, 12],
];

/** The month (1–12) a month name denotes in any listed language and case, or null. */
export function monthNumber(word: string): number | null {
  const w = word.trim();
  for (const [re, n] of MONTH_STEMS) if (re.test(w)) return n;
  return null;
}

/** Weekday names, indexed as `Date.getUTCDay()` numbers them: 0 = Sunday … 6 = Saturday. */
const WEEKDAY_NAMES: string[][] = [
  ["pazar günü", "dimanche", "sonntag", "domingo"],
  ["pazartesi", "lundi", "montag", "lunes"],
  ["salı", "mardi", "dienstag", "martes"],
  ["çarşamba", "mercredi", "mittwoch", "miércoles"],
  ["perşembe", "jeudi", "donnerstag", "jueves"],
  ["cuma günü", "vendredi", "freitag", "viernes"],
  ["cumartesi", "samedi", "samstag", "sábado"],
].map((others, day) => [WEEKDAYS.en[day], `${day === 2 ? "во" : "в"} ${WEEKDAYS.ruAccusative[day]}`, ...others]);

const WEEKDAY_RES: Array<[RegExp, number]> = WEEKDAY_NAMES.map((names, day) => [
  new RegExp(`(?<!\\p{L})(?:${names.join("|")})(?!\\p{L})`, "giu"),
  day,
]);

/** A weekday named in a text, with where it is. */
export interface WeekdayMention {
  weekday: number;
  index: number;
  text: string;
}

/**
 * Weekdays a text names as the day of a reported event, in text order. Mentions qualified as
 * another week ("last Friday", "next Monday", "в прошлую пятницу", "since Friday") are left out,
 * since they do not tell the day of the report.
 */
export function weekdayMentions(text: string): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  for (const [re, weekday] of WEEKDAY_RES) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      if (/(?:last|next|previous|since|until|past|прошл\p{L}*|следующ\p{L}*|будущ\p{L}*|geçen|gelecek|dernier|prochain|letzten|nächsten)\s*$/u.test(before)) continue;
      found.push({ weekday, index: m.index, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Longer English weekday abbreviations ("Tues., March 4", "Thurs 6 May"). */
export const WEEKDAY_ABBREVIATION_VARIANTS: readonly string[] = ["tues", "thur", "thurs"];

/**
 * Words of a relative time a header shows beside its date ("Updated a day ago", "2 hours ago",
 * "обновлено 3 часа назад"): with a date on the line they are no headline.
 */
export const RELATIVE_TIME_WORDS: readonly string[] = [
  "ago", "an", "last", "just", "now", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
  "назад", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней", "неделю", "недели", "недель", "месяц", "месяца", "месяцев",
];
