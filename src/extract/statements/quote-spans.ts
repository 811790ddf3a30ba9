/**
 * Finds quotation-mark pairs in a text: «…», „…“, “…”, "…", ‘…’ and '…', nested marks, a mark used as an
 * apostrophe (Russia’s), and a quotation that runs over several paragraphs (each paragraph reopens it,
 * only the last one closes it).
 */

/** A pair of quotation marks at the outermost level. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** Offsets of the text between the marks, trimmed of surrounding spaces. */
  start: number;
  end: number;
  /** The opening mark. */
  mark: string;
  /** True when the quotation runs over more than one paragraph. */
  multiParagraph: boolean;
}

interface OpenMark {
  mark: string;
  pos: number;
  closers: string;
  single: boolean;
}

const QUOTE_CHARS = new Set(["«", "»", "„", "“", "”", '"', "'", "‘", "’", "‚"]);
const LETTER = /[\p{L}\p{N}]/u;
const OPENER_CONTEXT = /[\s([{—–\-:/«„“"'‘]/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

function looksLikeOpener(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || OPENER_CONTEXT.test(prev)) && !isSpace(next);
}

function looksLikeCloser(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (next === undefined || !isLetter(next));
}

function closersFor(mark: string): string {
  switch (mark) {
    case "«": return "»";
    case "„": return "“”";
    case "‚": return "‘’";
    case "“": return "”";
    case "”": return "”“";
    case '"': return '"';
    default: return "’'";
  }
}

/** The index in `stack` of the innermost open mark that `c` closes, or -1. */
function matchingOpen(stack: OpenMark[], c: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].closers.includes(c)) return k;
  return -1;
}

function trimmedSpan(text: string, open: number, close: number, mark: string, multi: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { open, close, start, end, mark, multiParagraph: multi };
}

/** «Мы, — сказал Алиев, — не отдадим»: the author's words between dashes inside the marks. */
const INNER_ATTRIBUTION = /[,?!…]\s+([—–])\s+\p{Ll}[^—–«»“”"\n]{2,80}?[,.]?\s+([—–])\s+/u;

/**
 * Splits a quotation whose marks also enclose the author's words (Russian style «A, — сказал он, — B»)
 * into its two quoted parts; the dashes stand in for the missing closing and opening marks.
 */
function splitAtInnerAttribution(text: string, span: QuoteSpan): QuoteSpan[] {
  const m = INNER_ATTRIBUTION.exec(text.slice(span.start, span.end));
  if (!m) return [span];
  const firstDash = span.start + m.index + m[0].indexOf(m[1]);
  const secondDash = span.start + m.index + m[0].lastIndexOf(m[2]);
  return [
    trimmedSpan(text, span.open, firstDash, span.mark, false),
    trimmedSpan(text, secondDash, span.close, span.mark, span.multiParagraph),
  ];
}

/** Every outermost quotation in `text`, in text order. Unclosed marks are ignored. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let stack: OpenMark[] = [];
  let carried: OpenMark | null = null;
  let paragraphStart = 0;
  let lastParagraphOpenedAtStart = false;

  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === "\n" || i === text.length) {
      const bottom = stack[0];
      const openedAtStart = bottom !== undefined && text.slice(paragraphStart, bottom.pos).trim() === "";
      // `"A," the minister said. "B.¶"C."`: a quotation opened mid-paragraph, after a closed one, that runs to
      // the paragraph's end on a full stop is carried too; the next paragraph must reopen it.
      const openedAfterQuote =
        bottom !== undefined && stack.length === 1 && spans.some((q) => q.close >= paragraphStart && q.close < bottom.pos) && /[.!?…]\s*$/u.test(text.slice(bottom.pos, i));
      carried = openedAtStart || openedAfterQuote ? bottom : null;
      lastParagraphOpenedAtStart = openedAtStart || openedAfterQuote;
      stack = [];
      while (i + 1 < text.length && text[i + 1] === "\n") i++;
      paragraphStart = i + 1;
      continue;
    }
    if (!QUOTE_CHARS.has(c)) continue;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];

    if (carried && text.slice(paragraphStart, i).trim() === "" && lastParagraphOpenedAtStart && looksLikeOpener(prev, next)) {
      // A multi-paragraph quotation: the new paragraph reopens the carried quotation.
      stack = [carried];
      carried = null;
      continue;
    }
    carried = null;

    const single = c === "'" || c === "‘" || c === "’" || c === "‚";
    if (single && isLetter(prev) && isLetter(next)) continue; // apostrophe
    const k = matchingOpen(stack, c);
    const canOpen = looksLikeOpener(prev, next);
    const canClose = k >= 0 && (looksLikeCloser(prev, next) || !canOpen);
    if (canClose && !(c === "“" && canOpen && stack[k].mark !== "„")) {
      const opened = stack[k];
      stack = stack.slice(0, k);
      if (stack.length === 0) {
        const multi = text.slice(opened.pos, i).includes("\n");
        spans.push(...splitAtInnerAttribution(text, trimmedSpan(text, opened.pos, i, opened.mark, multi)));
      }
      continue;
    }
    if (c === "»" || (single && c !== "‘" && c !== "'" && c !== "‚")) continue;
    if (canOpen) stack.push({ mark: c, pos: i, closers: closersFor(c), single });
  }
  return spans;
}
