import type { EntityManager } from "typeorm";
import { insertRows, type Row } from "../db/insert-rows";
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
 * For each extracted deal of one article, in order: the stored press deal it reports again, enriched
 * with what it adds (unless a person created or edited it); or a new deal. Only deals of the same
 * parties whose period can meet the deal's are read, for all the article's deals before any is
 * written (on PostgreSQL in one statement). Deals this article already stored are not candidates: the
 * deals stage has merged within the article, so a deal the article created or matched is never matched
 * again, and reading first is the same as reading deal by deal. New deals are inserted together.
 */
export async function findOrCreateDeals(
  manager: EntityManager,
  deals: readonly ExtractedDeal[],
  actorIds: ActorIds,
  reportedOn: string | null,
): Promise<number[]> {
  const parties = deals.map((deal) => ({
    supplierId: deal.supplier ? actorIds.get(actorKey(deal.supplier)) ?? null : null,
    recipientId: deal.recipient ? actorIds.get(actorKey(deal.recipient)) ?? null : null,
  }));
  const candidates = await readCandidates(manager, deals, parties);
  const ids: number[] = [];
  const dealsOfThisArticle = new Set<number>();
  const created: number[] = [];
  for (const [k, deal] of deals.entries()) {
    const same = candidates[k].find((stored) => !dealsOfThisArticle.has(stored.id) && isSameDeal(stored, deal));
    if (!same) {
      created.push(k);
      continue;
    }
    const additions: Partial<Deal> = {};
    if (same.valueText === null && deal.valueText) Object.assign(additions, { valueText: deal.valueText, amount: deal.amount, currency: deal.currency });
    if (same.period === null && deal.period) Object.assign(additions, { period: deal.period, periodStart: deal.periodStart, periodEnd: deal.periodEnd });
    if (same.numberOrdered === null && deal.quantity !== null) additions.numberOrdered = deal.quantity;
    if ((deal.confidence ?? 1) > (same.confidence ?? 1)) additions.confidence = deal.confidence ?? 1;
    const items = [...new Set([...same.items, ...deal.items])];
    if (items.length !== same.items.length) additions.items = items;
    if (!same.curated && Object.keys(additions).length) await manager.update(Deal, { id: same.id }, additions);
    ids[k] = same.id;
    dealsOfThisArticle.add(same.id);
  }
  const createdIds = await insertRows(manager, "deals", created.map((k) => newDealRow(deals[k], parties[k], reportedOn)));
  created.forEach((k, i) => (ids[k] = createdIds[i]));
  return ids;
}

function newDealRow(deal: ExtractedDeal, { supplierId, recipientId }: Parties, reportedOn: string | null): Row {
  return {
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
  };
}

interface Parties {
  supplierId: number | null;
  recipientId: number | null;
}

/** Deals whose candidates one PostgreSQL statement reads at most (four parameters each). */
const DEALS_PER_READ = 200;

/**
 * For each deal, the stored press deals between the same parties whose period is compatible with the
 * deal's (see periodsCompatible), oldest first. SQLite runs a statement per deal (one statement text,
 * kept prepared); PostgreSQL one statement for all of them, a UNION ALL of the same filters.
 */
async function readCandidates(manager: EntityManager, deals: readonly ExtractedDeal[], parties: readonly Parties[]): Promise<CandidateDeal[][]> {
  const postgres = manager.connection.driver.options.type === "postgres";
  const candidates: CandidateDeal[][] = deals.map(() => []);
  const perRead = postgres ? DEALS_PER_READ : 1;
  for (let first = 0; first < deals.length; first += perRead) {
    // Positional parameters: the driver writes named numeric parameters into SQLite's SQL text, which made
    // every read a statement of its own to prepare (and pushed the writer's inserts out of the statement cache).
    const values: unknown[] = [];
    const bind = (value: unknown) => {
      values.push(value);
      return postgres ? `$${values.length}` : "?";
    };
    const selects: string[] = [];
    for (let k = first; k < Math.min(deals.length, first + perRead); k++) selects.push(candidateSelect(deals[k], parties[k], postgres ? `${k} AS k, ` : "", bind));
    const sql = postgres ? `${selects.join(" UNION ALL ")} ORDER BY k, id` : `${selects[0]} ORDER BY id`;
    const rows: Record<string, unknown>[] = await manager.query(sql, values);
    for (const row of rows) candidates[postgres ? Number(row.k) : first].push(toCandidate(row));
  }
  return candidates;
}

/** The SELECT of one deal's candidates: same parties, a period that can meet the deal's. */
function candidateSelect(deal: ExtractedDeal, { supplierId, recipientId }: Parties, label: string, bind: (value: unknown) => string): string {
  const party = (column: string, id: number | null) => (id === null ? `"${column}" IS NULL` : `"${column}" = ${bind(id)}`);
  let sql = `SELECT ${label}${CANDIDATE_COLUMNS} FROM deals WHERE source = 'PRESS' AND ${party("supplierId", supplierId)} AND ${party("recipientId", recipientId)}`;
  if (deal.periodStart !== null) {
    sql += ` AND ("periodStart" IS NULL OR (("periodEnd" IS NULL OR "periodEnd" >= ${bind(deal.periodStart - 1)})`;
    if (deal.periodEnd !== null) sql += ` AND "periodStart" <= ${bind(deal.periodEnd + 1)}`;
    sql += "))";
  }
  return sql;
}

function toCandidate(r: Record<string, unknown>): CandidateDeal {
  const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
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
  };
}
