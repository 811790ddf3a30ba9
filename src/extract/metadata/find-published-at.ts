/**
 * The publication date of a page.
 *
 * Order of trust: the caller's hint; a date in the page metadata or byline area (meta tags,
 * "Published …", a date line under the headline); the dateline of the first paragraph, completed
 * from the text when it has no year. Dates above the headline are a site header's "today" unless
 * they sit right above it. Dates inside the article are the reported events, never the
 * publication date; a day is never guessed. A date after the ingestion (`today`) is no publication date.
 */
import type { SourceHints } from "../types";
import { parseDateline } from "../clean/dateline";
import { isCopyrightLine } from "../clean/furniture";
import { isDateOnlyLine, isRubricDateLine } from "../clean/classify-lines";
import { inferYear } from "../dates/infer-year";
import { parseDateHint, partialDate } from "../dates/partial-date";
import { parseDateText } from "../dates/parse-date-text";
import type { LanguageCode } from "../../model/language-code";
import { UNKNOWN_DATE, type PartialDate } from "../../model/partial-date";

const LABELLED = /^(?:article:published_time|og:published_time|datepublished|pubdate|date|dc\.date|time|published|posted|опубликовано|дата публикации|yayın(?:lanma)? tarihi|publié le|veröffentlicht)\b/iu;
const UPDATED = /^(?:updated|обновлено|modified|mis à jour|aktualisiert)\b/iu;
const BYLINE = /^(?:by|автор|author|yazar)\b/iu;

/** Whether a header line is where a page states its date. */
function isDateLine(line: string): boolean {
  if (isDateOnlyLine(line) || LABELLED.test(line) || UPDATED.test(line) || isRubricDateLine(line)) return true;
  return BYLINE.test(line) && /\d{4}/.test(line);
}

/** The date stated by the page's header lines (published before updated; not far above the title). */
function headerDate(header: readonly string[], title: string | null, language: LanguageCode): PartialDate {
  const titleAt = title === null ? -1 : header.indexOf(title);
  const found: Array<{ date: PartialDate; updated: boolean }> = [];
  header.forEach((line, i) => {
    if (line === title || isCopyrightLine(line) || !isDateLine(line)) return;
    if (titleAt >= 0 && i < titleAt - 1 && !LABELLED.test(line)) return;
    const date = parseDateText(line, language);
    if (date.precision !== "UNKNOWN") found.push({ date, updated: UPDATED.test(line) });
  });
  const published = found.filter((f) => !f.updated);
  const pool = published.length > 0 ? published : found;
  // Without a headline to anchor on, the date nearest the body is the byline's, not the site header's.
  const chosen = titleAt >= 0 ? pool[0] : pool[pool.length - 1];
  return chosen?.date ?? UNKNOWN_DATE;
}

/** The date a dateline gives, its year completed from the body when missing. */
function datelineDate(header: readonly string[], body: string, today: Date): PartialDate {
  const dateline = header.map(parseDateline).find((d) => d !== null && d.month !== null);
  if (!dateline || dateline.month === null || dateline.day === null) return UNKNOWN_DATE;
  const year = dateline.year ?? inferYear(dateline.day, dateline.month, body, copyrightYear(header), today);
  return partialDate(year, dateline.month, dateline.day);
}

/** The year of the page's copyright line ("© 2024 Armenpress"), the latest when it gives a range. */
function copyrightYear(header: readonly string[]): number | null {
  const years = header.filter(isCopyrightLine).flatMap((line) => [...line.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1])));
  return years.length ? Math.max(...years) : null;
}

/** Whether a date is known and not after `today` (ISO dates compare as strings). */
function isPast(date: PartialDate, today: Date): boolean {
  return date.date !== null && date.date <= today.toISOString().slice(0, 10);
}

/** The page's publication date with the precision the page supports; `today` is the ingestion date. */
export function findPublishedAt(header: readonly string[], title: string | null, body: string, hints: SourceHints, language: LanguageCode, today: Date = new Date()): PartialDate {
  const hinted = parseDateHint(hints.publishedAt);
  if (hinted.precision !== "UNKNOWN") return hinted;
  const stated = headerDate(header, title, language);
  if (isPast(stated, today)) return stated;
  const dated = datelineDate(header, body, today);
  return isPast(dated, today) ? dated : UNKNOWN_DATE;
}
