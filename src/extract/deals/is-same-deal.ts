import { type DealFacts, designationsOf, itemsOverlap, periodsCompatible, valuesCompatible } from "./deal-facts";
import { isProspective } from "./read-status";
import type { DealStatus } from "../../model/deal-status";

/** A deal record as the cross-article match reads it: a stored Deal row or an ExtractedDeal. */
export interface ComparableDeal extends DealFacts {
  status: DealStatus | null;
}

/**
 * True when `reported` (from a new article) is the transfer `stored` already records, given that
 * the caller has checked they have the same supplier and recipient. Their items must overlap (a
 * shared designation or item word, or one side only says "weapons"; a shared category is not
 * enough across articles), their periods meet (±1 year) and their values agree (±25%). Both must
 * speak of the same stage (both still to come, or both done/agreed), except that a report of a done
 * deal matches a stored plan when both name the same designation or value (the plan was carried out).
 */
export function isSameDeal(stored: ComparableDeal, reported: ComparableDeal): boolean {
  if (stored.status && reported.status && isProspective(stored.status) !== isProspective(reported.status)) {
    const carriedOut = isProspective(stored.status) && (sharesDesignation(stored, reported) || (stored.amount !== null && reported.amount !== null));
    if (!carriedOut) return false;
  }
  return itemsOverlap(stored, reported, false) && periodsCompatible(stored, reported) && valuesCompatible(stored, reported);
}

function sharesDesignation(a: DealFacts, b: DealFacts): boolean {
  const db = designationsOf(b);
  return designationsOf(a).some((d) => db.includes(d));
}
