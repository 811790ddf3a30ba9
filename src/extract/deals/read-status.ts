import { CONTRACTED_MARKER, DELIVERED_MARKER, NEGATED_CONTRACT, NEGATION, RUMOUR_MARKER, STATUS_MARKERS, type TriggerDirection } from "./lexicon";
import type { Word } from "./text-spans";
import type { DealStatus } from "../../model/deal-status";

/** A transfer verb in the past: the goods changed hands ("received", "delivered", "получил", "поставили"). */
const ARRIVED = /^(?:delivered|received|supplied|sold|transferred|handed|acquired|bought|obtained|procured|got|получил\p{L}*|поставил\p{L}*|передал\p{L}*|закупил\p{L}*|приобр[её]л\p{L}*|купил\p{L}*|продал\p{L}*)$/u;

/**
 * The status a clause gives its deal: a negated transfer verb is DENIED; then the strongest marker
 * (denied, cancelled, negotiating, sought, offered, planned); then hedges (RUMOURED), then past
 * transfer verbs (DELIVERED) and contracts (CONTRACTED). Null for a bare transfer word ("поставки Су-35 в
 * Алжир укрепят …", "the sale of jets to Peru"): nothing says how far the transfer went.
 */
export function readStatus(text: string, words: Word[], trigger: Word, direction: TriggerDirection, textStart = 0): DealStatus | null {
  const clause = text.toLowerCase();
  const i = words.indexOf(trigger);
  if (words.slice(Math.max(0, i - 2), i).some((w) => NEGATION.test(w.fold)) || NEGATED_CONTRACT.test(clause)) return "DENIED";
  // "Nigeria has received 12 helicopters … under a sale approved in 2022": when the clause's own verb says the goods
  // arrived, a plan or an offer told after it is the deal's history, not its status
  const arrived = ARRIVED.test(trigger.fold);
  const upToTrigger = clause.slice(0, Math.max(0, trigger.end - textStart));
  for (const { status, pattern } of STATUS_MARKERS) {
    const prospective = status === "SOUGHT" || status === "OFFERED" || status === "PLANNED";
    if (pattern.test(arrived && prospective ? upToTrigger : clause)) return status;
  }
  if (RUMOUR_MARKER.test(clause)) return "RUMOURED";
  if (DELIVERED_MARKER.test(clause)) return "DELIVERED";
  if (CONTRACTED_MARKER.test(clause) || direction === "NEUTRAL") return "CONTRACTED";
  return null;
}

/** Statuses that speak of a transfer still to come; the others speak of one done or agreed. */
export function isProspective(status: DealStatus): boolean {
  return status === "SOUGHT" || status === "OFFERED" || status === "NEGOTIATING" || status === "PLANNED";
}

const ORDER: DealStatus[] = ["RUMOURED", "SOUGHT", "OFFERED", "NEGOTIATING", "PLANNED", "CONTRACTED", "DELIVERED", "CANCELLED", "DENIED"];

/** The further along of two statuses (DELIVERED over CONTRACTED, NEGOTIATING over SOUGHT). */
export function furtherStatus(a: DealStatus, b: DealStatus): DealStatus {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
