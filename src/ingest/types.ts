/**
 * The data that flows through the ingestion pipeline
 * (clean → metadata → statements → actors → deals → store).
 * Every stage before `store` is a pure function of text; these types are their contract.
 */

/** ISO 639-1 code of a text's language ("en", "ru", …). */
export type LanguageCode = string;

/** How much of a date is known. A date with precision MONTH is stored as the first of that month. */
export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "UNKNOWN";

/** A calendar date that may be known only to the month or year. */
export interface PartialDate {
  /** `YYYY-MM-DD`, `YYYY-MM-01` for MONTH, `YYYY-01-01` for YEAR, null for UNKNOWN. */
  date: string | null;
  precision: DatePrecision;
}

export const UNKNOWN_DATE: PartialDate = Object.freeze({ date: null, precision: "UNKNOWN" }) as PartialDate;

export type ActorKind = "PERSON" | "STATE" | "ORGANIZATION" | "MEDIA";

/**
 * An actor as the extractor sees it: either an entry of the knowledge base (`kbId` set) or a
 * person/body the knowledge base does not know yet (`kbId` null), kept with the role text.
 */
export interface ActorRef {
  kbId: string | null;
  /** Canonical English name (knowledge base) or the name as written, for unknown actors. */
  name: string;
  kind: ActorKind;
  /** For actors the knowledge base does not know: the role text found next to the name. */
  roleText?: string | null;
}

/** What the caller knows about a page beyond its text (manifest, CLI flags, mutation arguments). */
export interface SourceHints {
  url?: string | null;
  outlet?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  publishedAt?: string | null;
  title?: string | null;
  language?: LanguageCode | null;
}

export type InputFormat = "text" | "html";

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

export type StatementKind = "DIRECT" | "PARTIAL" | "INDIRECT";

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

export type DealStatus =
  | "RUMOURED" | "SOUGHT" | "OFFERED" | "NEGOTIATING" | "PLANNED" | "CONTRACTED" | "DELIVERED" | "CANCELLED" | "DENIED";

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
