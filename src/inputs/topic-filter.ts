import { ARMS_TERMS } from "../language/arms-terms";

/** Tells whether a page's text is about the subject, before the (much slower) extraction runs. */
export type TopicFilter = (text: string) => boolean;

/** Shortest designation or alias the default filter uses: shorter ones ("M1", "F5") match everywhere. */
const MIN_TERM_LENGTH = 3;

/**
 * The filter for `--match REGEX` (case-insensitive), or by default one that keeps pages where a word
 * starts with any of `designations` (the weapon gazetteer's designations and aliases) or a generic
 * arms term in English or Russian (src/language/arms-terms.ts), case-insensitively. Throws, saying
 * how to fix it, when `match` is not a valid regular expression.
 */
export function topicFilter(designations: readonly string[], match?: string): TopicFilter {
  if (match !== undefined) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(match, "i");
    } catch (error) {
      throw new Error(`--match "${match}" is not a valid regular expression (${(error as Error).message}): fix it, or leave --match out to use the arms terms.`);
    }
    return (text) => pattern.test(text);
  }
  const find = termFinder([...designations, ...ARMS_TERMS]);
  return (text) => find(text) !== null;
}

/**
 * A finder of the first term (of at least 3 characters) that starts a word of a text, ignoring case.
 * One regular expression of thousands of alternatives is too large for V8 to compile (it falls back
 * to its interpreter at about 1 MB/s), so terms are bucketed by their first three characters and the
 * text is scanned once, looking up the bucket at each word start (tens of MB/s).
 */
export function termFinder(terms: readonly string[]): (text: string) => string | null {
  // Terms of four characters or more are keyed by four, so common three-letter word starts ("the", "for") miss at once.
  const short = new Map<number, string[]>();
  const long = new Map<number, string[]>();
  for (const raw of terms) {
    const term = raw.toLowerCase().trim();
    if (term.length < MIN_TERM_LENGTH) continue;
    const [buckets, key] = term.length > MIN_TERM_LENGTH ? [long, key4(term, 0)] : [short, key3(term, 0)];
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [term]);
    else if (!bucket.includes(term)) bucket.push(term);
  }
  const inBucket = (bucket: string[] | undefined, text: string, i: number) => {
    if (bucket) for (const term of bucket) if (text.startsWith(term, i)) return term;
    return null;
  };
  return (text) => {
    const lower = text.toLowerCase();
    const last = lower.length - MIN_TERM_LENGTH;
    let previousIsWord = false;
    for (let i = 0; i <= last; i++) {
      const isWord = isWordCode(lower.charCodeAt(i));
      if (isWord && !previousIsWord) {
        const found = inBucket(long.get(key4(lower, i)), lower, i) ?? inBucket(short.get(key3(lower, i)), lower, i);
        if (found) return found;
      }
      previousIsWord = isWord;
    }
    return null;
  };
}

/** Small-integer hashes of the three or four UTF-16 code units at `i` (terms sharing one are told apart by startsWith). */
function key3(text: string, i: number): number {
  return ((text.charCodeAt(i) * 1031 + text.charCodeAt(i + 1)) * 1031 + text.charCodeAt(i + 2)) & 0x3fffffff;
}

function key4(text: string, i: number): number {
  return (key3(text, i) * 1031 + text.charCodeAt(i + 3)) & 0x3fffffff;
}

/** Letters and digits (ASCII, and every code from Latin-1 letters up, Cyrillic included). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0xc0;
}
