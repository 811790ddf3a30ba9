/**
 * Hard-wrapped text (e-mail style, a fixed line width with blank lines between paragraphs) is
 * turned back into one line per paragraph, so the line rules see whole paragraphs.
 */

/** Shortest and longest line length of a wrapped paragraph's inner lines. */
const WRAP_MIN = 55;
const WRAP_MAX = 100;

/** Whether a line looks like the inner line of a wrapped paragraph. */
const isWrapWidth = (line: string) => line.length >= WRAP_MIN && line.length <= WRAP_MAX;

/**
 * Whether the page is hard-wrapped: it separates blocks with blank lines, several lines have the
 * wrap width, and almost no line is longer than it.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  if (!lines.some((l) => l.length === 0)) return false;
  const long = lines.filter((l) => l.length >= 40);
  const wrapped = long.filter((l) => l.length <= WRAP_MAX);
  return lines.filter(isWrapWidth).length >= 3 && wrapped.length >= 0.8 * long.length;
}

/** A line that stops inside a sentence: after a comma (or a quotation closed by one: «…»,). */
const ENDS_MID_SENTENCE = /,[»”"’]?\s*$/u;
/** A line that carries on a sentence: it starts with a lower-case word, or a dash and one ("— сказал он"). */
const CONTINUES_SENTENCE = /^(?:[—–-]\s+)?\p{Ll}/u;

/**
 * Lines of a page with wrapped paragraphs joined, one per paragraph, and a sentence broken over two
 * lines («…», ¶ приводит слова министра) joined again; other lines unchanged.
 */
export function unwrapLines(lines: readonly string[]): string[] {
  if (!isHardWrapped(lines)) return joinBrokenSentences(lines);
  const out: string[] = [];
  let joinNext = false;
  for (const line of lines) {
    if (joinNext && line.length > 0 && !/^(?:[-•*]\s|\d{1,3}[.)]\s)/u.test(line)) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joinNext = isWrapWidth(line);
  }
  return out;
}

/** Joins a line that ends after a comma to the next line when that one carries the sentence on. */
function joinBrokenSentences(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && ENDS_MID_SENTENCE.test(last) && CONTINUES_SENTENCE.test(line)) out[out.length - 1] = `${last.trimEnd()} ${line}`;
    else out.push(line);
  }
  return out;
}
