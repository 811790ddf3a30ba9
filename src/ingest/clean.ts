/**
 * The clean stage: raw page → headline, article body, header lines.
 */
import type { CleanedPage, InputFormat } from "./types";
import { cleanText } from "./clean-text";
import { htmlToPageText } from "./clean-html";

/**
 * Turns a page as saved by a scraper (plain text) or fetched (HTML) into the article's headline,
 * its body (paragraphs joined by "\n\n", no navigation, adverts, tickers, captions, teasers, tags
 * or reader comments) and the header lines outside the body that metadata may read.
 */
export function cleanPage(raw: string, format: InputFormat): CleanedPage {
  if (format === "html") {
    const page = htmlToPageText(raw);
    return cleanText(page.text, page.header, page.title);
  }
  return cleanText(raw);
}
