/**
 * Finds names in text. Each name (an alias, a demonym, a role phrase) is a sequence of words; the
 * index is a trie keyed by the first three letters of each word, so a text is read once, word by
 * word, and only names whose every word could match are checked in full. Russian words match in
 * any case form (see russian-inflection).
 */
import { INDEX_KEY_LENGTH, type Token, isAllCaps, isCyrillic, startsUpper, tokenize } from "../language/fold-text";
import { type InflectionPattern, MIN_STEM_IN_LONGER_NAME, inflectionPattern, isPluralWord, matchesInflected } from "../language/russian-inflection";

interface NameWord {
  fold: string;
  raw: string;
  /** Acronyms ("US", "CSTO") must be written in capitals, so "us" is not the United States. */
  exactCase: boolean;
  /** Capitalised names must be capitalised in the text (a leading "The" may be written "the"). */
  capitalised: boolean;
  pattern: InflectionPattern | null;
}

/**
 * A condition a name's place in the text must meet besides its words, for names that are also
 * ordinary words or people's names (see `NameOptions.condition`). The matcher reports it on the
 * match; the caller decides (a name inside a longer name, such as a ministry's, needs no check).
 */
export type NameCondition = "notAtSentenceStart" | "notBesideName";

/** How a name is added. */
export interface NameOptions {
  /** Russian words match their case forms (off for names that must be written exactly). Default true. */
  inflect?: boolean;
  /** The shortest stem that may inflect in a one-word name (default 4: "Баку" never matches "бак"). */
  minStem?: number;
  condition?: NameCondition;
  /** Capitalised words match in lower case too ("the Pakistan navy" for "Navy"); acronyms still need capitals. Default false. */
  anyCase?: boolean;
}

interface IndexedName<T> {
  words: NameWord[];
  /** Text between consecutive words of the name as written ("." in "U.S.", " " in "Sergei Shoigu"). */
  gaps: string[];
  value: T;
  condition?: NameCondition;
}

/**
 * A node of the trie. Both fields are left out when empty (most leaves have no children, most inner nodes
 * no names): the index is kept between processes (compiled-cache.ts), and every object is read back at start.
 */
interface TrieNode<T> {
  /** Names whose last word is at this depth. */
  names?: IndexedName<T>[];
  children?: Map<string, TrieNode<T>>;
}

/** A name found in a text: the values it denotes (several when a name is shared) and where it is. */
export interface NameMatch<T> {
  values: T[];
  start: number;
  end: number;
  /** Index of the first and one past the last matched token. */
  firstToken: number;
  endToken: number;
  /** True when every word matched in its dictionary form. */
  exact: boolean;
  /** The condition the name carries, when it has one. */
  condition?: NameCondition;
}


/**
 * The words and gaps already indexed by a matcher, by their content: names share them (thousands of
 * names hold the word "ministry" or the gap " "), so the index holds a third fewer objects to read back.
 * Kept beside the matcher, not in it, so it is not written with the index; a matcher read back starts a new one.
 */
interface SharedParts {
  words: Map<string, NameWord>;
  gaps: Map<string, string[]>;
}

const sharedParts = new WeakMap<object, SharedParts>();

function sharedPartsOf(matcher: object): SharedParts {
  let parts = sharedParts.get(matcher);
  if (!parts) {
    parts = { words: new Map(), gaps: new Map() };
    sharedParts.set(matcher, parts);
  }
  return parts;
}

/** The one object for a word with these fields and inflection (words are never changed once indexed). */
function sharedWord(parts: SharedParts, word: NameWord): NameWord {
  const key = JSON.stringify([word.fold, word.raw, word.exactCase, word.capitalised, word.pattern && word.pattern.stem, word.pattern && [...word.pattern.endings]]);
  const known = parts.words.get(key);
  if (known) return known;
  parts.words.set(key, word);
  return word;
}

/** The one array for gaps with this content (gaps are never changed once indexed). */
function sharedGaps(parts: SharedParts, gaps: string[]): string[] {
  const key = JSON.stringify(gaps);
  const known = parts.gaps.get(key);
  if (known) return known;
  parts.gaps.set(key, gaps);
  return gaps;
}

/** An index of names to values, built once and read by `find`. */
export class NameMatcher<T> {
  private readonly root: TrieNode<T> = {};

  /**
   * Adds a name. Russian words match their case forms unless `inflect` is false (acronyms never
   * inflect); `options.condition` is reported on every match of the name.
   */
  add(name: string, value: T, options: boolean | NameOptions = {}): void {
    const { inflect = true, minStem, condition, anyCase = false } = typeof options === "boolean" ? { inflect: options } : options;
    const tokens = tokenize(name);
    if (tokens.length === 0) return;
    const plural = tokens.some((t) => isPluralWord(t.fold));
    const stem = tokens.length > 1 ? MIN_STEM_IN_LONGER_NAME : minStem;
    const parts = sharedPartsOf(this);
    const words = tokens.map((t) => toNameWord(t, inflect, stem, plural)).map((w) => sharedWord(parts, anyCase ? { ...w, capitalised: false } : w));
    const gaps = sharedGaps(parts, tokens.slice(1).map((t, i) => name.slice(tokens[i].end, t.start)));
    let node = this.root;
    for (const word of words) {
      const key = word.fold.slice(0, INDEX_KEY_LENGTH);
      node.children ??= new Map();
      let child = node.children.get(key);
      if (!child) {
        child = {};
        node.children.set(key, child);
      }
      node = child;
    }
    node.names ??= [];
    if (!node.names.some((n) => n.value === value && sameWords(n.words, words))) node.names.push(condition ? { words, gaps, value, condition } : { words, gaps, value });
  }

