/**
 * Guards that run before any extraction rule: text that cannot be an article, and HTML shaped so that
 * building its DOM would take far longer than a news page does, are refused with an InputError.
 */
import { InputError } from "../errors/input-error";

/**
 * Shape limits for HTML pages. Readability's cost grows with the square of the nesting depth (500
 * nested divs take ~10 s of CPU, 100,000 would take hours) and steeply with the number of elements and
 * of attributes on one element; real news pages stay far below (depth < 100, < 10,000 elements).
 */
export const HTML_LIMITS = { depth: 150, elements: 25_000, attributesPerElement: 1_000 } as const;

/** Elements that never nest (void) or whose end tag is optional: they do not count toward the depth. */
const FLAT_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body"]);

/**
 * Throws an InputError when an HTML page nests elements deeper, or has more elements or attributes,
 * than HTML_LIMITS allow. One linear scan of the tags (the text of script, style and comments skipped),
 * before the DOM is built. The depth is that of the open elements, as a parser builds them: an end tag
 * closes its element and those opened inside it, and an end tag with no open element of its name
 * (`<div></span>`) closes nothing. A script, style or comment that is never closed does not end the scan.
 */
export function checkHtmlShape(html: string): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|<!--/g;
  const open: string[] = [];
  let elements = 0;
  let lower: string | undefined;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end >= 0) tag.lastIndex = end + 3;
      continue;
    }
    const [, closing, rawName, rest] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = FLAT_TAGS.has(name) ? -1 : open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (++elements > HTML_LIMITS.elements) {
      throw new InputError(`The HTML page has more than ${HTML_LIMITS.elements.toLocaleString("en")} elements: that is not one news article (split it, or give its text).`);
    }
    const attributes = rest.split("=").length - 1;
    if (attributes > HTML_LIMITS.attributesPerElement) {
      throw new InputError(`An HTML <${name}> element has ${attributes.toLocaleString("en")} attributes, over the limit of ${HTML_LIMITS.attributesPerElement.toLocaleString("en")}.`);
    }
    if (name === "script" || name === "style") {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      if (end >= 0) tag.lastIndex = end;
      continue;
    }
    if (FLAT_TAGS.has(name) || rest.endsWith("/")) continue;
    open.push(name);
    if (open.length > HTML_LIMITS.depth) {
      throw new InputError(`The HTML page nests elements more than ${HTML_LIMITS.depth} deep: that is not a news page's structure (give its text instead).`);
    }
  }
}

/**
 * Rejects text that cannot be an article, whatever path it came by (file, API): NUL characters,
 * which PostgreSQL cannot store in text, or a sample that is mostly control characters.
 */
export function checkText(text: string, source = "The page"): void {
  if (text.includes("\u0000")) {
    throw new InputError(`${source} contains NUL characters: it looks like binary data, not text or HTML. Send the page's text (UTF-8) or its HTML.`);
  }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || (c >= 0x7f && c < 0xa0)) control++;
  }
  if (control > sample.length * 0.1) {
    throw new InputError(`${source} is mostly control characters: it looks like binary data, not text or HTML. Send the page's text (UTF-8) or its HTML.`);
  }
}
