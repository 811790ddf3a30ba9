/**
 * Completing a dateline without a year ("Москва. 20 мая.") from the article's own text.
 *
 * The publication follows the latest past event the text dates (a bare year counts from its
 * first day; years in future-tense sentences and deadlines like "by 2030" are left out). Within a window of a few years after
 * that point, the candidate years are those in which the dateline day falls on the weekday the
 * lead names for the reported event ("в четверг", "on Thursday"), the same day first, else the
 * day before. Only a single surviving year is an answer; otherwise the year stays unknown. When the
 * text itself writes the dateline day with a year ("в четверг, 14 ноября 2024 года"), that year is
 * the answer. A publication never follows the ingestion: no candidate passes `today`.
 */
import { monthNumber, weekdayMentions } from "../../language/calendar-words";
import { isValidDay } from "./partial-date";

/** How many years after the latest dated event a publication is still looked for. */
const WINDOW_YEARS = 6;

/** Future-tense sentences: the years they name are plans, not past events. */
const FUTURE_SENTENCE =
  /\b(?:will|shall|going to|plans? to|planned to|planning to|expects? to|expected to|intends? to|next year)\b|(?<!\p{L})(?:будет|будут|планиру\p{L}*|намерен\p{L}*|собира\p{L}*|ожидает\p{L}*)(?!\p{L})/iu;

/** A deadline right before a year ("by 2030", "until 2025", "к 2030 году", "до 2025 года"). */
const DEADLINE_BEFORE = /(?:\b(?:by|until|till|through)(?: the end of)?|(?<!\p{L})(?:к|до|в срок до))\s*$/iu;

/** A point in time as a comparable number (yyyymmdd). */
const stamp = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** The latest past date the text gives, as yyyymmdd, or null when it names no year. */
export function latestDatedEvent(text: string): number | null {
  let latest: number | null = null;
  const note = (value: number) => {
    if (latest === null || value > latest) latest = value;
  };
  for (const sentence of text.split(/(?<=[.!?…])\s+/u)) {
    if (FUTURE_SENTENCE.test(sentence)) continue;
    for (const m of sentence.matchAll(/(?<![\d-])(1[89]\d\d|20\d\d)(?![\d-])/g)) {
      const year = Number(m[1]);
      const before = sentence.slice(Math.max(0, m.index - 20), m.index);
      if (DEADLINE_BEFORE.test(before)) continue;
      const dm = /(\d{1,2})\s+(\p{L}+)\s*$/u.exec(before) ?? null;
      const md = /(\p{L}+)\s+(\d{1,2}),?\s*$/u.exec(before) ?? null;
      const dayMonth = dm && monthNumber(dm[2]) ? { day: Number(dm[1]), month: monthNumber(dm[2])! } : md && monthNumber(md[1]) ? { day: Number(md[2]), month: monthNumber(md[1])! } : null;
      note(dayMonth && isValidDay(year, dayMonth.month, dayMonth.day) ? stamp(year, dayMonth.month, dayMonth.day) : stamp(year, 1, 1));
    }
    for (const m of sentence.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)\s*[-–—]\s*(1[89]\d\d|20\d\d)(?!\d)/g)) note(stamp(Number(m[2]), 1, 1));
  }
  return latest;
}

/**
 * The latest year, not after `today`, in which the text writes the day `day`.`month` in full
 * ("14 ноября 2024 года", "November 14, 2024"), or null.
 */
function yearWrittenWith(day: number, month: number, text: string, today: number): number | null {
  let found: number | null = null;
  const forms = [/(?<!\d)(\d{1,2})\s+(\p{L}+\.?),?\s+(\d{4})(?!\d)/gu, /(?<![\p{L}\d])(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/gu];
  forms.forEach((form, i) => {
    for (const m of text.matchAll(form)) {
      const [d, name] = i === 0 ? [Number(m[1]), m[2]] : [Number(m[2]), m[1]];
      const year = Number(m[3]);
      if (d === day && monthNumber(name) === month && stamp(year, month, day) <= today && (found === null || year > found)) found = year;
    }
  });
  return found;
}

/** Today as yyyymmdd (UTC). */
const stampOf = (date: Date) => stamp(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/** Weekday (0 = Sunday) of a calendar day. */
const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/**
 * The year in which the dateline day `day`.`month` was published, inferred from `text`
 * (the article body), or null when the text does not settle it. `copyrightYear`, the year of the
 * page's copyright line, bounds the search from above (a page is not published after its
 * copyright year); when the text dates no event at all, it is the only candidate, and is taken
 * only if the dateline day falls on the weekday the text mentions. `today` is the ingestion date.
 */
export function inferYear(day: number, month: number, text: string, copyrightYear: number | null = null, today: Date = new Date()): number | null {
  const now = stampOf(today);
  const written = yearWrittenWith(day, month, text, now);
  if (written !== null) return written;
  const latest = latestDatedEvent(text);
  const mention = weekdayMentions(text)[0];
  if (!mention) return null;
  let years: number[];
  if (latest === null) {
    if (copyrightYear === null) return null;
    years = isValidDay(copyrightYear, month, day) && stamp(copyrightYear, month, day) <= now ? [copyrightYear] : [];
  } else {
    const firstYear = Math.floor(latest / 10000);
    const lastYear = copyrightYear !== null && copyrightYear >= firstYear ? Math.min(copyrightYear, firstYear + WINDOW_YEARS) : firstYear + WINDOW_YEARS;
    years = [];
    for (let y = firstYear; y <= lastYear; y++) {
      if (isValidDay(y, month, day) && stamp(y, month, day) >= latest && stamp(y, month, day) <= now) years.push(y);
    }
  }
  for (const daysBefore of [0, 1]) {
    const matching = years.filter((y) => (weekdayOf(y, month, day) - mention.weekday + 7) % 7 === daysBefore);
    if (matching.length === 1) return matching[0];
    if (matching.length > 1) return null;
  }
  return null;
}
