/**
 * Sentences of an article body (never split inside a quotation) and a "masked" copy of the body in
 * which quoted text is blanked out, so that rules looking for speech verbs and speakers only see the
 * narrator's words. Offsets in both refer to the body.
 */
import type { QuoteSpan } from "./quote-spans";
import { QUOTE_MASK_CHAR, type Sentence, splitSentences as splitBodySentences } from "../../language/split-sentences";

export type { Sentence } from "../../language/split-sentences";

/** The character quoted text is replaced with in the masked body. */
export const MASK_CHAR = QUOTE_MASK_CHAR;

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

/**
 * Splits `body` into sentences (the shared splitter of src/language). `masked` is the body with
 * quotations blanked, so a full stop inside a quotation ends a sentence only when it is the
 * quotation's last character and the text after the closing mark starts a new sentence.
 */
export function splitSentences(body: string, masked: string, spans: readonly QuoteSpan[]): Sentence[] {
  return splitBodySentences(body, { masked, spans });
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
