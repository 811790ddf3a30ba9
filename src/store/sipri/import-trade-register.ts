import { createHash } from "node:crypto";
import { In, type DataSource, type EntityManager } from "typeorm";
import { actorKey, resolveActorIds } from "../resolve-actor-ids";
import type { KnowledgeBase } from "../../knowledge/types";
import type { WeaponGazetteer } from "../../knowledge/weapons";
import { Deal } from "../../modules/deal/deal.entity";
import type { SipriRecord, SipriRowFailure, TradeRegister } from "./read-trade-register";
import { sipriCategory } from "./sipri-category";
import type { ActorRef } from "../../model/actor-ref";

/** What an import did: rows stored, rows already there, rows refused with their line and reason. */
export interface ImportSummary {
  imported: number;
  /** Rows already in the store (same cells), including repeats within the file. */
  skipped: number;
  failed: SipriRowFailure[];
}

/** How an import runs. */
export interface ImportOptions {
  /** Rows per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch with the rows handled so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Stores the rows of a trade register as SIPRI deals, one transaction per batch. Supplier and
 * recipient are found in the knowledge base (any spelling), else as actors created once by name;
 * an "unknown" recipient is null. A row whose cells are already stored is skipped, so importing the
 * same export again adds nothing. When a batch fails, its rows are retried one by one and the
 * failing ones reported with their line and the reason.
 */
export async function importTradeRegister(
  dataSource: DataSource,
  register: TradeRegister,
  kb: KnowledgeBase,
  weapons: WeaponGazetteer,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 500;
  const summary: ImportSummary = { imported: 0, skipped: 0, failed: [...register.failures] };
  const seen = new Set<string>();
  const total = register.records.length;
  for (let from = 0; from < total; from += batchSize) {
    const batch = register.records.slice(from, from + batchSize);
    try {
      const counts = await dataSource.transaction((manager) => storeRows(manager, batch, kb, weapons, new Set(seen)));
      counts.keys.forEach((k) => seen.add(k));
      summary.imported += counts.imported;
      summary.skipped += counts.skipped;
    } catch {
      for (const record of batch) {
        try {
          const counts = await dataSource.transaction((manager) => storeRows(manager, [record], kb, weapons, new Set(seen)));
          counts.keys.forEach((k) => seen.add(k));
          summary.imported += counts.imported;
          summary.skipped += counts.skipped;
        } catch (error) {
          summary.failed.push({ line: record.line, reason: (error as Error).message });
        }
      }
    }
    options.onProgress?.(Math.min(from + batchSize, total), total);
  }
  summary.failed.sort((a, b) => a.line - b.line);
  return summary;
}

/** The digest that identifies a register row: its cells, trimmed, in column order. */
export function sipriKey(record: SipriRecord): string {
  const { line: _line, ...cells } = record;
  return createHash("sha256").update(JSON.stringify(cells)).digest("hex");
}

async function storeRows(manager: EntityManager, records: SipriRecord[], kb: KnowledgeBase, weapons: WeaponGazetteer, seen: Set<string>) {
  const keyed = records.map((record) => ({ record, key: sipriKey(record) }));
  const stored = await manager.find(Deal, { select: { id: true, sipriKey: true }, where: { sipriKey: In(keyed.map((k) => k.key)) } });
  const existing = new Set(stored.map((d) => d.sipriKey));
  const fresh = keyed.filter(({ key }) => {
    if (existing.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const refs = new Map<string, ActorRef>();
  for (const { record } of fresh) {
    for (const name of [record.supplier, record.recipient]) if (name) refs.set(name, actorRef(name, kb));
  }
  const ids = await resolveActorIds(manager, [...refs.values()], "en");
  const idOf = (name: string | null) => (name ? ids.get(actorKey(refs.get(name)!)) ?? null : null);
  const now = new Date().toISOString();
  for (const { record, key } of fresh) {
    const lastDelivery = record.deliveryYears ? Number(record.deliveryYears.match(/(\d{4})\s*$/)?.[1] ?? NaN) : NaN;
    await manager.insert(Deal, {
      source: "SIPRI",
      supplierId: idOf(record.supplier),
      recipientId: idOf(record.recipient),
      items: [record.designation],
      designation: record.designation,
      description: record.description,
      category: sipriCategory(record.designation, record.description, weapons),
      numberOrdered: record.numberOrdered,
      numberOrderedEstimated: record.numberOrderedEstimated,
      numberDelivered: record.numberDelivered,
      numberDeliveredEstimated: record.numberDeliveredEstimated,
      orderYear: record.orderYear,
      orderYearEstimated: record.orderYearEstimated,
      deliveryYears: record.deliveryYears,
      deliveryYearsEstimated: record.deliveryYearsEstimated,
      sipriStatus: record.status,
      comments: record.comments,
      valueText: null,
      amount: null,
      currency: null,
      period: null,
      periodStart: record.orderYear,
      periodEnd: Number.isFinite(lastDelivery) ? lastDelivery : record.orderYear,
      status: record.numberDelivered || record.deliveryYears ? "DELIVERED" : "CONTRACTED",
      statusReportedOn: null,
      sipriRecordId: null,
      sipriKey: key,
      tivPerUnit: record.tivPerUnit,
      tivTotalOrder: record.tivTotalOrder,
      tivDelivered: record.tivDelivered,
      createdAt: now,
    });
  }
  return { imported: fresh.length, skipped: records.length - fresh.length, keys: fresh.map((f) => f.key) };
}

/** The actor a register name denotes: the knowledge base's, else a new state (or, for names SIPRI stars as non-state, an organisation). */
function actorRef(name: string, kb: KnowledgeBase): ActorRef {
  const bare = name.replace(/\*+$/, "").trim();
  const known = kb.lookup(bare);
  if (known) return { kbId: known.id, name: known.name, kind: known.kind };
  return { kbId: null, name: bare, kind: name.endsWith("*") ? "ORGANIZATION" : "STATE" };
}
