/**
 * Russian dash dialogue: a paragraph that opens with a dash holds someone's words without quotation
 * marks, closed by a dash and a speech verb ("— Мы готовы …, — сказал X."). Promises a quotation span
 * for each such paragraph (the dashes stand for the marks), never one that overlaps a marked quotation.
 */
import type { QuoteSpan } from "./quote-spans";
import { findSpeechVerbs } from "./speech-verbs";

/** A paragraph opening with a dash and a space. */
const OPENING_DASH = /(?:^|\n)[ \t]*([—–-])[ \t]+(?=\S)/gu;
/** ", — сказал": the comma, dash and lowercase word that close the words and open their attribution. */
const CLOSING_DASH = /[,!?…][ \t]*([—–-])[ \t]+(?=\p{Ll})/gu;

/** `spans` with the dash-dialogue quotations of `body` added, in text order. */
export function withDashDialogue(body: string, spans: readonly QuoteSpan[]): QuoteSpan[] {
  const added: QuoteSpan[] = [];
  for (const open of body.matchAll(OPENING_DASH)) {
    const dash = (open.index ?? 0) + open[0].length - open[0].trimStart().length;
    const start = (open.index ?? 0) + open[0].length;
    const lineEnd = body.indexOf("\n", start);
    const stop = lineEnd < 0 ? body.length : lineEnd;
    let close = -1;
    for (const m of body.slice(start, stop).matchAll(CLOSING_DASH)) {
      const at = start + (m.index ?? 0) + m[0].indexOf(m[1]);
      const verbAt = start + (m.index ?? 0) + m[0].length;
      const verb = findSpeechVerbs(body, verbAt, Math.min(stop, verbAt + 40))[0];
      if (verb && verb.start === verbAt) close = at;
    }
    if (close < 0) continue;
    let end = close;
    while (end > start && /[\s,]/u.test(body[end - 1])) end--;
    if (end - start < 10 || spans.some((s) => s.open < close && dash < s.close)) continue;
    added.push({ open: dash, close, start, end, mark: body[dash], multiParagraph: false });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.open - b.open) : [...spans];
}
