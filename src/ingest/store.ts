import type { DataSource, EntityManager } from "typeorm";
import { insertRows, type Row } from "../db/insert-rows";
import { Article } from "../modules/article/article.entity";
import { Deal } from "../modules/deal/deal.entity";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { linkPressDeals } from "../sipri/link-press-deals";
import { isSameDeal, type ComparableDeal } from "./deals/is-same-deal";
import { loadPipelineResources } from "./pipeline";
import { linkUtterances } from "./link-utterances";
import { actorKey, resolveActorIds, type ActorIds } from "./resolve-actor-ids";
import type { ActorRef, DealStatus, ExtractedDeal, Extraction } from "./types";

export type StoreStatus = "added" | "duplicate";

export interface StoreResult {
  status: StoreStatus;
  articleId: number;
  statements: number;
  mentions: number;
  deals: number;
}

export interface StoreOptions {
  weapons?: WeaponGazetteer;
  /** Runs inside the article's transaction once the article is added (not for a duplicate): its writes commit with the article, and its error undoes it. */
  afterStore?: (manager: EntityManager, result: StoreResult) => Promise<void>;
}

/**
 * Persists one extraction in one transaction: the article, its statements, mentions and deals
 * (a deal already reported by another article gets this article's evidence instead of a copy, and
 * each press deal the article reports is linked to the SIPRI record it matches). A page whose content hash is already
 * stored is a no-op ("duplicate"). On any error (`afterStore`'s included) nothing of the article remains.
 */
export async function storeExtraction(dataSource: DataSource, extraction: Extraction, options: StoreOptions = {}): Promise<StoreResult> {
  const weapons = options.weapons ?? loadPipelineResources().weapons;
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(async (manager) => {
        const result = await storeInTransaction(manager, extraction, weapons);
        if (result.status === "added" && options.afterStore) await options.afterStore(manager, result);
        return result;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const existing = await dataSource.getRepository(Article).findOne({ select: { id: true }, where: { contentHash: extraction.contentHash } });
        if (existing) return { status: "duplicate", articleId: existing.id, statements: 0, mentions: 0, deals: 0 };
      }
      // A concurrent ingest committed a row this one also inserts (on PostgreSQL: the statement group of
      // an earlier report both articles repeat), or a deadlock: nothing of this article was written, and
      // a new attempt sees the other's rows.
      if (attempt < 4 && (isUniqueViolation(error) || isTransientConflict(error))) continue;
      throw error;
    }
  }
}

/** Writes one extraction through the caller's transaction (see storeExtraction); "duplicate" when its content hash is stored. */
export async function storeInTransaction(manager: EntityManager, extraction: Extraction, weapons: WeaponGazetteer): Promise<StoreResult> {
  const [existing] = await manager.query(`SELECT id FROM articles WHERE "contentHash" = ${placeholder(manager, 1)}`, [extraction.contentHash]);
  if (existing) return { status: "duplicate", articleId: Number(existing.id), statements: 0, mentions: 0, deals: 0 };

  const { metadata } = extraction;
  const refs: ActorRef[] = [
    ...(metadata.outlet ? [metadata.outlet] : []),
    ...extraction.actors,
    ...extraction.mentions.map((m) => m.actor),
    ...extraction.statements.flatMap((s) => [s.speaker, s.via]),
    ...extraction.deals.flatMap((d) => [d.supplier, d.recipient]),
  ].filter((r): r is ActorRef => r !== null);
  const actorIds = await resolveActorIds(manager, refs, metadata.language);
  const idOf = (ref: ActorRef | null) => (ref ? actorIds.get(actorKey(ref)) ?? null : null);

  const [articleId] = await insertRows(manager, "articles", [{
    url: metadata.url,
    title: metadata.title,
    outletId: idOf(metadata.outlet),
    publishedAt: metadata.publishedAt.date,
    publishedPrecision: metadata.publishedAt.precision,
    language: metadata.language,
    authors: JSON.stringify(metadata.authors),
    body: extraction.body,
    originalText: extraction.originalText,
    format: extraction.format,
    contentHash: extraction.contentHash,
    ingestedAt: new Date().toISOString(),
    extractorVersion: extraction.extractorVersion,
  }]);

  const statementIds = await insertRows(manager, "statements", extraction.statements.map((s) => ({
    articleId,
    text: s.text,
    kind: s.kind,
    speakerId: idOf(s.speaker),
    speakerLabel: s.speakerLabel,
    viaId: idOf(s.via),
    saidOn: s.saidOn.date,
    saidOnPrecision: s.saidOn.precision,
    language: s.language,
    startOffset: s.start,
    endOffset: s.end,
    confidence: s.confidence,
    reviewed: false,
  })));

  await insertRows(manager, "mentions", extraction.mentions.map((m) => ({ articleId, actorId: idOf(m.actor)!, text: m.text, startOffset: m.start, endOffset: m.end })));
  await linkUtterances(manager, statementIds);

  const dealsOfThisArticle = new Set<number>();
  const evidenceRows: Row[] = [];
  for (const deal of extraction.deals) {
    const dealId = await findOrCreateDeal(manager, deal, actorIds, metadata.publishedAt.date, dealsOfThisArticle);
    dealsOfThisArticle.add(dealId);
    for (const evidence of [deal.evidence, ...(deal.additionalEvidence ?? [])]) {
      evidenceRows.push({
        dealId,
        articleId,
        statementId: evidence.statementIndex === null ? null : statementIds[evidence.statementIndex] ?? null,
        excerpt: evidence.excerpt,
        startOffset: evidence.start,
        endOffset: evidence.end,
        note: evidence.note ?? null,
      });
    }
  }
  await insertRows(manager, "deal_evidence", evidenceRows);
  if (dealsOfThisArticle.size) await linkPressDeals(manager, weapons, [...dealsOfThisArticle]);

  return { status: "added", articleId, statements: statementIds.length, mentions: extraction.mentions.length, deals: extraction.deals.length };
}

