import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { Article } from "../modules/article/article.entity";
import { Mention } from "../modules/article/mention.entity";
import { DealEvidence } from "../modules/deal/deal-evidence.entity";
import { Deal } from "../modules/deal/deal.entity";
import { Statement } from "../modules/statement/statement.entity";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { linkPressDeals } from "../sipri/link-press-deals";
import { isSameDeal } from "./deals/is-same-deal";
import { loadPipelineResources } from "./pipeline";
import { linkUtterances } from "./link-utterances";
import { actorKey, resolveActorIds, type ActorIds } from "./resolve-actor-ids";
import type { ActorRef, ExtractedDeal, Extraction } from "./types";

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

async function storeInTransaction(manager: EntityManager, extraction: Extraction, weapons: WeaponGazetteer): Promise<StoreResult> {
  const existing = await manager.findOne(Article, { select: { id: true }, where: { contentHash: extraction.contentHash } });
  if (existing) return { status: "duplicate", articleId: existing.id, statements: 0, mentions: 0, deals: 0 };

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

  const article = await manager.insert(Article, {
    url: metadata.url,
    title: metadata.title,
    outletId: idOf(metadata.outlet),
    publishedAt: metadata.publishedAt.date,
    publishedPrecision: metadata.publishedAt.precision,
    language: metadata.language,
    authors: metadata.authors,
    body: extraction.body,
    originalText: extraction.originalText,
    format: extraction.format,
    contentHash: extraction.contentHash,
    ingestedAt: new Date().toISOString(),
    extractorVersion: extraction.extractorVersion,
  });
  const articleId = article.identifiers[0].id as number;

  const statementIds: number[] = [];
  for (const s of extraction.statements) {
    const inserted = await manager.insert(Statement, {
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
    });
    statementIds.push(inserted.identifiers[0].id as number);
  }

  const mentions = extraction.mentions.map((m) => ({ articleId, actorId: idOf(m.actor)!, text: m.text, startOffset: m.start, endOffset: m.end }));
  for (let i = 0; i < mentions.length; i += 200) await manager.insert(Mention, mentions.slice(i, i + 200));
  await linkUtterances(manager, statementIds);

  const dealsOfThisArticle = new Set<number>();
  for (const deal of extraction.deals) {
    const dealId = await findOrCreateDeal(manager, deal, actorIds, metadata.publishedAt.date, dealsOfThisArticle);
    dealsOfThisArticle.add(dealId);
    for (const evidence of [deal.evidence, ...(deal.additionalEvidence ?? [])]) {
      await manager.insert(DealEvidence, {
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
  if (dealsOfThisArticle.size) await linkPressDeals(manager, weapons, [...dealsOfThisArticle]);

  return { status: "added", articleId, statements: statementIds.length, mentions: mentions.length, deals: extraction.deals.length };
}

/**
 * The stored press deal this extracted deal reports again, enriched with what it adds (unless a person
 * created or edited it); or a new deal. Deals this article already stored are not candidates: the deals
 * stage has merged within the article.
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
  const candidates = await manager.find(Deal, {
    where: { source: "PRESS", supplierId: supplierId ?? IsNull(), recipientId: recipientId ?? IsNull() },
    order: { id: "ASC" },
  });
  const same = candidates.find((stored) => !dealsOfThisArticle.has(stored.id) && isSameDeal(stored, deal));
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
  const inserted = await manager.insert(Deal, {
    source: "PRESS",
    supplierId,
    recipientId,
    items: deal.items,
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
  });
  return inserted.identifiers[0].id as number;
}

/** PostgreSQL deadlock or serialization failure: the transaction can simply run again. */
function isTransientConflict(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "40P01" || code === "40001";
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}
