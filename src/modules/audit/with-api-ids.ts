import { toGlobalId, type GlobalIdType } from "../common/global-id";

/** The kinds of rows an audit entry's `before` and `after` may hold ids of. */
export type AuditedRowType = Extract<GlobalIdType, "Article" | "Statement" | "Actor" | "Deal" | "DealEvidence" | "ActorAlias" | "ActorRole">;

/** Fields that hold the row id of another type, wherever they appear ("speakerId": an Actor). */
const REFERENCES: Record<string, AuditedRowType> = {
  actorId: "Actor", speakerId: "Actor", viaId: "Actor", outletId: "Actor", countryId: "Actor", organizationId: "Actor",
  supplierId: "Actor", recipientId: "Actor", mergedInto: "Actor",
  articleId: "Article", statementId: "Statement", dealId: "Deal", sipriRecordId: "Deal",
  statementsReanchored: "Statement", dealsDeleted: "Deal", pressReports: "Deal",
};

/** Fields that hold a whole row of another type (`after: { alias: {...} }`): their `id` is that type's. */
const NESTED_ROWS: Record<string, AuditedRowType> = {
  alias: "ActorAlias", role: "ActorRole", evidence: "DealEvidence", deal: "Deal", keep: "Actor", merged: "Actor",
};

/** A row id of a type written as the API's `ID` fields write it: its global id. */
export function apiIdOf(type: AuditedRowType, rowId: number): string {
  return toGlobalId(type, rowId);
}

function rewriteIds(value: unknown, type: AuditedRowType, idType: AuditedRowType | null): unknown {
  if (typeof value === "number" && idType) return apiIdOf(idType, value);
  if (Array.isArray(value)) return value.map((item) => rewriteIds(item, type, idType));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => {
    if (NESTED_ROWS[key]) return [key, rewriteIds(field, NESTED_ROWS[key], null)];
    return [key, rewriteIds(field, type, key === "id" ? type : REFERENCES[key] ?? null)];
  }));
}

/**
 * An audit entry's `before` or `after` (a row of `type`, or a summary of a change) with every id in it
 * — the row's own `id`, references such as `speakerId` or `dealsDeleted`, the ids of nested rows
 * (`alias`, `evidence`…) — written as the API writes ids, so that a client can look them up again.
 * The log stores row ids; they are rewritten when read, so entries of every age come out alike.
 */
export function withApiIds(type: AuditedRowType, value: unknown): unknown {
  return rewriteIds(value, type, null);
}
