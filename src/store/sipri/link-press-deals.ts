import { In, IsNull, Not, type EntityManager } from "typeorm";
import type { WeaponGazetteer } from "../../knowledge/weapons";
import { designationKey } from "../../knowledge/weapons-keys";
import { Deal } from "../../modules/deal/deal.entity";
import { batchMemo } from "../batch-memo";

/** Years an order may precede or follow the period a press report gives. */
export const ORDER_YEAR_SLACK = 2;

/**
 * Links each press deal to the SIPRI record it reports, by setting `sipriRecordId`: same supplier
 * and recipient, the same weapon (designation, in any spelling the gazetteer knows) or else the same
 * SIPRI category, and an order year within ±2 years of the reported period. A press deal without a
 * period links only on its designation. Among several candidates the designation match wins, then
 * the nearest order year. `onlyIds` limits the work to some press deals (those an ingest just
 * stored). Returns how many press deals were linked or relinked.
 */
export async function linkPressDeals(manager: EntityManager, weapons: WeaponGazetteer, onlyIds?: number[]): Promise<number> {
  // Most stores hold no SIPRI register: one indexed probe (once per writer's batch) spares every ingest the press-deal read.
  const memo = batchMemo(manager);
  if (memo?.hasSipriRegister === undefined) {
    const [anyRecord] = await manager.query(`SELECT id FROM deals WHERE source = 'SIPRI' LIMIT 1`);
    if (memo) memo.hasSipriRegister = !!anyRecord;
    if (!anyRecord) return 0;
  } else if (!memo.hasSipriRegister) {
    return 0;
  }
  const where = { source: "PRESS" as const, supplierId: Not(IsNull()), recipientId: Not(IsNull()), ...(onlyIds ? { id: In(onlyIds) } : {}) };
  const press = await manager.find(Deal, { where, order: { id: "ASC" } });
  if (!press.length) return 0;
  const sipri = await manager.find(Deal, { where: { source: "SIPRI", supplierId: In([...new Set(press.map((d) => d.supplierId!))]) } });
  const byPair = new Map<string, Deal[]>();
  for (const record of sipri) {
    const key = `${record.supplierId}>${record.recipientId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), record]);
  }
  let linked = 0;
  for (const deal of press) {
    const best = bestRecord(deal, byPair.get(`${deal.supplierId}>${deal.recipientId}`) ?? [], weapons);
    if (best && best.id !== deal.sipriRecordId) {
      await manager.update(Deal, { id: deal.id }, { sipriRecordId: best.id });
      linked++;
    }
  }
  return linked;
}

function bestRecord(deal: Deal, candidates: Deal[], weapons: WeaponGazetteer): Deal | null {
  const reported = weaponKeys(deal, weapons);
  let best: { record: Deal; score: number; distance: number } | null = null;
  for (const record of candidates) {
    const sameWeapon = weaponKeys(record, weapons).some((k) => reported.includes(k));
    const sameCategory = deal.category !== null && deal.category === record.category;
    const distance = yearDistance(deal, record.orderYear);
    if (distance === null ? !sameWeapon : distance > ORDER_YEAR_SLACK || !(sameWeapon || sameCategory)) continue;
    const score = sameWeapon ? 2 : 1;
    const d = distance ?? ORDER_YEAR_SLACK + 1;
    if (!best || score > best.score || (score === best.score && d < best.distance)) best = { record, score, distance: d };
  }
  return best?.record ?? null;
}

/** Keys of the weapons a deal names: canonical gazetteer designations, else the designation as written. */
function weaponKeys(deal: Deal, weapons: WeaponGazetteer): string[] {
  const names = [deal.designation, ...deal.items.flatMap((item) => weapons.find(item).map((m) => m.designation))].filter((n): n is string => !!n);
  return [...new Set(names.map((n) => designationKey(weapons.byDesignation(n)?.designation ?? n)))];
}

/** Years between an order year and a press deal's period (0 inside it; "since 2011" runs to the report); null when either is unknown. */
function yearDistance(deal: Deal, orderYear: number | null): number | null {
  if (orderYear === null || deal.periodStart === null) return null;
  const end = deal.periodEnd ?? (deal.statusReportedOn ? Number(deal.statusReportedOn.slice(0, 4)) : deal.periodStart);
  if (orderYear < deal.periodStart) return deal.periodStart - orderYear;
  return orderYear > end ? orderYear - end : 0;
}
