/**
 * The metadata stage: title, language, outlet, publication date, authors and url of a page.
 */
import type { ArticleMetadata, CleanedPage, SourceHints } from "../types";
import type { KnowledgeBase } from "../../knowledge/types";
import { detectLanguage } from "./detect-language";
import { findOutlet } from "./find-outlet";
import { findPublishedAt } from "./find-published-at";
import { findAuthors } from "./find-authors";
import type { ActorRef } from "../../model/actor-ref";
import type { LanguageCode } from "../../model/language-code";

/** ArticleMetadata plus the agency a dateline credits ("MOSCOW (RFE/RL) —" on a republishing site). */
export interface PageMetadata extends ArticleMetadata {
  /** The agency the report comes from when it is not the publishing outlet; null otherwise. */
  sourceAgency: ActorRef | null;
}

/** ISO 639-2 codes callers may pass, mapped to ISO 639-1. */
const THREE_LETTER: Record<string, LanguageCode> = {
  eng: "en", rus: "ru", ukr: "uk", arm: "hy", hye: "hy", aze: "az", tur: "tr", geo: "ka", kat: "ka", fre: "fr", fra: "fr", ger: "de", deu: "de", spa: "es",
};

/** ISO 639-1 primary subtag of a language hint ("en-US" → "en", "rus" → "ru"). */
function normaliseLanguage(code: string): LanguageCode {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0];
  return THREE_LETTER[primary] ?? primary;
}

/**
 * Reads the page's metadata from the cleaned page (header lines and body); every hint the caller
 * gives wins over what the page says. `raw` is the page as received: it is only consulted when
 * the cleaned page has no text at all, to detect the language.
 */
export function extractMetadata(page: CleanedPage, raw: string, hints: SourceHints, kb: KnowledgeBase): PageMetadata {
  const title = hints.title?.trim() || page.title;
  const sample = [title ?? "", page.body].join("\n").trim() || raw;
  const language = hints.language ? normaliseLanguage(hints.language) : detectLanguage(sample);
  const { outlet, sourceAgency } = findOutlet(page.header, page.title, hints, kb, page.body);
  return {
    title,
    outlet,
    language,
    publishedAt: findPublishedAt(page.header, page.title, page.body, hints, language),
    authors: findAuthors(page.header),
    url: hints.url ?? null,
    sourceAgency,
  };
}
