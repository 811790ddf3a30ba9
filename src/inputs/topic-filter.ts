import { ARMS_TERMS } from "../language/arms-terms";
import { holdsContextLoweredLetter, needsWholeTextLowering, termScanner } from "./term-scanner";

/** Tells whether a page is about the subject, before the (much slower) extraction runs. */
export interface TopicFilter {
  /** True when the page's text is about the subject. */
  keeps(text: string): boolean;
  /**
   * False when the page whose UTF-8 bytes these are (a leading byte-order mark ignored, as decoding
   * drops it) would surely not be kept, so that decoding it can be skipped; true when it might be.
   */
  mayKeepUtf8(bytes: Uint8Array): boolean;
}

/** The filter that keeps every page. */
export const KEEP_ALL: TopicFilter = { keeps: () => true, mayKeepUtf8: () => true };

/**
 * The filter for `--match REGEX` (case-insensitive), or by default one that keeps pages where a word
 * starts with any of `designations` (the weapon gazetteer's designations and aliases, at least 3
 * characters: shorter ones such as "M1" match everywhere) or a generic arms term in English or
 * Russian (src/language/arms-terms.ts), case-insensitively, anywhere in the page (markup included).
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
    return { keeps: (text) => pattern.test(text), mayKeepUtf8: () => true };
  }
  const scan = termScanner([...designations, ...ARMS_TERMS]);
  return {
    // The text is scanned as UTF-8 (a lone surrogate becomes U+FFFD, a word character like it);
    // its own byte-order mark, if any, is a character like any other, as it always was.
    keeps: (text) => scan(Buffer.from(needsWholeTextLowering(text) ? text.toLowerCase() : text, "utf8"), false),
    mayKeepUtf8: (bytes) => holdsContextLoweredLetter(bytes) || scan(bytes, true),
  };
}
