/**
 * Line classification for the clean stage, in the spirit of jusText: each line of a page is
 * judged by its own shape (length, sentence punctuation, stop-word density, furniture patterns)
 * and by whether the page repeats it elsewhere.
 */
import { stopWordDensity, wordsOf } from "../../language/stopwords";
import { RELATIVE_TIME_WORDS, WEEKDAYS, WEEKDAY_ABBREVIATION_VARIANTS, monthNumber } from "../../language/calendar-words";
import { unwrapLines } from "./unwrap-lines";
import { separateGluedTime } from "../dates/parse-date-text";
import {
  hasGluedWords,
  hasListMarker,
  isCommentItemLine,
  isCommentSectionMarker,
  isCopyrightLine,
  isPhotoCaption,
  isReadAlsoMarker,
  isRubricTimeTeaser,
  isScriptLike,
  isRelativeTime,
  isSectionEndMarker,
  isSiteNotice,
  isTickerLike,
  isTimeOrCounter,
  isUiControl,
  stripListMarker,
  stripPhotoCredit,
} from "./furniture";

/**
 * - `good`: prose paragraph; `sentence`: short line that is a complete sentence;
 * - `heading`: short unpunctuated line that may be a headline or an intertitle;
 * - `comments` / `end`: a heading that opens reader comments / related stories, tags, feeds;
 * - `readAlso`: an inline "Read also:" teaser; `junk`: furniture; `other`: anything else.
 */
export type LineKind = "good" | "sentence" | "heading" | "comments" | "end" | "readAlso" | "junk" | "other";

export interface PageLine {
  /** Position among the page's non-empty lines. */
  index: number;
  /** The line with whitespace collapsed. */
  text: string;
  kind: LineKind;
  /** The kind the line's own shape gives, before repetition is considered (titles repeat on purpose). */
  shape: LineKind;
  /** Whether the page shows the same line (photo credit and list marker aside) more than once. */
  repeated: boolean;
  words: number;
}

/**
 * Lower-cased line without list marker, photo credit and trailing punctuation: what repetition
 * compares. Long lines (prose) are compared as they are.
 */
