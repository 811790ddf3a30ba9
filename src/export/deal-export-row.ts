import type { ExportedActor } from "./statement-export-row";
import { csvField } from "./write-rows";

/** One passage evidencing an exported deal, with where to find it. */
export interface ExportedEvidence {
  id: string;
  articleId: string;
  url: string | null;
  statementId: string | null;
  /** Verbatim, exactly as stored. */
  excerpt: string;
  startOffset: number;
  endOffset: number;
  note: string | null;
  curated: boolean;
}

/** One exported deal: the SIPRI register's columns, what the press adds, and its evidence. */
export interface DealExportRow {
  /** The deal's API ID. */
  id: string;
  source: string;
  supplier: ExportedActor | null;
  recipient: ExportedActor | null;
  items: string[];
  designation: string | null;
  description: string | null;
  category: string | null;
  numberOrdered: number | null;
  numberDelivered: number | null;
  orderYear: number | null;
  deliveryYears: string | null;
  comments: string | null;
  valueText: string | null;
  amount: number | null;
  currency: string | null;
  period: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  status: string | null;
  statusReportedOn: string | null;
  confidence: number | null;
  sipriRecordId: string | null;
  curated: boolean;
  evidence: ExportedEvidence[];
}

const DEAL_COLUMNS = [
  "id", "source", "supplierId", "supplierName", "recipientId", "recipientName", "items", "designation", "description", "category",
  "numberOrdered", "numberDelivered", "orderYear", "deliveryYears", "comments", "valueText", "amount", "currency", "period",
  "periodStart", "periodEnd", "status", "statusReportedOn", "confidence", "sipriRecordId", "curated",
] as const;
const EVIDENCE_COLUMNS = [
  "evidenceId", "evidenceArticleId", "evidenceUrl", "evidenceStatementId", "evidenceExcerpt", "evidenceStartOffset", "evidenceEndOffset", "evidenceNote", "evidenceCurated",
] as const;

/** CSV columns of the deal export: the deal's, then one piece of evidence's. */
export const DEAL_CSV_COLUMNS = [...DEAL_COLUMNS, ...EVIDENCE_COLUMNS] as const;

/** Separates the items of a deal in its CSV field ("T-90S tanks; BMP-3"). */
export const ITEM_SEPARATOR = "; ";

/**
 * The CSV records of a deal: one per piece of evidence, the deal's fields repeated on each, or one
 * record with empty evidence fields for a deal without evidence (SIPRI records).
 */
export function dealCsvRecords(row: DealExportRow): string[][] {
  const deal: Record<(typeof DEAL_COLUMNS)[number], unknown> = {
    id: row.id, source: row.source, supplierId: row.supplier?.id, supplierName: row.supplier?.name, recipientId: row.recipient?.id,
    recipientName: row.recipient?.name, items: row.items.join(ITEM_SEPARATOR), designation: row.designation, description: row.description,
    category: row.category, numberOrdered: row.numberOrdered, numberDelivered: row.numberDelivered, orderYear: row.orderYear,
    deliveryYears: row.deliveryYears, comments: row.comments, valueText: row.valueText, amount: row.amount, currency: row.currency,
    period: row.period, periodStart: row.periodStart, periodEnd: row.periodEnd, status: row.status, statusReportedOn: row.statusReportedOn,
    confidence: row.confidence, sipriRecordId: row.sipriRecordId, curated: row.curated,
  };
  const dealFields = DEAL_COLUMNS.map((column) => csvField(deal[column]));
  if (!row.evidence.length) return [[...dealFields, ...EVIDENCE_COLUMNS.map(() => "")]];
  return row.evidence.map((e) => [
    ...dealFields,
    ...[e.id, e.articleId, e.url, e.statementId, e.excerpt, e.startOffset, e.endOffset, e.note, e.curated].map(csvField),
  ]);
}
