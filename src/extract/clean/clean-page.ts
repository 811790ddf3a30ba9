/**
 * The clean stage: raw page → headline, article body, header lines.
 *
 * How (plain text; HTML first goes through readability, then the same rules):
 * 1. hard-wrapped paragraphs are joined (clean-unwrap);
 * 2. every line gets a kind from its own shape — prose, short sentence, heading, furniture
 *    (scripts, tickers, rubric+time teasers, counters, buttons, captions, notices), or a marker
 *    opening comments or related/tags/feed sections — and lines the page repeats become
 *    furniture (clean-furniture, clean-lines);
 * 3. the article starts at the first prose paragraph followed closely by more prose and ends at
 *    the comments or at a related/tags heading not followed by more article prose (clean-text);
 * 4. inside it, prose and full sentences are kept, short comma-free intertitles between two
 *    paragraphs too; the dateline and a trailing signature move to the header;
 * 5. the headline is the breadcrumb-repeated or nearest headline-like line above the body
 *    (clean-title); the header keeps the non-furniture lines above the body, the dateline,
 *    copyright and "Source:" lines.
 */
import type { CleanedPage } from "../types";
import { cleanText } from "./clean-text";
import { htmlToPageText } from "./html-to-page-text";
import type { InputFormat } from "../../model/input-format";

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
