/** Pure checks of written dates (no GraphQL): shared by the Date and PartialDate scalars and the CLI's --date. */
import { MONTHS, capitalized } from "../../language/calendar-words";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = MONTHS.en.map(capitalized);

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `text` is not a calendar day written YYYY-MM-DD (or, with `partial`, also YYYY-MM or YYYY), as a
 * clause such as `month 13 does not exist` or `February 2024 has 29 days`; null when it is one.
 */
export function calendarDateProblem(text: string, partial = false): string | null {
  const match = (partial ? PARTIAL : DAY).exec(text);
  if (!match) return partial ? "it is not written YYYY-MM-DD, YYYY-MM or YYYY" : "it is not written YYYY-MM-DD";
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return `month ${m} does not exist`;
  if (d === undefined) return null;
  const day = Number(d);
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  return null;
}
