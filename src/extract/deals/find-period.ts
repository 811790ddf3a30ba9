/**
 * Periods in deal reports: "2009-2011", "in 2009-2011", "between 2009 and 2011", "since 2011",
 * "в 2010 году", "с 2018 по 2020 год", "in 2017", "in January 2022", "в январе 2022 года", and relative ones ("next February", "next year",
 * "в прошлом году") resolved against the article's year.
 */
import { MONTHS } from "../../language/calendar-words";

export interface Period {
  /** As written. */
  text: string;
  startYear: number | null;
  endYear: number | null;
  start: number;
  end: number;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}$€.,])`;
const MONTHS_EN = MONTHS.en.join("|");
/** Every case form of a Russian month ("май" has no longer forms, so its stem is the word). */
const MONTHS_RU = MONTHS.ruStems.map((stem) => (stem === "ма[йяе]" ? stem : `${stem}\\p{L}*`)).join("|");

/** A day and month before a year, optional: "January", "3 March", "March 3,", "12 января". */
const DAY_AND_MONTH = String.raw`(?:(?:\d{1,2}\s+)?(?:${MONTHS_EN}|${MONTHS_RU})\s+(?:\d{1,2},?\s+)?)?`;

/** A cheap test that spares the full patterns on most clauses. */
const MAY_HAVE_PERIOD = /\d{4}|next|this|last|следующ|будущ|этом|текущ|прошл/i;

const PATTERNS: Array<{ re: RegExp; years: (m: RegExpExecArray, year: number | null, month: number | null) => [number | null, number | null] }> = [
  { re: new RegExp(String.raw`${NOT_BEFORE}с\s+${YEAR}(?:\s+г(?:ода|\.))?\s+по\s+${YEAR}(?:\s+(?:год\p{L}*|гг?\.))?${NOT_AFTER}`, "giu"), years: (m) => [+m[1], +m[2]] },
  { re: new RegExp(String.raw`${NOT_BEFORE}(?:(?:in|from|between)\s+)?${YEAR}\s*(?:-|–|—|to|and|through|until|до|по)\s*((?:19|20)?\d{2})(?:\s+(?:годах|годы|гг?\.))?${NOT_AFTER}`, "giu"), years: (m) => [+m[1], fullYear(m[1], m[2])] },
  { re: new RegExp(String.raw`${NOT_BEFORE}(?:since|с)\s+${YEAR}(?:\s+(?:года|г\.))?${NOT_AFTER}`, "giu"), years: (m) => [+m[1], null] },
  { re: new RegExp(String.raw`${NOT_BEFORE}(?:in|by|until|during|on|в|во|к|до)\s+${DAY_AND_MONTH}${YEAR}(?:\s+(?:году|года|г\.))?${NOT_AFTER}`, "giu"), years: (m) => [+m[1], +m[1]] },
  { re: new RegExp(String.raw`${NOT_BEFORE}(?:next|this|last)\s+(year|${MONTHS_EN})${NOT_AFTER}`, "giu"), years: relativeEnglish },
  { re: new RegExp(String.raw`${NOT_BEFORE}в\s+(следующем|будущем|этом|текущем|прошлом)\s+году${NOT_AFTER}`, "giu"), years: relativeRussian },
  { re: new RegExp(String.raw`${NOT_BEFORE}(?:в\s+)?(следующем|будущем)\s+(${MONTHS_RU})${NOT_AFTER}`, "giu"), years: relativeRussianMonth },
];

/**
 * The first period in `text` (offsets plus `offset`), or null. `publishedOn` (`YYYY[-MM[-DD]]`)
 * dates relative periods; without it they keep their text and no years.
 */
export function findPeriod(text: string, publishedOn: string | null, offset = 0): Period | null {
  if (!MAY_HAVE_PERIOD.test(text)) return null;
  const year = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  const month = publishedOn && publishedOn.length >= 7 ? Number(publishedOn.slice(5, 7)) : null;
  let best: Period | null = null;
  for (const { re, years } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (best && best.start <= m.index + offset) break;
      const [startYear, endYear] = years(m as RegExpExecArray, year, month);
      best = { text: m[0].trim(), startYear, endYear, start: m.index + offset, end: m.index + offset + m[0].trim().length };
    }
  }
  return best;
}

function fullYear(first: string, second: string): number {
  return second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
}

function relativeEnglish(m: RegExpExecArray, year: number | null, month: number | null): [number | null, number | null] {
  if (year === null) return [null, null];
  const which = m[0].trim().split(/\s+/)[0].toLowerCase();
  const unit = m[1].toLowerCase();
  const shift = which === "next" ? 1 : which === "last" ? -1 : 0;
  if (unit === "year") return [year + shift, year + shift];
  const target = MONTHS_EN.split("|").indexOf(unit) + 1;
  if (shift === 0 || month === null) return [year, year];
  const y = shift > 0 ? (target > month ? year : year + 1) : (target < month ? year : year - 1);
  return [y, y];
}

function relativeRussian(m: RegExpExecArray, year: number | null): [number | null, number | null] {
  if (year === null) return [null, null];
  const w = m[1].toLowerCase();
  const y = /^(следующем|будущем)$/.test(w) ? year + 1 : w === "прошлом" ? year - 1 : year;
  return [y, y];
}

function relativeRussianMonth(m: RegExpExecArray, year: number | null, month: number | null): [number | null, number | null] {
  if (year === null) return [null, null];
  const target = MONTHS_RU.split("|").findIndex((p) => new RegExp(`^${p}$`, "u").test(m[2].toLowerCase())) + 1;
  const y = month !== null && target > month ? year : year + 1;
  return [y, y];
}
