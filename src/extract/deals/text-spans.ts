/**
 * Sentences, clauses and words of an article body, each with its offsets in the body.
 */
import { foldWord } from "../../language/fold-text";
import { splitSentences as splitBodySentences } from "../../language/split-sentences";
import { CLAUSE_BOUNDARY } from "./lexicon";

/** A stretch of the body: body.slice(start, end) === text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A word of a span, with absolute offsets and its folded form. */
export interface Word extends Span {
  fold: string;
}

/** The sentences of a body, trimmed, in order, as the shared splitter of src/language cuts them. */
export function splitSentences(body: string): Span[] {
  const sentences: Span[] = [];
  for (const { start, end } of splitBodySentences(body)) pushTrimmed(body, start, end, sentences);
  return sentences;
}

/** The clauses of a sentence: split at ";", a spaced dash, and ", saying"/", but"/", а"…; the boundary words start the next clause. */
export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(CLAUSE_BOUNDARY)) {
    // "…, а у Франции – 54 самолета Rafale": a dash that stands for the verb of the clause before is no boundary
    if (/[—–]/u.test(m[0]) && GAPPED_BEFORE_DASH.test(sentence.text.slice(from, m.index))) continue;
    pushTrimmed(sentence.text, from, m.index, clauses, sentence.start);
    from = m.index + m[0].length;
  }
  pushTrimmed(sentence.text, from, sentence.text.length, clauses, sentence.start);
  return clauses;
}

/** The start of a Russian clause whose verb a dash replaces: "а у Франции", "и Индии", "а из Китая". */
const GAPPED_BEFORE_DASH = /^\s*(?:а|и)\s+(?:(?:у|от|из|для|в|во)\s+)?[\p{Lu}][\p{L}-]*\s*$/u;

const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/** The words of a span with absolute offsets (hyphenated words stay whole: "Russian-made", "Т-90С"). */
export function wordsOf(span: Span): Word[] {
  return [...span.text.matchAll(WORD)].map((m) => ({
    text: m[0],
    fold: foldWord(m[0]),
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

/**
 * The longest sentence the deals stage reads, in characters: longer than any sentence of real news,
 * and a bound that keeps a page without punctuation linear (it is read in pieces cut at spaces).
 */
const MAX_SENTENCE = 800;

function pushTrimmed(text: string, from: number, to: number, out: Span[], offset = 0): void {
  while (to - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(" ", from + MAX_SENTENCE);
    const cut = space > from ? space : from + MAX_SENTENCE;
    pushTrimmed(text, from, cut, out, offset);
    from = cut;
  }
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
}
