import type { EntityManager } from "typeorm";
import { insertRows } from "../db/insert-rows";
import { Deal } from "../modules/deal/deal.entity";
import { isSameDeal, type ComparableDeal } from "../extract/deals/is-same-deal";
import { actorKey, type ActorIds } from "./resolve-actor-ids";
import type { ExtractedDeal } from "../extract/types";
import type { DealStatus } from "../model/deal-status";

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
  // Positional parameters: the driver writes named numeric parameters into SQLite's SQL text, which made
  // every read a statement of its own to prepare (and pushed the writer's inserts out of the statement cache).
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return manager.connection.driver.options.type === "postgres" ? `$${values.length}` : "?";
  };
  const party = (column: string, id: number | null) => (id === null ? `"${column}" IS NULL` : `"${column}" = ${bind(id)}`);
  let sql = `SELECT ${CANDIDATE_COLUMNS} FROM deals WHERE source = 'PRESS' AND ${party("supplierId", supplierId)} AND ${party("recipientId", recipientId)}`;
  if (deal.periodStart !== null) {
    sql += ` AND ("periodStart" IS NULL OR (("periodEnd" IS NULL OR "periodEnd" >= ${bind(deal.periodStart - 1)})`;
    if (deal.periodEnd !== null) sql += ` AND "periodStart" <= ${bind(deal.periodEnd + 1)}`;
    sql += "))";
  }
  const rows: Record<string, unknown>[] = await manager.query(`${sql} ORDER BY id`, values);
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
