import type { EvidenceSpan, ExtractedDeal } from "../types";
import { furtherStatus, isProspective } from "./read-status";
import { IN_ARTICLE_VALUE_SLACK, designationsOf, hasOnlyVagueItems, itemsOverlap, periodsCompatible, valuesCompatible } from "./deal-facts";

/** Confidence of a deal whose parties are all named by its own clause. */
export const NAMED_CONFIDENCE = 1;
/** Confidence of a deal with a party borrowed from a deal reported in the sentences just before. */
export const CONTEXT_CONFIDENCE = 0.8;
/** Confidence of a deal whose supplier is only the maker of its items, as the weapon gazetteer knows it. */
export const ORIGIN_CONFIDENCE = 0.6;

/** An extracted deal with every passage of the article that reports it (the first is `evidence`). */
export interface ReportedDeal extends ExtractedDeal {
  evidence: EvidenceSpan;
  additionalEvidence: EvidenceSpan[];
  /** The status is DELIVERED only because the report used a bare transfer word; another report's status wins. Dropped by mergeDeals. */
  statusUnstated?: true;
}

/** The confidence a deal's inferred parties leave it. */
export function confidenceOf(deal: ReportedDeal): number {
  const sources = Object.values(deal.inferred ?? {});
  if (sources.includes("origin")) return ORIGIN_CONFIDENCE;
  if (sources.includes("context")) return CONTEXT_CONFIDENCE;
  return NAMED_CONFIDENCE;
}

/**
 * Folds the deals of one article into one deal per transfer: two reports merge when they name the
 * same supplier and recipient (a missing party is taken from the other report when one of them
 * names only vague items such as "weapons"), speak of the same stage (both done, or both still to
 * come) unless they name the same number of the same system, and their items, periods and values agree. The merged deal keeps the richest fields.
 */
export function mergeDeals(deals: ReportedDeal[]): ReportedDeal[] {
  const merged: ReportedDeal[] = [];
  for (const deal of deals) {
    const target = merged.find((m) => sameTransfer(m, deal));
    if (target) absorb(target, deal);
    else merged.push({ ...deal, items: [...deal.items], designations: [...deal.designations], additionalEvidence: [...deal.additionalEvidence], inferred: deal.inferred && { ...deal.inferred } });
  }
  for (const deal of merged) {
    delete deal.statusUnstated;
    if (deal.inferred && !Object.keys(deal.inferred).length) delete deal.inferred;
    if (!deal.inferred && deal.evidence.note) {
      // Another report named the party the note explained.
      const { note: _explained, ...evidence } = deal.evidence;
      deal.evidence = evidence;
    }
    deal.confidence = confidenceOf(deal);
  }
  return merged;
}

function sameTransfer(a: ReportedDeal, b: ReportedDeal): boolean {
  if (!isVagueDenial(a) && !isVagueDenial(b) && !sameStage(a, b)) return false;
  if (!sameParty(a, b, "supplier") || !sameParty(a, b, "recipient")) return false;
  return itemsOverlap(a, b) && periodsCompatible(a, b) && valuesCompatible(a, b, IN_ARTICLE_VALUE_SLACK);
}

/** Whether two reports speak of one stage of a transfer, or of a contract and its delivery to come. */
function sameStage(a: ReportedDeal, b: ReportedDeal): boolean {
  const statusesApart = isProspective(a.status) !== isProspective(b.status) && !a.statusUnstated && !b.statusUnstated;
  if (statusesApart && !sameBatch(a, b) && !contractThenDelivery(a, b)) return false;
  const ended = (x: ReportedDeal) => x.status === "DENIED" || x.status === "CANCELLED";
  return !(ended(a) || ended(b)) || a.status === b.status;
}

/**
 * "Россия и Египет не заключали контракты на поставку авиационной техники": a denial in vague words is the denial of
 * the pair's deal the article reports, whatever stage that report gave it.
 */
function isVagueDenial(deal: ReportedDeal): boolean {
  return deal.status === "DENIED" && isVague(deal);
}

