/** The kinds of rows an audit entry's `before` and `after` may hold ids of. */
export type AuditedRowType = "Article" | "Statement" | "Actor" | "Deal" | "DealEvidence" | "ActorAlias" | "ActorRole" | "ApiKey";

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

/** A row id written as the API's `ID` fields write it. */
export function auditId(_type: AuditedRowType, rowId: number): string {
  return String(rowId);
}

function withApiIds(value: unknown, type: AuditedRowType, idType: AuditedRowType | null): unknown {
  if (typeof value === "number" && idType) return auditId(idType, value);
  if (Array.isArray(value)) return value.map((item) => withApiIds(item, type, idType));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => {
    if (NESTED_ROWS[key]) return [key, withApiIds(field, NESTED_ROWS[key], null)];
    return [key, withApiIds(field, NESTED_ROWS[key] ?? type, key === "id" ? type : REFERENCES[key] ?? null)];
  }));
}

/**
 * The JSON an audit entry stores for a row (or a summary of a change) of `type`: every id in it —
 * the row's own `id`, references such as `speakerId` or `dealsDeleted`, the ids of nested rows
 * (`alias`, `evidence`…) — written as the API writes ids, so that a client can look them up again.
 */
export function auditJson(type: AuditedRowType, value: unknown): string {
  return JSON.stringify(withApiIds(value, type, null));
}
