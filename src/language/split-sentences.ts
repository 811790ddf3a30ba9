/**
 * The one sentence splitter of armsgraph (English and Russian): a body is cut at line breaks and
 * after ". ! ? …" when the next sentence starts (a capital, a digit, an opening quote or dash), never
 * after an abbreviation or an initial ("Gen.", "U.S.", "т.е.", "млрд.", "A. Petrov"). Given the
 * quotations of the body, it never cuts inside one. Offsets refer to the body.
 */

/** A sentence of the body by offsets. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by line breaks) the sentence starts in. */
  paragraph: number;
}

/** A quotation of the body, by the offsets of its marks and of its text. */
export interface QuotedStretch {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** Offsets of the quoted text. */
  start: number;
  end: number;
  /** True when the quotation runs over more than one paragraph. */
  multiParagraph: boolean;
}

/** The character quoted text is replaced with in a masked body. */
export const QUOTE_MASK_CHAR = "\u00b7";

/** The quotations of a body and the body with their text replaced by QUOTE_MASK_CHAR (marks kept). */
export interface MaskedQuotes {
  masked: string;
  spans: readonly QuotedStretch[];
}

/** Words a full stop may follow without ending the sentence, lower-cased and without their last dot. */
const ABBREVIATIONS = new Set([
  // English titles, ranks, months, companies, Latin
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "maj", "capt", "adm", "prof", "rep", "sen", "gov", "jr", "sr",
  "brig", "cmdr", "cdr", "cpl", "pvt", "lieut", "amb", "hon", "rev", "messrs",
  "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.n", "u.k", "e.u", "inc", "corp", "co", "ltd", "no", "vs", "etc", "approx",
  // Russian: год, годы, то есть, исполняющий обязанности, имени, улица, thousands/millions/billions, рубли,
  // доллары, статья, смотри, и так далее, и тому подобное, и другие, прочие, генерал, временно, профессор, академик
  "г", "гг", "т", "т.е", "и.о", "им", "ул", "тыс", "млн", "млрд", "руб", "долл", "ст", "см", "т.д", "т.п", "др",
  "пр", "ген", "вр", "проф", "акад",
]);

/**
 * True when the full stop at `dot` ends an abbreviation or a one-letter initial rather than a sentence.
 * Letters glued to a digit or a hyphen end a designation, not an abbreviation: "Су-30СМ." ends a sentence.
 */
export function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /(?:^|[^\p{L}\p{N}.\-‐‑])([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `body` into sentences. With `quotes`, a full stop inside a quotation ends a sentence only when
 * it is the quotation's last character and the text after the closing mark starts a new sentence.
 */
export function splitSentences(body: string, quotes: MaskedQuotes = { masked: body, spans: [] }): Sentence[] {
  const { masked, spans } = quotes;
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
    else if (c !== QUOTE_MASK_CHAR && quoteEndsWithStop.get(i)) stop = i + 1;
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

function isInsideMultiParagraphQuote(spans: readonly QuotedStretch[], i: number): boolean {
  for (const s of spans) if (s.multiParagraph && s.open < i && i < s.close) return true;
  return false;
}