  /** Every non-overlapping name in `text` (longest first at each place), in text order. */
  find(text: string, tokens: Token[] = tokenize(text)): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(text, tokens, i);
      if (best) {
        matches.push(best);
        i = best.endToken;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The longest name starting at token `i`, or null. */
  longestAt(text: string, tokens: Token[], i: number): NameMatch<T> | null {
    const first = this.root.children?.get(tokens[i].key);
    if (!first) return null;
    return this.deepest(first, text, tokens, i, i + 1);
  }

  /** The longest match at token `i` through `node` (which the tokens up to `next` reached). */
  private deepest(node: TrieNode<T>, text: string, tokens: Token[], i: number, next: number): NameMatch<T> | null {
    const child = next < tokens.length ? node.children?.get(tokens[next].key) : undefined;
    const longer = child ? this.deepest(child, text, tokens, i, next + 1) : null;
    return longer ?? (node.names ? this.bestOf(node.names, text, tokens, i) : null);
  }

  private bestOf(names: IndexedName<T>[], text: string, tokens: Token[], i: number): NameMatch<T> | null {
    let best: NameMatch<T> | null = null;
    for (const name of names) {
      const exact = matchName(text, tokens, i, name);
      if (exact === null) continue;
      if (!best || (exact && !best.exact)) {
        const endToken = i + name.words.length;
        best = { values: [name.value], start: tokens[i].start, end: tokens[endToken - 1].end, firstToken: i, endToken, exact };
        if (name.condition) best.condition = name.condition;
      } else if (exact === best.exact && !best.values.includes(name.value)) {
        best.values.push(name.value);
      }
    }
    return best;
  }
}

function toNameWord(token: Token, inflect: boolean, minStem: number | undefined, plural: boolean): NameWord {
  const exactCase = isAllCaps(token.raw) && token.raw.length > 1;
  const pattern = inflect && !exactCase && isCyrillic(token.raw) ? inflectionPattern(token.fold, { minStem, plural }) : null;
  const capitalised = startsUpper(token.raw) && token.fold !== "the";
  return { fold: token.fold, raw: token.raw, exactCase, capitalised, pattern };
}

function sameWords(a: NameWord[], b: NameWord[]): boolean {
  return a.length === b.length && a.every((w, i) => w.raw === b[i].raw);
}

/** Whether the name matches at token `i`: null if not, else true when all words are in dictionary form. */
function matchName<T>(text: string, tokens: Token[], i: number, name: IndexedName<T>): boolean | null {
  if (i + name.words.length > tokens.length) return null;
  let exact = true;
  for (let k = 0; k < name.words.length; k++) {
    const token = tokens[i + k];
    const word = name.words[k];
    if (k > 0 && !gapMatches(text.slice(tokens[i + k - 1].end, token.start), name.gaps[k - 1])) return null;
    if (word.exactCase) {
      if (token.raw.replace(/ё/g, "е") !== word.raw.replace(/ё/g, "е")) return null;
      continue;
    }
    // the words first: most candidates fail there, and the capital letter costs a regex
    if (token.fold !== word.fold) {
      if (!matchesInflected(token.fold, word.fold, word.pattern)) return null;
      exact = false;
    }
    if (word.capitalised && !startsUpper(token.raw)) return null;
  }
  return exact;
}

const SPACE_OR_HYPHEN = /^\s{1,3}$|^\s?[-‐–]\s?$/;
const POSSESSIVE_GAP = /^['’]s\s{1,2}$/;

/**
 * Whether the text between two words fits the name's gap: a space or hyphen fits either, a
 * possessive fits a space ("Russia's Defense Ministry"), anything else must be written alike.
 * Quotation marks do not count: «РИА «Новости»» is "РИА Новости".
 */
export function gapMatches(rawTextGap: string, rawNameGap: string): boolean {
  if (rawTextGap.includes("\n")) return false;
  const textGap = withoutQuotes(rawTextGap);
  const nameGap = withoutQuotes(rawNameGap);
  const nameIsSpace = SPACE_OR_HYPHEN.test(nameGap);
  if (nameIsSpace && SPACE_OR_HYPHEN.test(textGap)) return true;
  if (/^\s+$/.test(nameGap) && POSSESSIVE_GAP.test(textGap)) return true;
  return textGap.replace(/\s+/g, " ") === nameGap.replace(/\s+/g, " ");
}

function withoutQuotes(gap: string): string {
  // a typographic apostrophe is an apostrophe: "Côte d’Ivoire" is "Côte d'Ivoire"
  const stripped = gap.replace(/[«»“”„"]/g, "").replace(/[’‘]/g, "'");
  return stripped === "" && gap !== "" ? " " : stripped;
}
