/**
 * Sentences of an article body (never split inside a quotation) and a "masked" copy of the body in
 * which quoted text is blanked out, so that rules looking for speech verbs and speakers only see the
 * narrator's words. Offsets in both refer to the body.
 */
import type { QuoteSpan } from "./quote-spans";

/** A sentence of the body by offsets; quotations are never split. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by line breaks) the sentence starts in. */
  paragraph: number;
}

/** The character quoted text is replaced with in the masked body. */
export const MASK_CHAR = "\u00b7";

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "jr", "sr", "vs", "etc", "no", "u.s", "u.n",
  "u.k", "e.u", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "prof", "rep",
  "sen", "gov", "maj", "capt", "adm", "inc", "corp", "co", "ltd", "approx",
  "г", "гг", "т.е", "и.о", "им", "ул", "тыс", "млн", "млрд", "руб", "долл", "ст", "см", "т.д", "т.п", "др",
  "пр", "ген", "вр", "проф", "акад",
]);

/** The body with every quotation's inner text (marks kept) replaced by MASK_CHAR. */
export function maskQuotes(body: string, spans: readonly QuoteSpan[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += body.slice(at, s.open + 1) + body.slice(s.open + 1, s.close).replace(/[^\n]/gu, MASK_CHAR);
    at = s.close;
  }
  return out + body.slice(at);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `body` into sentences. `masked` is the body with quotations blanked, so a full stop inside a
 * quotation ends a sentence only when it is the quotation's last character and the text after the
 * closing mark starts a new sentence.
 */
export function splitSentences(body: string, masked: string, spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  const quoteEndsWithStop = new Map<number, boolean>();
  for (const s of spans) quoteEndsWithStop.set(s.close, /[.!?…]$/u.test(body.slice(s.start, s.end)));

  let paragraph = 0;
  let start = -1;
  const push = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && /\s/u.test(body[e - 1])) e--;
    if (e > start) sentences.push({ start, end: e, paragraph });
    start = -1;
  };

  for (let i = 0; i < body.length; i++) {
    const c = masked[i];
    if (c === "\n") {
      if (!isInsideMultiParagraphQuote(spans, i) && !attributionOnNextLine(body, start, i)) {
        push(i);
        if (i > 0 && body[i - 1] !== "\n") paragraph++;
      }
      continue;
    }
    if (start < 0) {
      if (c === " " || c === "\t" || c === "\r" || c === "\u00a0") continue;
      start = i;
    }
    let stop = -1;
    if (c === "!" || c === "?" || c === "…" || (c === "." && !endsWithAbbreviation(body, i))) stop = i + 1;
    else if (c !== MASK_CHAR && quoteEndsWithStop.get(i)) stop = i + 1;
    if (stop < 0) continue;
    let j = stop;
    while (j < body.length && /[»”“"'’)\]]/u.test(body[j])) j++;
    if (j < body.length && !/[ \t\u00a0]/u.test(body[j]) && body[j] !== "\n") continue;
    let k = j;
    while (k < body.length && /[ \t\u00a0]/u.test(body[k])) k++;
    const next = body[k];
    if (next === undefined || next === "\n" || (/[\p{Lu}\p{N}«„“"'‘—–\-(\[]/u.test(next) && !dashBeforeLowercase(body, k))) push(j);
  }
  push(body.length);
  return sentences;
}

/**
 * "«…»,\nприводит слова X": a quotation closing a line with a comma, and a next line (not a new paragraph)
 * opening in lowercase, is one sentence broken by the page's layout.
 */
function attributionOnNextLine(body: string, start: number, i: number): boolean {
  if (start < 0 || !/(?:[»”"’]\s*,|,[»”"’])\s*[—–-]?\s*$/u.test(body.slice(Math.max(start, i - 8), i))) return false;
  return /^\n[ \t]*[—–-]?\s*\p{Ll}/u.test(body.slice(i, i + 6));
}

/** "…?» — задался он вопросом": a dash followed by a lowercase word continues the sentence. */
function dashBeforeLowercase(body: string, k: number): boolean {
  return /^[—–-]\s*\p{Ll}/u.test(body.slice(k, k + 4));
}

function isInsideMultiParagraphQuote(spans: readonly QuoteSpan[], i: number): boolean {
  for (const s of spans) if (s.multiParagraph && s.open < i && i < s.close) return true;
  return false;
}

/** Index of the sentence containing offset `pos` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return lo > 0 && lo - 1 < sentences.length && pos >= sentences[lo - 1].start ? lo - 1 : -1;
}
