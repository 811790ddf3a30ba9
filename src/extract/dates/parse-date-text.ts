/**
 * Finding one explicit calendar date in a short text (a byline, a header line, a meta tag):
 * numeric forms by rule, written forms with chrono-node in the page's language only.
 */
import type * as Chrono from "chrono-node";
import { partialDate } from "./partial-date";
import { monthNumber } from "../../language/calendar-words";
import type { LanguageCode } from "../../model/language-code";
import { UNKNOWN_DATE, type PartialDate } from "../../model/partial-date";

type Parser = { parse: typeof Chrono.en.parse };
let parsers: Record<string, Parser> | undefined;

/**
 * chrono-node's parser for a language, loaded on the first written date: its import costs ~150 ms of
 * start-up that a command extracting a page without one (or with a numeric date) never pays.
 */
function parserFor(language: string): Parser | undefined {
  if (!parsers) {
    const chrono = require("chrono-node") as typeof Chrono;
    parsers = { en: chrono.en, ru: chrono.ru, uk: chrono.uk, de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, nl: chrono.nl, it: chrono.it };
  }
  return parsers[language];
}

/** Fixed reference so that results never depend on the clock; only certain components are used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * ISO (2016-06-15, 2016-06-15T10:00Z) and day-first numeric dates (15.09.2020, 15/09/2020), also
 * when a site glues the time to the year ("18.03.202212:57").
 */
function numericDate(text: string): PartialDate | null {
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return partialDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?:(?=\d{1,2}:\d{2}(?!\d))|(?![\d.]))/.exec(text);
  if (dmy) {
    const date = partialDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    return date.precision === "DAY" ? date : null;
  }
  return null;
}

/**
 * A date written with a month name from the calendar table, day first ("30 дек 2019") or month
 * first ("Дек 30, 2019", "Sept. 4, 2021"): the forms a site's date line takes in any language,
 * where the language's own parser misses an abbreviation or an order.
 */
function namedMonthDate(text: string): PartialDate | null {
  const dayFirst = /(?<![\p{L}\d])(\d{1,2})\s+(\p{L}+\.?),?\s+(\d{4})(?!\d)/u.exec(text);
  const monthFirst = /(?<![\p{L}\d])(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u.exec(text);
  const readings: Array<[string, string, string]> = [];
  if (dayFirst) readings.push([dayFirst[1], dayFirst[2], dayFirst[3]]);
  if (monthFirst) readings.push([monthFirst[2], monthFirst[1], monthFirst[3]]);
  for (const [day, month, year] of readings) {
    const n = monthNumber(month);
    if (n === null) continue;
    const date = partialDate(Number(year), n, Number(day));
    if (date.precision === "DAY") return date;
  }
  return null;
}

/**
 * The first explicit date in `text` with the precision the text gives: DAY when day, month and
 * year are written, MONTH for "June 2016"; UNKNOWN for relative expressions ("7 years ago",
 * "2 months ago": the year must be written out), times, or dates without a year.
 */
/**
 * A date line whose parts a page's markup ran together, separated: "March 4, 20254:47 PM GMT+4Updated ago" →
 * "March 4, 2025 4:47 PM GMT+4 Updated ago" (a year glued to a time, a word glued to a number).
 */
export function separateGluedTime(line: string): string {
  return line.replace(/((?:19|20)\d\d)(\d{1,2}:\d\d)/gu, "$1 $2").replace(/(\d)(\p{Lu}\p{Ll})/gu, "$1 $2");
}

export function parseDateText(written: string, language: LanguageCode): PartialDate {
  // Every reading below needs a written year: a text without four digits in a row has none to find.
  if (!/\d{4}/.test(written)) return UNKNOWN_DATE;
  const text = separateGluedTime(written);
  const numeric = numericDate(text);
  if (numeric) return numeric;
  const parser = parserFor(language);
  if (!parser) return namedMonthDate(text) ?? UNKNOWN_DATE;
  for (const result of parser.parse(text, REFERENCE)) {
    const c = result.start;
    if (!c.isCertain("month") || !c.isCertain("year") || !/\d{4}/.test(result.text)) continue;
    return partialDate(c.get("year") ?? null, c.get("month") ?? null, c.isCertain("day") ? c.get("day") ?? null : null);
  }
  return namedMonthDate(text) ?? UNKNOWN_DATE;
}
