import { UNKNOWN_DATE, type PartialDate } from "../../model/partial-date";

const pad = (n: number) => String(n).padStart(2, "0");

/** Whether year/month/day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The PartialDate for what is known: a day (year, month and day), a month (year and month) or a
 * year. Invalid or missing parts give the coarser precision; no year gives UNKNOWN.
 */
export function partialDate(year: number | null, month: number | null = null, day: number | null = null): PartialDate {
  if (year === null || year < 1000 || year > 9999) return UNKNOWN_DATE;
  if (month === null || month < 1 || month > 12) return { date: `${year}-01-01`, precision: "YEAR" };
  if (day === null || !isValidDay(year, month, day)) return { date: `${year}-${pad(month)}-01`, precision: "MONTH" };
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: "DAY" };
}

/** Reads a caller's date hint: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (anything else gives UNKNOWN). */
export function parseDateHint(hint: string | null | undefined): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((hint ?? "").trim());
  if (!m) return UNKNOWN_DATE;
  return partialDate(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
}