/**
 * True when both name the same number of the same system ("поставит четыре истребителя Су-30СМ" and
 * "партию из четырёх истребителей Су-30СМ"): one article telling of the plan and of the contract of
 * one batch tells of one transfer. Without equal quantities the stages stay apart ("another six
 * Rafale jets" beside the 18 contracted).
 */
function sameBatch(a: ExtractedDeal, b: ExtractedDeal): boolean {
  if (a.quantity === null || a.quantity !== b.quantity) return false;
  const keys = designationsOf(b);
  return designationsOf(a).some((d) => keys.includes(d));
}

/** Words that make a planned transfer a new one beside a contract ("six more", "a second batch", "ещё", "дополнительные"). */
const ANOTHER_BATCH = /(?<![\p{L}])(?:more|additional|another|further|second|new\s+batch|ещё|еще|дополнительн\p{L}*|втор\p{L}*|нов\p{L}*\s+парти\p{L}*)(?![\p{L}])/iu;

/**
 * True when one report tells of a contract and the other of its delivery still to come ("Armenia has signed a contract
 * for 36 CAESAR howitzers" … "France would deliver the howitzers within two years"): the same system, no number of
 * its own (a number may be another batch's), and no word that makes the delivery another batch.
 */
function contractThenDelivery(a: ReportedDeal, b: ReportedDeal): boolean {
  const [contract, plan] = a.status === "CONTRACTED" ? [a, b] : [b, a];
  if (contract.status !== "CONTRACTED" || plan.status !== "PLANNED") return false;
  if (plan.quantity !== null) return false;
  const keys = designationsOf(plan);
  return keys.length > 0 && designationsOf(contract).some((d) => keys.includes(d)) && !ANOTHER_BATCH.test(plan.evidence.excerpt);
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

/** The starts of each merged deal's additional evidence, so that absorbing many reports stays linear. */
const evidenceStarts = new WeakMap<ReportedDeal, Set<number>>();

function absorb(target: ReportedDeal, deal: ReportedDeal): void {
  for (const side of ["supplier", "recipient"] as const) {
    // A party one report names outright is named, however another report came by it.
    if (!target[side]) {
      target[side] = deal[side];
      if (deal.inferred?.[side]) (target.inferred ??= {})[side] = deal.inferred[side];
    } else if (target.inferred?.[side] && deal[side]?.kbId === target[side]!.kbId && !deal.inferred?.[side]) {
      delete target.inferred[side];
    }
  }
  for (const item of deal.items) if (!target.items.includes(item)) target.items.push(item);
  for (const d of deal.designations) if (!target.designations.includes(d)) target.designations.push(d);
  target.category ??= deal.category;
  target.quantity ??= deal.quantity;
  if (target.amount === null && deal.amount !== null) Object.assign(target, { valueText: deal.valueText, amount: deal.amount, currency: deal.currency });
  if (target.periodStart === null && deal.period !== null && (deal.periodStart !== null || target.period === null)) {
    Object.assign(target, { period: deal.period, periodStart: deal.periodStart, periodEnd: deal.periodEnd });
  }
  if (target.statusUnstated && !deal.statusUnstated) {
    target.status = deal.status;
    delete target.statusUnstated;
  } else if (!deal.statusUnstated) {
    target.status = furtherStatus(target.status, deal.status);
  }
  if (target.evidence.statementIndex === null && deal.evidence.statementIndex !== null && target.evidence.start === deal.evidence.start) {
    target.evidence.statementIndex = deal.evidence.statementIndex;
  }
  let starts = evidenceStarts.get(target);
  if (!starts) evidenceStarts.set(target, (starts = new Set(target.additionalEvidence.map((e) => e.start))));
  for (const evidence of [deal.evidence, ...deal.additionalEvidence]) {
    if (evidence.start === target.evidence.start || starts.has(evidence.start)) continue;
    starts.add(evidence.start);
    target.additionalEvidence.push(evidence);
  }
}
