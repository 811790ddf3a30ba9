/**
 * HTML input: @mozilla/readability (over jsdom) finds the main content; its block structure is
 * turned into one line per paragraph so the plain-text rules can finish the job.
 */
// jsdom takes about a second to load: it is required on the first HTML page, so plain-text
// extraction (and every process that never sees HTML) does not pay for it.
import type * as JsdomModule from "jsdom";
import type * as ReadabilityModule from "@mozilla/readability";

const jsdom = (): typeof JsdomModule => require("jsdom");
const readability = (): typeof ReadabilityModule => require("@mozilla/readability");

/** What the HTML path hands to the text rules. */
export interface HtmlPageText {
  /** The main content, one block (paragraph, heading, list item) per line. */
  text: string;
  title: string | null;
  /**
   * Page metadata as header lines: `og:site_name: …`, `author: …`, `article:published_time: …`
   * (named after the meta tags they come from), the readability byline, and copyright lines.
   */
  header: string[];
}

const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "BR", "HR", "DD", "DT", "HEADER", "FOOTER", "MAIN",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "FIGURE", "FIGCAPTION", "ASIDE", "NAV", "FORM", "BUTTON", "IFRAME", "SVG", "TEMPLATE"]);
const META_NAMES = ["og:site_name", "application-name", "author", "article:author", "article:published_time", "datePublished", "og:published_time", "pubdate", "date", "dc.date", "og:title"];

/** The text of a DOM subtree with a line break around every block element. */
function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push("\n");
    for (const child of Array.from(n.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  walk(node);
  return parts.join("").split("\n").map((l) => l.trim()).filter(Boolean).join("\n");
}

/** Meta tags worth keeping as header lines, in a fixed order. */
function metaLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const name of META_NAMES) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) lines.push(`${name}: ${content}`);
  }
  for (const el of Array.from(doc.querySelectorAll("time[datetime]")).slice(0, 1)) {
    lines.push(`time: ${el.getAttribute("datetime")}`);
  }
  return lines;
}

/**
 * Extracts the main content of an HTML page with readability, as block-per-line text, with the
 * headline (an <h1> that the page's <title>/og:title repeat — not a logo in <h1> — else the title
 * readability derives from <title>/og:title without the site name) and header lines
 * from meta tags and the footer's copyright notice.
 */
export function htmlToPageText(html: string): HtmlPageText {
  const dom = new (jsdom().JSDOM)(html);
  const doc = dom.window.document;
  const header = metaLines(doc);
  const copyright = (doc.body?.textContent ?? "")
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => /©|copyright|all rights reserved|все права защищены/iu.test(l) && l.length < 200);
  const pageTitle = `${doc.title} ${doc.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? ""}`;
  const h1 = Array.from(doc.querySelectorAll("h1"))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .find((text) => text.split(" ").length >= 3 && pageTitle.includes(text)) ?? null;
  const article = new (readability().Readability)(doc).parse();
  if (article?.byline) header.push(`by ${article.byline.replace(/^by\s+/iu, "")}`);
  if (article?.publishedTime && !header.some((l) => l.includes(article.publishedTime ?? ""))) {
    header.push(`published: ${article.publishedTime}`);
  }
  header.push(...new Set(copyright));
  let text = "";
  if (article?.content) {
    const container = doc.createElement("div");
    container.innerHTML = article.content;
    text = blockText(container);
  } else if (doc.body) {
    text = blockText(doc.body);
  }
  const title = h1 ?? article?.title?.trim() ?? null;
  return { text, title: title || null, header };
}
