/**
 * Direction from who makes what: a deal is not read as a state importing its own systems.
 */
import type { WeaponGazetteer } from "../../knowledge/weapons";
import type { ExtractedDeal } from "../types";

/**
 * A deal read as going to the state that makes all its named systems, from one that does not
 * ("решении Германии передать Украине танки Leopard 2" read backwards), runs the other way: a
 * state does not import its own systems from a state that does not make them.
 */
export function turnAroundOwnMake(deal: ExtractedDeal, weapons: WeaponGazetteer): void {
  if (!deal.supplier || !deal.recipient || !deal.designations.length) return;
  const origins = new Set(deal.designations.map((d) => weapons.byDesignation(d)?.origin ?? null));
  if (origins.size !== 1 || !origins.has(deal.recipient.kbId) || origins.has(deal.supplier.kbId)) return;
  [deal.supplier, deal.recipient] = [deal.recipient, deal.supplier];
}
