import { UNKNOWN_DATE, type PartialDate } from "../../model/partial-date";
import { MONTHS, WEEKDAYS, capitalized } from "../../language/calendar-words";

const EN_WEEKDAYS: readonly string[] = WEEKDAYS.en;
const RU_WEEKDAYS: readonly string[] = WEEKDAYS.ruAccusative;
const EN_MONTHS: readonly string[] = MONTHS.en;
const RU_MONTHS_GENITIVE: readonly string[] = MONTHS.ruGenitive;
const RU_MONTHS_PREPOSITIONAL: readonly string[] = MONTHS.ruPrepositional;

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const EN_MONTH = EN_MONTHS.map(capitalized).join("|");

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, pub: PartialDate) => PartialDate }> = [
  { re: new RegExp(`${B}(?:yesterday|вчера|накануне)${E}`, "iu"), read: (_m, pub) => shiftDays(pub, -1) },
  { re: new RegExp(`${B}(?:today|earlier today|сегодня)${E}`, "iu"), read: (_m, pub) => dayOnly(pub) },
  {
    re: new RegExp(`${B}(?:on\\s+)?(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, "u"),
    read: (m, pub) => dayOfMonth(pub, EN_MONTHS.indexOf(m[1].toLowerCase()), Number(m[2]), m[3]),
  },
  {
    re: new RegExp(`${B}(?:on\\s+)?(\\d{1,2})\\s+(${EN_MONTH})(?:\\s+(\\d{4}))?${E}`, "u"),
    read: (m, pub) => dayOfMonth(pub, EN_MONTHS.indexOf(m[2].toLowerCase()), Number(m[1]), m[3]),
  },
  {
    re: new RegExp(`${B}(\\d{1,2})\\s+(${RU_MONTHS_GENITIVE.join("|")})(?:\\s+(\\d{4}))?${E}`, "iu"),
    read: (m, pub) => dayOfMonth(pub, RU_MONTHS_GENITIVE.indexOf(m[2].toLowerCase()), Number(m[1]), m[3]),
  },
  {
    re: new RegExp(`${B}last\\s+(${EN_WEEKDAYS.join("|")})${E}`, "iu"),
    read: (m, pub) => weekday(pub, EN_WEEKDAYS.indexOf(m[1].toLowerCase()), true),
  },
  {
    re: new RegExp(`${B}(?:в|во)\\s+(?:прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее))\\s+(${RU_WEEKDAYS.join("|")})${E}`, "iu"),
    read: (m, pub) => weekday(pub, RU_WEEKDAYS.indexOf(m[1].toLowerCase()), true),
  },
  {
    re: new RegExp(`${B}(?:on\\s+|this\\s+)?(${EN_WEEKDAYS.join("|")})${E}`, "iu"),
    read: (m, pub) => weekday(pub, EN_WEEKDAYS.indexOf(m[1].toLowerCase()), false),
  },
  {
    re: new RegExp(`${B}(?:в|во)\\s+(${RU_WEEKDAYS.join("|")})${E}`, "iu"),
    read: (m, pub) => weekday(pub, RU_WEEKDAYS.indexOf(m[1].toLowerCase()), false),
  },
  {
    re: new RegExp(`${B}[Ii]n\\s+(?:early\\s+|mid-?\\s*|late\\s+)?(${EN_MONTH})(?:\\s+(\\d{4}))?${E}`, "u"),
    read: (m, pub) => month(pub, EN_MONTHS.indexOf(m[1].toLowerCase()), m[2]),
  },
  {
    re: new RegExp(`${B}в\\s+(?:начале\\s+|середине\\s+|конце\\s+)?(${RU_MONTHS_PREPOSITIONAL.join("|")})(?:\\s+(\\d{4}))?${E}`, "iu"),
    read: (m, pub) => month(pub, RU_MONTHS_PREPOSITIONAL.indexOf(m[1].toLowerCase()), m[2]),
  },
  {
    re: new RegExp(`${B}в\\s+(?:начале\\s+|середине\\s+|конце\\s+)(${RU_MONTHS_GENITIVE.join("|")})(?:\\s+(\\d{4}))?${E}`, "iu"),
    read: (m, pub) => month(pub, RU_MONTHS_GENITIVE.indexOf(m[1].toLowerCase()), m[2]),
  },
];

/** A cheap first test: does the text contain anything a time expression could start with? */
const TIME_WORD = new RegExp(
  [...EN_WEEKDAYS, ...EN_MONTHS, "yesterday", "today", "вчера", "накануне", "сегодня", ...WEEKDAYS.ruStems, ...MONTHS.ruStems].join("|"),
  "iu",
);

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const pubDay = (pub: PartialDate): Date | null => (pub.precision === "DAY" && pub.date ? new Date(`${pub.date}T00:00:00Z`) : null);
const pubYear = (pub: PartialDate): number | null => (pub.date && pub.precision !== "UNKNOWN" ? Number(pub.date.slice(0, 4)) : null);

function shiftDays(pub: PartialDate, days: number): PartialDate {
  const d = pubDay(pub);
  if (!d) return UNKNOWN_DATE;
  d.setUTCDate(d.getUTCDate() + days);
  return { date: iso(d), precision: "DAY" };
}

function dayOnly(pub: PartialDate): PartialDate {
  return pubDay(pub) ? { date: pub.date, precision: "DAY" } : UNKNOWN_DATE;
}

/** The most recent `day` (0 = Sunday) on or before the publication day; strictly before for "last". */
function weekday(pub: PartialDate, day: number, strictlyBefore: boolean): PartialDate {
  const d = pubDay(pub);
  if (!d || day < 0) return UNKNOWN_DATE;
  let back = (d.getUTCDay() - day + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  d.setUTCDate(d.getUTCDate() - back);
  return { date: iso(d), precision: "DAY" };
}

/** A year for a month named without one: the publication year, or the year before if that would be later. */
function yearFor(pub: PartialDate, monthIndex: number, day: number, written: string | undefined): number | null {
  if (written) return Number(written);
  const year = pubYear(pub);
  if (year === null || !pub.date) return null;
  const candidate = `${year}-${pad(monthIndex + 1)}-${pad(day)}`;
  const pubKey = pub.precision === "DAY" ? pub.date : pub.precision === "MONTH" ? `${pub.date.slice(0, 7)}-31` : `${year}-12-31`;
  return candidate > pubKey ? year - 1 : year;
}

function dayOfMonth(pub: PartialDate, monthIndex: number, day: number, written: string | undefined): PartialDate {
  if (monthIndex < 0 || day < 1 || day > 31) return UNKNOWN_DATE;
  const year = yearFor(pub, monthIndex, day, written);
  return year === null ? UNKNOWN_DATE : { date: `${year}-${pad(monthIndex + 1)}-${pad(day)}`, precision: "DAY" };
}

function month(pub: PartialDate, monthIndex: number, written: string | undefined): PartialDate {
  if (monthIndex < 0) return UNKNOWN_DATE;
  const year = yearFor(pub, monthIndex, 1, written);
  return year === null ? UNKNOWN_DATE : { date: `${year}-${pad(monthIndex + 1)}-01`, precision: "MONTH" };
}

/**
 * The date of the first time expression in `text` (an attribution frame), resolved against the
 * publication date; UNKNOWN when there is none or it cannot be resolved.
 */
export function readSaidOn(text: string, publishedAt: PartialDate): PartialDate {
  if (!TIME_WORD.test(text)) return UNKNOWN_DATE;
  let best: { at: number; date: PartialDate } | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, date: p.read(m, publishedAt) };
  }
  return best ? best.date : UNKNOWN_DATE;
}
