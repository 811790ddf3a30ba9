/**
 * The clean stage for plain text: picks the article's main block among the page's lines and
 * returns it with the headline and the header lines metadata needs.
 */
import type { CleanedPage } from "../types";
import { classifyLines, isDateOnlyLine, isSourceCredit, type PageLine } from "./classify-lines";
import { isCopyrightLine, isUiControl, stripListMarker } from "./furniture";
import { splitDateline } from "./dateline";
import { headlineWithCaption, pickTitle } from "./pick-title";
import { splitArchiveDate } from "./archive-date";

/** How close the next prose line must be for a paragraph to belong to the main block. */
const CLUSTER_GAP = 8;

/**
 * Whether the prose paragraph at `i` is followed closely by more prose: an article, rather than a
 * lone site tagline or promo sentence above the navigation.
 */
function startsCluster(lines: readonly PageLine[], i: number): boolean {
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + CLUSTER_GAP); j++) {
    const { kind, words } = lines[j];
    if (kind === "comments") return false;
    if (kind === "good" || (kind === "sentence" && words >= 5)) return true;
  }
  return false;
}

/**
 * Index where the article starts: the first prose paragraph that starts a cluster of prose (the
 * first prose paragraph at all when none does), extended back over full sentences just above it;
 * the first full sentence when the page has no prose paragraph.
 */
function findBodyStart(lines: readonly PageLine[]): number {
  const isGood = (l: PageLine) => l.kind === "good";
  const clustered = lines.findIndex((l, i) => isGood(l) && startsCluster(lines, i));
  const good = clustered >= 0 ? clustered : lines.findIndex(isGood);
  if (good >= 0) {
    let start = good;
    while (start > 0 && lines[start - 1].kind === "sentence" && lines[start - 1].words >= 5) start--;
    return start;
  }
  return lines.findIndex((l) => l.kind === "sentence");
}

/** How far after a related/tags heading the article may resume (an inline widget, not the page's end). */
const WIDGET_LINES = 6;

/**
 * Where the article resumes after the related/tags heading at `marker`: the first of two
 * consecutive prose paragraphs within a few lines, or -1 when the heading ends the article.
 */
function resumeAfterWidget(lines: readonly PageLine[], marker: number): number {
  for (let j = marker + 1; j < Math.min(lines.length - 1, marker + 1 + WIDGET_LINES); j++) {
    const kind = lines[j].kind;
    if (kind === "comments" || kind === "end") return -1;
    if (kind === "good" && lines[j + 1].kind === "good") return j;
  }
  return -1;
}

/**
 * Line ranges [from, to) of the article: from the body start to the comments or to the
 * related/tags heading that ends it, skipping widgets the article continues after.
 */
function findBodyRanges(lines: readonly PageLine[], start: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = start;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].kind === "comments") {
      ranges.push([from, i]);
      return ranges;
    }
    if (lines[i].kind === "end") {
      ranges.push([from, i]);
      const resume = resumeAfterWidget(lines, i);
      if (resume < 0) return ranges;
      from = resume;
      i = resume;
    }
  }
  ranges.push([from, lines.length]);
  return ranges;
}

/** Longest intertitle kept: teaser headlines of other stories are longer, sentence-like lines. */
const INTERTITLE_MAX_WORDS = 6;

/**
 * Whether heading line `i` is an intertitle of the article: short, without a comma, between two
 * prose paragraphs. Longer unpunctuated lines there are teasers or captions and are dropped.
 */
function isIntertitle(lines: readonly PageLine[], i: number): boolean {
  const line = lines[i];
  if (line.words > INTERTITLE_MAX_WORDS || line.text.includes(",")) return false;
  return lines[i - 1]?.kind === "good" && lines[i + 1]?.kind === "good";
}

/**
 * "Source: the Defence Ministry citing Minister X", "Источник: ТАСС со ссылкой на Минобороны": a labelled
 * line inside the article saying whose words the report carries. It stays in the body, where the
 * statement rules read it as the report's relay.
 */
function isReportSourceLine(text: string): boolean {
  return /^(?:source|sources|источник|источники)\s*:\s*\S.*\s(?:citing|quoting|со\s+ссылкой\s+на)\s+\S/iu.test(text);
}

/** The lines of the main block that belong to the article. */
function selectBodyLines(lines: readonly PageLine[], start: number, stop: number): PageLine[] {
  let end = stop - 1;
  while (end >= start && lines[end].kind !== "good" && lines[end].kind !== "sentence") end--;
  const kept: PageLine[] = [];
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (lines[i - 1]?.kind === "readAlso" && line.kind !== "good") continue;
    if (line.kind === "good" || line.kind === "sentence") kept.push(line);
    else if (line.kind === "heading" && (isIntertitle(lines, i) || isReportSourceLine(line.text))) kept.push(line);
  }
  return kept;
}

