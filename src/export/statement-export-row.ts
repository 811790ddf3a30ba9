import type { TextQuoteSelector } from "./text-quote-selector";

/** An actor as exports show it: its stable id (the API's ID) and canonical name. */
export interface ExportedActor {
  id: string;
  name: string;
}

/** One exported statement: everything needed to cite it and find it again in its article. */
export interface StatementExportRow {
  /** The statement's API ID. */
  id: string;
  /** Verbatim, exactly as stored. */
  text: string;
  kind: string;
  speaker: ExportedActor | null;
  speakerLabel: string | null;
  via: ExportedActor | null;
  saidOn: string | null;
  saidOnPrecision: string;
  outlet: ExportedActor | null;
  url: string | null;
  articleId: string;
  publishedAt: string | null;
  language: string;
  startOffset: number;
  endOffset: number;
  confidence: number;
  reviewed: boolean;
  selector: TextQuoteSelector;
}

/** CSV columns, in order: the row flattened (actors as id + name, the selector as exact/prefix/suffix). */
export const CSV_COLUMNS = [
  "id", "text", "kind", "speakerId", "speakerName", "speakerLabel", "viaId", "viaName", "saidOn", "saidOnPrecision",
  "outletId", "outletName", "url", "articleId", "publishedAt", "language", "startOffset", "endOffset", "confidence", "reviewed",
  "exact", "prefix", "suffix",
] as const;

/** The row's values in CSV_COLUMNS order; absent values are empty strings. */
export function csvValues(row: StatementExportRow): string[] {
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: row.id, text: row.text, kind: row.kind, speakerId: row.speaker?.id, speakerName: row.speaker?.name,
    speakerLabel: row.speakerLabel, viaId: row.via?.id, viaName: row.via?.name, saidOn: row.saidOn, saidOnPrecision: row.saidOnPrecision,
    outletId: row.outlet?.id, outletName: row.outlet?.name, url: row.url, articleId: row.articleId, publishedAt: row.publishedAt,
    language: row.language, startOffset: row.startOffset, endOffset: row.endOffset, confidence: row.confidence, reviewed: row.reviewed,
    exact: row.selector.exact, prefix: row.selector.prefix, suffix: row.selector.suffix,
  };
  return CSV_COLUMNS.map((column) => (values[column] === null || values[column] === undefined ? "" : String(values[column])));
}
