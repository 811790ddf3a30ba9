import type { ExtractedDeal } from "../types";
import { furtherStatus, isProspective } from "./read-status";
import { hasOnlyVagueItems, itemsOverlap, periodsCompatible, valuesCompatible } from "./deal-facts";

/** An extracted deal with every passage of the article that reports it (the first is `evidence`). */
export interface ReportedDeal extends ExtractedDeal {
  additionalEvidence: ExtractedDeal["evidence"][];
}

/**
 * Folds the deals of one article into one deal per transfer: two reports merge when they name the
 * same supplier and recipient (a missing party is taken from the other report when one of them
 * names only vague items such as "weapons"), speak of the same stage (both done, or both still to
 * come), and their items, periods and values agree. The merged deal keeps the richest fields.
 */
export function mergeDeals(deals: ReportedDeal[]): ReportedDeal[] {
  const merged: ReportedDeal[] = [];
  for (const deal of deals) {
    const target = merged.find((m) => sameTransfer(m, deal));
    if (target) absorb(target, deal);
    else merged.push({ ...deal, items: [...deal.items], designations: [...deal.designations], additionalEvidence: [...deal.additionalEvidence] });
  }
  return merged;
}

function sameTransfer(a: ExtractedDeal, b: ExtractedDeal): boolean {
  if (isProspective(a.status) !== isProspective(b.status)) return false;
  if (a.status === "DENIED" || a.status === "CANCELLED" || b.status === "DENIED" || b.status === "CANCELLED") {
    if (a.status !== b.status) return false;
  }
  if (!sameParty(a, b, "supplier") || !sameParty(a, b, "recipient")) return false;
  return itemsOverlap(a, b) && periodsCompatible(a, b) && valuesCompatible(a, b);
}

/** Same state on one side; or the side is missing from a report that names only vague items (it may be the other's). */
function sameParty(a: ExtractedDeal, b: ExtractedDeal, side: "supplier" | "recipient"): boolean {
  const x = a[side]?.kbId;
  const y = b[side]?.kbId;
  if (x && y) return x === y;
  if (!x && !y) return true;
  return isVague(x ? b : a);
}

/** True when a deal names no item more precise than "weapons"/"оружие" and no figures. */
function isVague(deal: ExtractedDeal): boolean {
  return hasOnlyVagueItems(deal) && deal.amount === null && deal.periodStart === null;
}

function absorb(target: ReportedDeal, deal: ReportedDeal): void {
  target.supplier ??= deal.supplier;
  target.recipient ??= deal.recipient;
  for (const item of deal.items) if (!target.items.includes(item)) target.items.push(item);
  for (const d of deal.designations) if (!target.designations.includes(d)) target.designations.push(d);
  target.category ??= deal.category;
  target.quantity ??= deal.quantity;
  if (target.amount === null && deal.amount !== null) Object.assign(target, { valueText: deal.valueText, amount: deal.amount, currency: deal.currency });
  if (target.periodStart === null && deal.period !== null && (deal.periodStart !== null || target.period === null)) {
    Object.assign(target, { period: deal.period, periodStart: deal.periodStart, periodEnd: deal.periodEnd });
  }
  target.status = furtherStatus(target.status, deal.status);
  if (target.evidence.statementIndex === null && deal.evidence.statementIndex !== null && target.evidence.start === deal.evidence.start) {
    target.evidence.statementIndex = deal.evidence.statementIndex;
  }
  for (const evidence of [deal.evidence, ...deal.additionalEvidence]) {
    if (evidence.start !== target.evidence.start && !target.additionalEvidence.some((e) => e.start === evidence.start)) target.additionalEvidence.push(evidence);
  }
}
