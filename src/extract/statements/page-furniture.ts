/**
 * A last guard against page furniture the clean stage may have left in the body: lines of a news feed
 * ("Кадыров заявил, что …Политика, 19:14") are headlines of other articles, never statements of this one.
 */
import type { Sentence } from "./text-units";

/** A line that ends with a time or a date stamp and no sentence punctuation before it: a feed entry. */
const FEED_LINE = /[^.!?…»”"'\s]\s*(?:\p{L}+,\s*)?\d{1,2}:\d{2}\s*$/u;

/** The paragraphs (by index) of `body` that are feed entries rather than article text. */
export function feedParagraphs(body: string, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    const newline = body.indexOf("\n", s.start);
    const lineEnd = newline < 0 ? body.length : newline;
    if (FEED_LINE.test(body.slice(Math.max(s.start, lineEnd - 40), lineEnd))) out.add(s.paragraph);
  }
  return out;
}
