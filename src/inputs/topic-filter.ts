import { ARMS_TERMS } from "../language/arms-terms";

/** Tells whether a page's text is about the subject, before the (much slower) extraction runs. */
export type TopicFilter = (text: string) => boolean;

/** Shortest designation or alias the default filter uses: shorter ones ("M1", "F5") match everywhere. */
const MIN_TERM_LENGTH = 3;

/**
 * The filter for `--match REGEX` (case-insensitive), or by default one that keeps pages naming any of
 * `designations` (the weapon gazetteer's designations and aliases) or a generic arms term in English
 * or Russian (src/language/arms-terms.ts). The default terms are compiled into one prefix-tree
 * pattern, so each position of the text tries one branch per character instead of every term.
 * Throws, saying how to fix it, when `match` is not a valid regular expression.
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
  const terms = [...designations, ...ARMS_TERMS].map((t) => t.toLowerCase().trim()).filter((t) => t.length >= MIN_TERM_LENGTH);
  const pattern = new RegExp(trieSource(terms), "i");
  return (text) => pattern.test(text);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** A regular expression source matching exactly the given literal strings, shaped as a prefix tree. */
export function trieSource(terms: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const term of terms) {
    let node = root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return nodeSource(root);
}

function nodeSource(node: TrieNode): string {
  // A term that ends here matches already: longer terms sharing its prefix add nothing to a yes/no test.
  const branches = [...node.next].map(([ch, child]) => escape(ch) + (child.end ? "" : nodeSource(child)));
  return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}
