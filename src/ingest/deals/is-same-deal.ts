import type { DealStatus } from "../types";
import { type DealFacts, itemsOverlap, periodsCompatible, valuesCompatible } from "./deal-facts";
import { isProspective } from "./read-status";

/** A deal record as the cross-article match reads it: a stored Deal row or an ExtractedDeal. */
export interface ComparableDeal extends DealFacts {
  status: DealStatus | null;
}

/**
 * True when `reported` (from a new article) is the transfer `stored` already records, given that
 * the caller has checked they have the same supplier and recipient: their items overlap (a shared
 * designation, item word or category, or one side only says "weapons"), their periods meet (±1
 * year) and their values agree (±25%). A report of a transfer still to come (sought, offered,
 * negotiating, planned) never matches a stored one already done, contracted, cancelled or denied:
 * it is a new deal. The reverse may match (the planned deal was carried out).
 */
export function isSameDeal(stored: ComparableDeal, reported: ComparableDeal): boolean {
  if (stored.status && reported.status && !isProspective(stored.status) && isProspective(reported.status)) return false;
  return itemsOverlap(stored, reported) && periodsCompatible(stored, reported) && valuesCompatible(stored, reported);
}
