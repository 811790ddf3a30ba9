/**
 * The data that flows through the ingestion pipeline
 * (clean → metadata → statements → actors → deals → store).
 * Every stage before `store` is a pure function of text; these types are their contract.
 */
import type { ActorRef } from "../model/actor-ref";
import type { InputFormat } from "../model/input-format";
import type { LanguageCode } from "../model/language-code";
import type { PartialDate } from "../model/partial-date";
import type { StatementKind } from "../model/statement-kind";
import type { DealStatus } from "../model/deal-status";

/** What the caller knows about a page beyond its text (manifest, CLI flags, mutation arguments). */
export interface SourceHints {
  url?: string | null;
  outlet?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  publishedAt?: string | null;
  title?: string | null;
  language?: LanguageCode | null;
}

/** Output of the clean stage: the article's own text, without page furniture. */
export interface CleanedPage {
  /** The headline, when the page shows one. */
  title: string | null;
  /** The article body: paragraphs separated by "\n\n". All offsets in the pipeline refer to it. */
  body: string;
  /** Lines of the page outside the body that metadata may still read (bylines, datelines, mastheads). */
  header: string[];
}

export interface ArticleMetadata {
  title: string | null;
  outlet: ActorRef | null;
  language: LanguageCode;
  publishedAt: PartialDate;
  authors: string[];
  url: string | null;
  /** The agency a dateline or credit line names as the source of a republished report ("MOSCOW (Reuters) —"). */
  sourceAgency?: ActorRef | null;
}

export interface ExtractedStatement {
  /** Verbatim text: between the quotation marks, or the reported clause for INDIRECT. */
  text: string;
  kind: StatementKind;
  speaker: ActorRef | null;
  /** How the text names the speaker ("президент Азербайджана", "he", "Shoygu"). */
  speakerLabel: string | null;
  /** The outlet or body that relayed the words ("told RIA Novosti", "передает ТАСС"). */
  via: ActorRef | null;
  saidOn: PartialDate;
  language: LanguageCode;
  /** Character offsets of `text` in the cleaned body: body.slice(start, end) === text. */
  start: number;
  end: number;
  /** 0..1: how sure the extractor is of span and attribution together. */
  confidence: number;
}

export interface ExtractedMention {
  actor: ActorRef;
  /** The words as written ("Алиевым"). */
  text: string;
  start: number;
  end: number;
}

export interface ExtractedDeal {
  supplier: ActorRef | null;
  recipient: ActorRef | null;
  /** Items as written ("tanks", "Smerch multiple-launch rocket system"). */
  items: string[];
  /** Canonical weapon designations found among the items ("T-90S", "Groza-S"). */
  designations: string[];
  /** SIPRI category when the items tell it (lowercase SIPRI name, e.g. "armoured vehicles"). */
  category: string | null;
  quantity: number | null;
  valueText: string | null;
  amount: number | null;
  currency: string | null;
  /** As written ("2009-2011", "since 2011"), with the years it covers. */
  period: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  status: DealStatus;
  /** The passage that reports the deal. */
  evidence: EvidenceSpan;
  /** Other passages of the same article that report it too. */
  additionalEvidence?: EvidenceSpan[];
  /** Parties the reporting passages do not name, and where they were taken from. */
  inferred?: { supplier?: DealPartySource; recipient?: DealPartySource };
  /** 1 when every party is named; lower when one is inferred. */
  confidence?: number;
}

/** Where a party the text does not name was taken from: a deal reported just before, or the maker of the items. */
export type DealPartySource = "context" | "origin";

/** A passage of the body that evidences a deal. */
export interface EvidenceSpan {
  excerpt: string;
  start: number;
  end: number;
  /** Index into Extraction.statements when a statement carries the deal. */
  statementIndex: number | null;
  /** What the deal adds to the passage ("supplier inferred: Su-30SM is made in Russia"). */
  note?: string;
}

/** Everything extracted from one page: the input of the store stage and of `npm run extract`. */
export interface Extraction {
  extractorVersion: string;
  contentHash: string;
  originalText: string;
  format: InputFormat;
  body: string;
  metadata: ArticleMetadata;
  statements: ExtractedStatement[];
  mentions: ExtractedMention[];
  /** Distinct actors named in the body (statement speakers and vias included). */
  actors: ActorRef[];
  deals: ExtractedDeal[];
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}
