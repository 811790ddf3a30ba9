/**
 * Datelines: the "CITY (Agency) —" / "Москва. 20 мая. INTERFAX.RU -" / "МОСКВА, 20 мая. /ТАСС/."
 * prefix of an article's first paragraph. The clean stage moves it from the body to the header
 * (it is page metadata, and a reported clause should not start with it); metadata reads it back.
 */
import { monthNumber } from "../../language/calendar-words";

/** What a dateline says. */
export interface Dateline {
  /** The dateline as written. */
  text: string;
  city: string;
  /** Day and month when the dateline gives them. */
  day: number | null;
  month: number | null;
  year: number | null;
  /** The agency or site the dateline credits ("RFE/RL", "INTERFAX.RU", "ТАСС"), or null. */
  agency: string | null;
}

const CITY = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}`;
const DAY_MONTH = String.raw`(\d{1,2})\s+(\p{L}+)\.?(?:,?\s+(\d{4})(?:\s*(?:г\.|года?))?)?|(\p{L}+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?`;
const DASH = String.raw`\s*(?:[-—–]{1,2}|:)\s*`;

const PATTERNS: RegExp[] = [
  // MOSCOW (Reuters) — / MOSCOW, June 15 (Reuters) - / BAKU, Azerbaijan (AP) —
  new RegExp(String.raw`^(${CITY})(?:,\s*(?:${DAY_MONTH}|[\p{L} ]{2,25}))?\s*\(([^()]{2,40})\)${DASH}`, "u"),
  // Москва. 20 мая. INTERFAX.RU - / МОСКВА, 20 мая. /ТАСС/. / YEREVAN, JUNE 15, ARMENPRESS.
  new RegExp(String.raw`^(${CITY})[.,]\s+(?:${DAY_MONTH})[.,]?\s+(\/\s*[^/]{2,30}\s*\/|\p{Lu}[\p{Lu}\p{N}.]*(?:[ -]\p{L}[\p{L}.]*){0,2})\s*(?:[.]\s*|${DASH})`, "u"),
  // ЕРЕВАН, 15 июня — Sputnik. / BAKU, June 15 - Trend: / МОСКВА, 20 мая - РИА Новости, Иван Петров.
  new RegExp(String.raw`^(${CITY})[.,]\s+(?:${DAY_MONTH})[.,]?${DASH}(\p{Lu}[\p{L}\p{N}.]*(?: \p{Lu}[\p{L}.]*)?)(?:,\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})?\s*[.:]\s+`, "u"),
  // МОСКВА, 20 мая — / BAKU, June 15 —
  new RegExp(String.raw`^(${CITY})[.,]\s+(?:${DAY_MONTH})[.,]?${DASH}`, "u"),
  // BAKU — (a city in capitals and a dash)
  new RegExp(String.raw`^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})${DASH.replace("|:", "")}`, "u"),
  // LIMA, MARCH 4, 2025. / MOSCOW, 4 MARCH 2025. (a full date closed by a full stop; the year is required)
  new RegExp(String.raw`^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}),\s+(?:${DAY_MONTH})\.(?:\s+|$)`, "u"),
];
/** The pattern whose date must have its year: a full stop alone closes it, so "Lima, March 4. Peru …" is no dateline. */
const YEAR_REQUIRED = PATTERNS.length - 1;

/** Reads day, month and year out of the capture groups shared by the patterns. */
function dayMonthYear(groups: Array<string | undefined>): { day: number | null; month: number | null; year: number | null } | null {
  const [d1, m1, y1, m2, d2, y2] = groups;
  if (d1 && m1) {
    const month = monthNumber(m1);
    return month ? { day: Number(d1), month, year: y1 ? Number(y1) : null } : null;
  }
  if (m2 && d2) {
    const month = monthNumber(m2);
    return month ? { day: Number(d2), month, year: y2 ? Number(y2) : null } : null;
  }
  return { day: null, month: null, year: null };
}

/** The dateline at the start of `paragraph`, or null when the paragraph does not open with one. */
export function parseDateline(paragraph: string): Dateline | null {
  for (const [i, re] of PATTERNS.entries()) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const rest = paragraph.slice(m[0].length);
    if (rest.trim().length > 0 && !/^[\p{Lu}\p{N}"«“„']/u.test(rest.trimStart())) continue;
    const date = dayMonthYear(m.slice(2, 8));
    if (!date || (i === YEAR_REQUIRED && date.year === null)) continue;
    const agencyRaw = i <= 2 ? m[8] : undefined;
    const agency = agencyRaw ? agencyRaw.replace(/^\/\s*|\s*\/$/g, "").trim() : null;
    if (i === 0 && agency && /^(?:L|R|C|\d+)$/u.test(agency)) continue;
    return { text: m[0].trim(), city: m[1], ...date, agency };
  }
  return null;
}

/** Splits a leading dateline off a paragraph: the dateline (or null) and the text after it. */
export function splitDateline(paragraph: string): { dateline: string | null; rest: string } {
  const found = parseDateline(paragraph);
  if (!found) return { dateline: null, rest: paragraph };
  return { dateline: found.text, rest: paragraph.slice(paragraph.indexOf(found.text) + found.text.length).trimStart() };
}
