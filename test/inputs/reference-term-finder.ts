/**
 * The topic filter's term matching as it was before it scanned bytes (commit 408b285), kept
 * unchanged as the oracle of topic-filter.test.ts: the new scanner must keep exactly the pages this
 * keeps. It lowers the whole text, then at each word start looks the next 3–4 characters up.
 */
const MIN_TERM_LENGTH = 3;

export function referenceTermFinder(terms: readonly string[]): (text: string) => string | null {
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

function key3(text: string, i: number): number {
  return ((text.charCodeAt(i) * 1031 + text.charCodeAt(i + 1)) * 1031 + text.charCodeAt(i + 2)) & 0x3fffffff;
}

function key4(text: string, i: number): number {
  return (key3(text, i) * 1031 + text.charCodeAt(i + 3)) & 0x3fffffff;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0xc0;
}