/** What the cross-article match reads of a stored press deal, and what a later report may fill in. */
const CANDIDATE_COLUMNS = `id, items, designation, category, "periodStart", "periodEnd", amount, currency, status, "valueText", period, "numberOrdered", confidence, curated`;

interface CandidateDeal extends ComparableDeal {
  id: number;
  valueText: string | null;
  period: string | null;
  numberOrdered: number | null;
  confidence: number | null;
  curated: boolean;
}

/**
 * The stored press deal this extracted deal reports again, enriched with what it adds (unless a person
 * created or edited it); or a new deal. Only deals of the same parties whose period can meet this
 * one's are read. Deals this article already stored are not candidates: the deals stage has merged
 * within the article.
 */
export async function findOrCreateDeal(
  manager: EntityManager,
  deal: ExtractedDeal,
  actorIds: ActorIds,
  reportedOn: string | null,
  dealsOfThisArticle: ReadonlySet<number>,
): Promise<number> {
  const supplierId = deal.supplier ? actorIds.get(actorKey(deal.supplier)) ?? null : null;
  const recipientId = deal.recipient ? actorIds.get(actorKey(deal.recipient)) ?? null : null;
  const same = (await readCandidates(manager, supplierId, recipientId, deal)).find((stored) => !dealsOfThisArticle.has(stored.id) && isSameDeal(stored, deal));
  if (same) {
    const additions: Partial<Deal> = {};
    if (same.valueText === null && deal.valueText) Object.assign(additions, { valueText: deal.valueText, amount: deal.amount, currency: deal.currency });
    if (same.period === null && deal.period) Object.assign(additions, { period: deal.period, periodStart: deal.periodStart, periodEnd: deal.periodEnd });
    if (same.numberOrdered === null && deal.quantity !== null) additions.numberOrdered = deal.quantity;
    if ((deal.confidence ?? 1) > (same.confidence ?? 1)) additions.confidence = deal.confidence ?? 1;
    const items = [...new Set([...same.items, ...deal.items])];
    if (items.length !== same.items.length) additions.items = items;
    if (!same.curated && Object.keys(additions).length) await manager.update(Deal, { id: same.id }, additions);
    return same.id;
  }
  const [id] = await insertRows(manager, "deals", [{
    source: "PRESS",
    supplierId,
    recipientId,
    items: JSON.stringify(deal.items),
    designation: deal.designations[0] ?? null,
    description: null,
    category: deal.category,
    numberOrdered: deal.quantity,
    numberOrderedEstimated: false,
    numberDelivered: null,
    numberDeliveredEstimated: false,
    orderYear: null,
    orderYearEstimated: false,
    deliveryYears: null,
    deliveryYearsEstimated: false,
    sipriStatus: null,
    comments: null,
    valueText: deal.valueText,
    amount: deal.amount,
    currency: deal.currency,
    period: deal.period,
    periodStart: deal.periodStart,
    periodEnd: deal.periodEnd,
    status: deal.status,
    confidence: deal.confidence ?? 1,
    statusReportedOn: reportedOn,
    sipriRecordId: null,
    createdAt: new Date().toISOString(),
  }]);
  return id;
}

/** Stored press deals between the same parties whose period is compatible with `deal`'s (see periodsCompatible), oldest first. */
async function readCandidates(manager: EntityManager, supplierId: number | null, recipientId: number | null, deal: ExtractedDeal): Promise<CandidateDeal[]> {
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return placeholder(manager, values.length);
  };
  const party = (column: string, id: number | null) => (id === null ? `"${column}" IS NULL` : `"${column}" = ${bind(id)}`);
  // Built in the order the markers appear: SQLite's "?" markers are positional.
  const parties = `${party("supplierId", supplierId)} AND ${party("recipientId", recipientId)}`;
  let period = "";
  if (deal.periodStart !== null) {
    period = ` AND ("periodStart" IS NULL OR (("periodEnd" IS NULL OR "periodEnd" >= ${bind(deal.periodStart - 1)})`;
    if (deal.periodEnd !== null) period += ` AND "periodStart" <= ${bind(deal.periodEnd + 1)}`;
    period += "))";
  }
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${CANDIDATE_COLUMNS} FROM deals WHERE source = 'PRESS' AND ${parties}${period} ORDER BY id`,
    values,
  );
  const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    id: Number(r.id),
    items: JSON.parse(String(r.items)) as string[],
    designation: (r.designation as string | null) ?? null,
    category: (r.category as string | null) ?? null,
    periodStart: numberOrNull(r.periodStart),
    periodEnd: numberOrNull(r.periodEnd),
    amount: numberOrNull(r.amount),
    currency: (r.currency as string | null) ?? null,
    status: (r.status as DealStatus | null) ?? null,
    valueText: (r.valueText as string | null) ?? null,
    period: (r.period as string | null) ?? null,
    numberOrdered: numberOrNull(r.numberOrdered),
    confidence: numberOrNull(r.confidence),
    curated: r.curated === true || r.curated === 1,
  }));
}

/** The n-th (1-based) bound-parameter marker of the manager's engine. */
function placeholder(manager: EntityManager, n: number): string {
  return manager.connection.driver.options.type === "postgres" ? `$${n}` : "?";
}

/** PostgreSQL deadlock or serialization failure: the transaction can simply run again. */
export function isTransientConflict(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "40P01" || code === "40001";
}

/** A unique index refused a row (on either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}
