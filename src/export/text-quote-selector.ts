/** A W3C Web Annotation TextQuoteSelector: the exact text with a little context on each side. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context taken on each side of the quoted span. */
export const SELECTOR_CONTEXT = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The selector of `body.slice(start, end)`: up to `context` UTF-16 units before and after, never
 * cutting a surrogate pair in half (so the prefix and suffix are valid text).
 */
export function textQuoteSelector(body: string, start: number, end: number, context = SELECTOR_CONTEXT): TextQuoteSelector {
  let prefix = body.slice(Math.max(0, start - context), start);
  if (prefix && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  let suffix = body.slice(end, end + context);
  if (suffix && isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  return { type: "TextQuoteSelector", exact: body.slice(start, end), prefix, suffix };
}