export function repeatKey(line: string): string {
  if (line.length > 300) return line;
  return stripPhotoCredit(stripListMarker(line))
    .toLowerCase()
    .replace(/[\s.,:;!?…»"”’')\]-]+$/u, "")
    .replace(/\s+/g, " ");
}

/**
 * Whether a line ends as a sentence does ("." "?" "!" "…" ":" possibly followed by closing quotes or
 * brackets), a bracketed credit after the last sentence aside ("… on Monday. (Caucasus Watch)").
 */
export function endsSentence(line: string): boolean {
  const t = line.trim().replace(/([.!?…][»"”’]*)\s+\([^()]{2,40}\)$/u, "$1");
  return /[.!?…:][»"”’')\]]*$/u.test(t) || (/[»"”][.!?…]?$/u.test(t) && /[.!?…,][»"”]/u.test(t));
}

/** Whether a line has a sentence boundary inside it ("… ОДКБ. Белоруссия …"). */
function hasInnerSentenceEnd(line: string): boolean {
  return /\p{Ll}[.!?…][»"”]?\s+[\p{Lu}«"“]/u.test(line);
}

/** A byline-like line: "by X", "Автор: X", or a name shown twice (avatar text + name). */
export function isBylineLike(line: string): boolean {
  const t = line.trim();
  if (/^(?:by|written by|posted by|from|автор[ыа]?|текст|yazar|par|von|por)\s*:?\s+\p{Lu}/iu.test(t) && t.split(/\s+/).length <= 12) return true;
  return /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\s+\1(?:\s|$)/u.test(t);
}

const DATE_WORD =
  new RegExp(`^(?:${[...WEEKDAYS.en, ...WEEKDAYS.ruNominative, ...WEEKDAYS.enShort, ...WEEKDAYS.ruShort, ...WEEKDAY_ABBREVIATION_VARIANTS, ...RELATIVE_TIME_WORDS].join("|")}|г|года?|updated|published|posted|time|date|обновлено|опубликовано|дата|время|в|at|on|am|pm|utc|gmt|msk|мск|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|ist|pkt|gst|ast|jst|kst|aest|aedt|sgt|hkt|wib|trt|pht|myt|ict|nzst|nzdt|sast|eat|wat|a|p|m)$`, "iu");

/** A numeric date written as one token ("2024-12-02", "15.09.2020"). */
const NUMERIC_DATE_WORD = /^\d{1,4}(?:[-./]\d{1,4}){1,2}$/;

/**
 * A place opening a date line: up to three capitalised words and a comma ("New Delhi, Sep 9, 2024 (PTI)"), or up
 * to three words in capitals without one ("ISTANBUL Jun 11, 2025 - 5:21 pm GMT+3").
 */
const PLACE_BEFORE_DATE = /^(?:\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2},\s+|\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}\s+)/u;
/** The agency a date line credits at its end ("(PTI)", "(Reuters)"). */
const CREDIT_AFTER_DATE = /\s*\([^()]{2,40}\)$/u;

/** Whether the words of a line are a date's and nothing else. */
function isDateWords(line: string): boolean {
  const words = wordsOf(line);
  if (!words.some((w) => monthNumber(w) !== null) && !/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(line)) return false;
  return words.every((w) => /^\d+(?:st|nd|rd|th)?$/.test(w) || NUMERIC_DATE_WORD.test(w) || monthNumber(w) !== null || DATE_WORD.test(w));
}

/**
 * Whether a line holds a date and little else ("June 15, 2016", "Sunday, March 26, 2023", "15.09.2020 14:36",
 * "Posted : 2024-12-02 16:41", "Tuesday, April 16th 2024 - 10:52 UTC", a date beside a byline: "Published on 18 November
 * 2024 | By ADF Staff"), or is a date line naming its place and agency with the year written out
 * ("New Delhi, Sep 9, 2024 (PTI)").
 */
export function isDateOnlyLine(written: string): boolean {
  const line = separateGluedTime(written);
  if (!/\d/.test(line) || line.length > 90) return false;
  if (isDateWords(line)) return true;
  // "Published on 18 November 2024 | By ADF Staff": a date and a byline side by side
  const parts = line.split(/\s+[|•·]\s+/u);
  if (parts.length > 1 && parts.some(isDateWords) && parts.every((p) => isDateWords(p) || isBylineLike(p))) return true;
  const bare = line.replace(CREDIT_AFTER_DATE, "").replace(PLACE_BEFORE_DATE, "");
  return bare !== line && /\d{4}/.test(bare) && isDateWords(bare);
}

/**
 * A rubric and a time next to a numeric date, the time perhaps glued to the year:
 * "Politics 15:42 15/09/2020", "NEWS 18.03.202212:57".
 */
const RUBRIC_TIME_DATE = /^(?:[\p{L}&]+\s+){0,2}(?:\d{1,2}:\d{2},?\s+)?\d{1,2}[./]\d{1,2}[./]\d{4}(?:,?\s*\d{1,2}:\d{2})?$/u;

/** Whether a line is a rubric's date line (a date and time under a section name), not a headline. */
export function isRubricDateLine(line: string): boolean {
  return RUBRIC_TIME_DATE.test(line);
}

/** Furniture recognisable from the line alone. */
function isFurniture(text: string, words: number, sentence: boolean): boolean {
  if (isScriptLike(text) || isTickerLike(text) || isRubricTimeTeaser(text) || isTimeOrCounter(text)) return true;
  if (isUiControl(text) || isPhotoCaption(text) || isCopyrightLine(text) || isSiteNotice(text)) return true;
  if (hasListMarker(text) && words <= 6 && !sentence) return true;
  return words <= 12 && !sentence && hasGluedWords(text);
}

/** Classifies one line by its own shape (`words`: its word tokens, when already computed). */
export function classifyLine(text: string, words: readonly string[] = wordsOf(text)): LineKind {
  const sentence = endsSentence(text);
  if (isCommentSectionMarker(text) || isCommentItemLine(text)) return "comments";
  if (isSectionEndMarker(text)) return "end";
  if (isReadAlsoMarker(text)) return "readAlso";
  if (isFurniture(text, words.length, sentence)) return "junk";
  const density = stopWordDensity(words);
  const long = text.length >= 60 && words.length >= 8;
  if (long && (sentence || hasInnerSentenceEnd(text)) && density >= 0.04) return "good";
  if (words.length >= 30 && density >= 0.12) return "good";
  if (sentence && words.length >= 3 && !isBylineLike(text) && !isDateOnlyLine(text)) return "sentence";
  if (!sentence && words.length >= 2 && words.length <= 30 && /^[\p{Lu}\p{N}«"“„'‘]/u.test(text) && !/[,;]$/u.test(text)) return "heading";
  return "other";
}

/** Splits raw text into non-empty lines and classifies each one. */
export function classifyLines(raw: string): PageLine[] {
  const rawLines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[\u00a0\u2009\u202f\t]/g, " ").replace(/ {2,}/g, " ").trim());
  const texts = unwrapLines(rawLines).filter((l) => l.length > 0);
  const counts = new Map<string, number>();
  for (const t of texts) {
    const key = repeatKey(t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines: PageLine[] = texts.map((text, index) => {
    const repeated = (counts.get(repeatKey(text)) ?? 0) > 1;
    const tokens = wordsOf(text);
    const shape = classifyLine(text, tokens);
    const words = tokens.length;
    const kind = repeated && words >= 2 && !["comments", "end", "readAlso"].includes(shape) ? "junk" : shape;
    return { index, text, kind, shape, repeated, words };
  });
  markCommentAuthors(lines);
  markSeparatedLists(lines);
  return lines;
}

/** A line of nothing but dashes, bullets or asterisks: how teaser lists separate their items. */
const SEPARATOR = /^[-–—*•·_=~]{1,5}$/u;

/** How many separated items make a list of other stories rather than a break inside the article. */
const LIST_ITEMS = 2;

/**
 * Items that alternate with bare separator lines ("-" / teaser / "-" / teaser) are a list of other
 * stories: its first separator ends the article like a "Related" heading, its items are furniture.
 * A single separator between two parts of an article ("***") is left alone.
 */
function markSeparatedLists(lines: PageLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!SEPARATOR.test(lines[i].text)) continue;
    let items = 0;
    let j = i;
    while (j + 1 < lines.length && !SEPARATOR.test(lines[j + 1].text) && (j + 2 >= lines.length || SEPARATOR.test(lines[j + 2].text))) {
      items++;
      j += 2;
    }
    if (items < LIST_ITEMS) continue;
    lines[i].kind = "end";
    for (let k = i + 1; k <= Math.min(j, lines.length - 1); k++) lines[k].kind = "junk";
    i = j;
  }
}

/**
 * A short name line directly above a relative timestamp ("Garo" / "7 years ago") is how a reader
 * comment starts; teaser lists put a headline there instead. Such name lines open comments once
 * some article prose has been seen (a byline with "2 hours ago" under a standfirst is not one).
 */
function markCommentAuthors(lines: PageLine[]): void {
  let prose = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1].kind === "good") prose++;
    const name = lines[i - 1];
    if (prose < 2 || !isRelativeTime(lines[i].text) || name.words === 0 || name.words > 3) continue;
    if (name.kind === "heading" || name.kind === "other") name.kind = "comments";
  }
}

/** A credit line before or after the article: "Source: Reuters", "Источник: ТАСС". Never a headline. */
export function isSourceCredit(line: string): boolean {
  return /^(?:source|sources|источник|источники|kaynak|quelle|fuente)\s*:\s*\S.{0,60}$/iu.test(line.trim());
}
