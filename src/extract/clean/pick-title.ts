/**
 * Picking the headline among the lines above the article body.
 */
import { endsSentence, isBylineLike, isDateOnlyLine, isRubricDateLine, isSourceCredit, type PageLine } from "./classify-lines";
import { stripListMarker } from "./furniture";

/** How many lines above the body the headline may sit (bylines, dates, captions, share bars between). */
const TITLE_WINDOW = 14;

/** Whether a line can be a headline: a few words, capitalised, not a sentence, byline, date or site name. */
export function isHeadlineLike(line: PageLine): boolean {
  const text = line.text;
  if (line.shape !== "heading" && line.shape !== "sentence") return false;
  if (line.words < 3 || text.length > 250) return false;
  if (/[.:]$/u.test(text) && !/[?!…]$/u.test(text)) return false;
  if (isBylineLike(text) || isDateOnlyLine(text) || isRubricDateLine(text) || isSourceCredit(text)) return false;
  if (/^\S+\.(?:com|ru|am|az|org|net|info|news|tv)\b/iu.test(text)) return false;
  // "Politics & Diplomacy | World | Business": three items or more between bars are a menu
  if ((text.match(/\s[|•·]\s/gu) ?? []).length >= 2) return false;
  return !/\s[–—-]\s+[\p{L} ]+$/u.test(text) || line.words > 6;
}

/** Headlines are short; a longer unpunctuated line right above the body is usually a standfirst. */
const HEADLINE_MAX_WORDS = 14;
/** A line that is one quotation, in marks from end to end. */
const QUOTATION_LINE = /^[«“"„][^«»“”"]{8,}[»”"“]$/u;
/** A dek naming who speaks about what: "Министр обороны Сурен Папикян о закупках вооружений", "Defence minister on arms purchases". */
const INTERVIEW_DEK = /\s(?:о|об|обо|про|on|about)\s+\p{Ll}/u;
/** A standfirst is a long line; the headline above it has a few words at least (a site's name above a headline has fewer). */
const STANDFIRST_MIN_WORDS = 10;
const STANDFIRST_HEADLINE_MIN_WORDS = 4;

/**
 * The headline that introduces the body starting at line `bodyStart`: among headline-like lines
 * just above the body, one the page also shows elsewhere (a breadcrumb or a repeated heading) wins,
 * otherwise the nearest one of headline length, otherwise the nearest. Null when there is none.
 */
/** "Kate Connolly in Berlin": a correspondent's byline, a name and the city filed from. */
const CORRESPONDENT_BYLINE = /^(?:\p{Lu}[\p{Ll}'’-]+\s){1,3}in\s\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?$/u;

/** "Baqir Sajjad Syed": a line of two to four capitalised words, shaped like a person's name. */
const NAME_LINE = /^(?:\p{Lu}[\p{Ll}'’-]+\s){1,3}\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Whether a line may head a standfirst: a headline in sentence case of four words or more, or of three with a
 * quotation ("Алжир заказал «Сушки»"); a site's name or tagline above a headline has neither.
 */
function isStandfirstHeadline(line: PageLine): boolean {
  if (line.words >= STANDFIRST_HEADLINE_MIN_WORDS) return isSentenceCase(line);
  return line.words === STANDFIRST_HEADLINE_MIN_WORDS - 1 && /[«“"„].+[»”"“]/u.test(line.text) && /(?:^|\s)\p{Ll}/u.test(line.text);
}

/** Whether a line has lower-case words, as a headline in sentence case has and a name has not. */
function isSentenceCase(line: PageLine): boolean {
  return (line.text.match(/(?:^|\s)\p{Ll}/gu) ?? []).length >= 2;
}

/**
 * Whether line `i` is a byline right above the date line: a correspondent's name and city, or a bare
 * name under a headline in sentence case (a headline in title case keeps its line: the two look alike).
 */
function isBylineAboveDate(lines: readonly PageLine[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || !isDateOnlyLine(next.text)) return false;
  if (CORRESPONDENT_BYLINE.test(lines[i].text)) return true;
  return NAME_LINE.test(lines[i].text) && lines.slice(Math.max(0, i - 3), i).some((l) => isHeadlineLike(l) && isSentenceCase(l));
}

export function pickTitle(lines: readonly PageLine[], bodyStart: number): string | null {
  const from = Math.max(0, bodyStart - TITLE_WINDOW);
  const candidates = lines.slice(from, bodyStart).filter((l, k) => isHeadlineLike(l) && !isBylineAboveDate(lines, from + k)).reverse();
  if (candidates.length === 0) return null;
  let chosen = candidates.find((l) => l.repeated) ?? candidates.find((l) => l.words <= HEADLINE_MAX_WORDS) ?? candidates[0];
  // a standfirst right under its headline ("Germany approves Eurofighter sale …" over "Berlin lifts veto on 40 jets as …"):
  // the longer line below a headline explains it; a line of capitalised words only may be the site's name ("The Indian Defence Review")
  const above = lines[lines.indexOf(chosen) - 1];
  if (!chosen.repeated && above && isHeadlineLike(above) && isStandfirstHeadline(above) && chosen.words >= STANDFIRST_MIN_WORDS && chosen.words - above.words >= 3) chosen = above;
  // an interview's headline is the quotation, the line under it says who speaks about what ("Министр … о закупках вооружений")
  if (!chosen.repeated && above && QUOTATION_LINE.test(above.text) && INTERVIEW_DEK.test(chosen.text)) chosen = above;
  return stripListMarker(chosen.text);
}

/** Longest headline that reads like prose ("На фоне ударов. В Иране заявили …"): two short sentences at most. */
const PROSE_HEADLINE_MAX_WORDS = 24;

/** Whether `caption` repeats headline-shaped `line` at its start (a picture's caption or alt text, "HEADLINE Фото: …"). */
function repeatsHeadline(line: PageLine | undefined, caption: PageLine | undefined): boolean {
  if (!line || !caption || endsSentence(line.text) || line.words > PROSE_HEADLINE_MAX_WORDS) return false;
  return caption.text.length > line.text.length && caption.text.startsWith(line.text);
}

/**
 * The headline a page shows with its picture where the body seems to start at `start`: a line
 * without final punctuation that the next line repeats at its start, followed by that caption.
 * Returns the headline and how many lines at `start` belong to it (the headline itself when it
 * reads like prose, and the caption), or null when the body really starts at `start`.
 */
export function headlineWithCaption(lines: readonly PageLine[], start: number): { title: string; lines: number } | null {
  if (repeatsHeadline(lines[start], lines[start + 1])) return { title: lines[start].text, lines: 2 };
  if (repeatsHeadline(lines[start - 1], lines[start])) return { title: lines[start - 1].text, lines: 1 };
  return null;
}
