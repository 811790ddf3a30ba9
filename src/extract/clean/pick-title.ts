/**
 * Picking the headline among the lines above the article body.
 */
import { isBylineLike, isDateOnlyLine, isRubricDateLine, type PageLine } from "./classify-lines";
import { stripListMarker } from "./furniture";

/** How many lines above the body the headline may sit (bylines, dates, captions, share bars between). */
const TITLE_WINDOW = 14;

/** Whether a line can be a headline: a few words, capitalised, not a sentence, byline, date or site name. */
export function isHeadlineLike(line: PageLine): boolean {
  const text = line.text;
  if (line.shape !== "heading" && line.shape !== "sentence") return false;
  if (line.words < 3 || text.length > 250) return false;
  if (/[.:]$/u.test(text) && !/[?!…]$/u.test(text)) return false;
  if (isBylineLike(text) || isDateOnlyLine(text) || isRubricDateLine(text)) return false;
  if (/^\S+\.(?:com|ru|am|az|org|net|info|news|tv)\b/iu.test(text)) return false;
  return !/\s[–—-]\s+[\p{L} ]+$/u.test(text) || line.words > 6;
}

/** Headlines are short; a longer unpunctuated line right above the body is usually a standfirst. */
const HEADLINE_MAX_WORDS = 14;

/**
 * The headline that introduces the body starting at line `bodyStart`: among headline-like lines
 * just above the body, one the page also shows elsewhere (a breadcrumb or a repeated heading) wins,
 * otherwise the nearest one of headline length, otherwise the nearest. Null when there is none.
 */
export function pickTitle(lines: readonly PageLine[], bodyStart: number): string | null {
  const candidates = lines.slice(Math.max(0, bodyStart - TITLE_WINDOW), bodyStart).filter(isHeadlineLike).reverse();
  if (candidates.length === 0) return null;
  const chosen = candidates.find((l) => l.repeated) ?? candidates.find((l) => l.words <= HEADLINE_MAX_WORDS) ?? candidates[0];
  return stripListMarker(chosen.text);
}