/** Splits a trailing author signature ("… enclave. Lusine Musayelian") off the last paragraph. */
function splitSignature(paragraph: string): { text: string; signature: string | null } {
  const m = /([.!?…][»"”’]?)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})$/u.exec(paragraph);
  if (!m) return { text: paragraph, signature: null };
  return { text: paragraph.slice(0, m.index + m[1].length), signature: m[2] };
}

/** Splits a closing bracketed credit ("… on Monday. (Caucasus Watch)") off the last paragraph. */
function splitClosingCredit(paragraph: string): { text: string; credit: string | null } {
  const m = /([.!?…][»"”’]*)\s+\((\p{Lu}[^()]{1,39})\)$/u.exec(paragraph);
  if (!m) return { text: paragraph, credit: null };
  return { text: paragraph.slice(0, m.index + m[1].length), credit: m[2].trim() };
}

/** How far under the article's last paragraph its own date line may sit (a signature or share bar between). */
const CLOSING_DATE_LINES = 2;

/** A date-only line right under the article's last paragraph (line `last`): the page's date, placed at the end. */
function dateUnderBody(lines: readonly PageLine[], last: number): string | null {
  for (let i = last + 1; i <= Math.min(lines.length - 1, last + CLOSING_DATE_LINES); i++) {
    if (isDateOnlyLine(lines[i].text)) return lines[i].text;
  }
  return null;
}

/** Header lines: what precedes the body (furniture aside, dates and headings kept), then the dateline, then copyright and source credits. */
function collectHeader(lines: readonly PageLine[], start: number, extra: readonly string[], dateline: string | null): string[] {
  const header: string[] = [...extra];
  for (const [i, line] of lines.slice(0, Math.max(0, start)).entries()) {
    const text = stripListMarker(line.text);
    // "MercoPress" on the page's first line: a brand's one-word masthead, though its inner capital looks like glued menu words
    const masthead = i === 0 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(text);
    if (line.kind !== "junk" || isCopyrightLine(text) || isDateOnlyLine(text) || line.shape === "heading" || masthead) header.push(text);
  }
  if (dateline) header.push(dateline);
  for (const line of lines.slice(Math.max(0, start))) {
    if (isCopyrightLine(line.text) || isSourceCredit(line.text)) header.push(line.text);
  }
  return [...new Set(header)];
}

/**
 * The date lines left between the first paragraphs of the body ("Cairo is said to have ordered …" as a standfirst,
 * then "By Staff writers", "Published On 14 Jul 2025", then the article): the page's own dates, for the header.
 */
function datesAmongFirstParagraphs(lines: readonly PageLine[], start: number, kept: readonly PageLine[]): string[] {
  if (start < 0 || kept.length < 2) return [];
  const keptAt = new Set(kept.map((l) => l.index));
  const secondParagraph = kept[1].index;
  return lines.slice(start, Math.min(secondParagraph, start + CLUSTER_GAP + 1)).filter((l) => !keptAt.has(l.index) && isDateOnlyLine(l.text)).map((l) => l.text);
}

/**
 * Cleans a plain-text page: the headline, the article paragraphs joined by "\n\n", and the
 * header lines (masthead, byline, dates, dateline, copyright; a closing "(Caucasus Watch)" as a
 * "Source:" credit; a date line right under the article). `extraHeader` is prepended to the
 * header (the HTML path passes page metadata there), after the archive date a page may open with;
 * `knownTitle` overrides the headline guess.
 */
export function cleanText(page: string, pageHeader: readonly string[] = [], knownTitle: string | null = null): CleanedPage {
  const archived = splitArchiveDate(page);
  const raw = archived.text;
  const extraHeader = archived.header ? [archived.header, ...pageHeader] : pageHeader;
  const lines = classifyLines(raw);
  const found = findBodyStart(lines);
  const pictured = found < 0 ? null : headlineWithCaption(lines, found);
  const start = found + (pictured?.lines ?? 0);
  if (found < 0) {
    return { title: knownTitle, body: "", header: collectHeader(lines, lines.length, extraHeader, null) };
  }
  const title = knownTitle ?? pictured?.title ?? pickTitle(lines, start);
  const kept = findBodyRanges(lines, start).flatMap(([from, to]) => selectBodyLines(lines, from, to));
  const paragraphs = kept.map((l) => l.text).filter((t) => title === null || t !== title);
  const closingDate = kept.length > 0 ? dateUnderBody(lines, kept[kept.length - 1].index) : null;
  let dateline: string | null = null;
  let signature: string | null = null;
  let credit: string | null = null;
  if (paragraphs.length > 0) {
    const split = splitDateline(paragraphs[0]);
    if (split.dateline && split.rest.length > 0) {
      dateline = split.dateline;
      paragraphs[0] = split.rest;
    }
    const last = paragraphs.length - 1;
    const credited = splitClosingCredit(paragraphs[last]);
    if (credited.credit) {
      credit = credited.credit;
      paragraphs[last] = credited.text;
    }
    const signed = splitSignature(paragraphs[last]);
    if (signed.signature && !isUiControl(signed.signature)) {
      signature = signed.signature;
      paragraphs[last] = signed.text;
    }
  }
  const header = collectHeader(lines, start, extraHeader, dateline);
  header.push(...datesAmongFirstParagraphs(lines, start, kept).filter((d) => !header.includes(d)));
  if (signature) header.push(`by ${signature}`);
  if (credit) header.push(`Source: ${credit}`);
  if (closingDate && !header.includes(closingDate)) header.push(closingDate);
  return { title, body: paragraphs.map(separateGluedSentences).join("\n\n"), header };
}

/**
 * A sentence end glued to the next sentence by a page that lost the break between paragraphs
 * ("…as well.Speaking in Paris…", "…заявил он.Министр…"): two lower-case letters, the stop, then a
 * capitalised word. Initials and abbreviations ("U.S.Army", "Ph.D") have one letter before the stop.
 */
const GLUED_SENTENCES = /(\p{Ll}{2}[.!?][»”"’]?)(\p{Lu}\p{Ll})/gu;

/** A paragraph with a space put back between glued sentences. */
export function separateGluedSentences(paragraph: string): string {
  return paragraph.replace(GLUED_SENTENCES, "$1 $2");
}
