import type { EntityManager } from "typeorm";
import { Actor } from "../actor/actor.entity";
import { parseId } from "../common/ids";
import { userInputError } from "../common/user-input-error";
import type { Deal } from "./deal.entity";
import type { DealInput } from "./deal.input";
import { findOrFail } from "../common/find-or-fail";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COPIED = ["designation", "description", "category", "numberOrdered", "numberDelivered", "orderYear", "deliveryYears",
  "comments", "valueText", "amount", "period", "periodStart", "periodEnd", "status"] as const;

/**
 * The column values a DealInput sets, validated: only the fields present in the input (null
 * clears), supplier and recipient must be actors, currency three letters, dates YYYY-MM-DD,
 * counts not negative. Errors are BAD_USER_INPUT naming `input.<field>`.
 */
export async function dealChanges(manager: EntityManager, input: DealInput): Promise<Partial<Deal>> {
  const changes: Partial<Deal> = {};
  const set = changes as Record<string, unknown>;
  if (input.source !== undefined) {
    if (input.source === null) throw userInputError("input.source", "input.source cannot be null (PRESS or SIPRI).");
    changes.source = input.source as Deal["source"];
  }
  for (const party of ["supplierId", "recipientId"] as const) {
    const value = input[party];
    if (value === undefined) continue;
    set[party] = value === null ? null : (await findOrFail(manager, Actor, parseId(`input.${party}`, value, "Actor"), `input.${party}`, "actor")).id;
  }
  if (input.items !== undefined) {
    const items = (input.items ?? []).map((item) => item.trim()).filter(Boolean);
    changes.items = [...new Set(items)];
  }
  for (const field of COPIED) if (input[field] !== undefined) set[field] = input[field];
  for (const field of ["numberOrdered", "numberDelivered"] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && value < 0) throw userInputError(`input.${field}`, `input.${field} cannot be negative.`);
  }
  if (input.currency !== undefined) {
    const currency = input.currency?.trim().toUpperCase() ?? null;
    if (currency !== null && !/^[A-Z]{3}$/.test(currency)) throw userInputError("input.currency", `input.currency must be an ISO 4217 code such as USD (got ${JSON.stringify(input.currency)}).`);
    changes.currency = currency;
  }
  if (input.statusReportedOn !== undefined) {
    if (input.statusReportedOn !== null && !DATE.test(input.statusReportedOn)) throw userInputError("input.statusReportedOn", "input.statusReportedOn must be YYYY-MM-DD.");
    changes.statusReportedOn = input.statusReportedOn;
  }
  return changes;
}

/** Throws BAD_USER_INPUT when a deal's period ends before it starts. */
export function checkDealPeriod(deal: Pick<Deal, "periodStart" | "periodEnd">): void {
  if (deal.periodStart !== null && deal.periodEnd !== null && deal.periodEnd < deal.periodStart) {
    throw userInputError("input.periodEnd", `input.periodEnd (${deal.periodEnd}) is before periodStart (${deal.periodStart}).`);
  }
}
