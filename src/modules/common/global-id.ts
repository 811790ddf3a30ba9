import { MAX_ROW_ID, NO_SUCH_ROW_ID } from "./row-id";

/** The GraphQL types whose ids are global: every Node type, and audit entries. */
export const GLOBAL_ID_TYPES = ["Article", "Statement", "Actor", "Deal", "DealEvidence", "ActorAlias", "ActorRole", "Mention", "AuditEntry"] as const;
export type GlobalIdType = (typeof GLOBAL_ID_TYPES)[number];

/** A global id read back: the type it names and the row id (NO_SUCH_ROW_ID when no 32-bit row can have it). */
export interface DecodedGlobalId {
  type: GlobalIdType;
  rowId: number;
}

const DECODED = /^([A-Za-z]+):(\d{1,15})$/;

/**
 * The API's id of a row: base64url of "Type:rowId" ("Actor:3" → "QWN0b3I6Mw"), opaque like the cursors
 * (src/modules/common/cursor.ts) and unique across types, as Relay's `Node.id` must be.
 */
export function toGlobalId(type: GlobalIdType, rowId: number): string {
  return Buffer.from(`${type}:${rowId}`, "utf8").toString("base64url");
}

/** Reads a global id (base64url or padded base64); null for anything `toGlobalId` could not have written. */
export function fromGlobalId(id: string): DecodedGlobalId | null {
  const text = id.trim();
  if (!/^[A-Za-z0-9_\-+/]+={0,2}$/.test(text)) return null;
  const match = DECODED.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || !(GLOBAL_ID_TYPES as readonly string[]).includes(match[1])) return null;
  const rowId = Number(match[2]);
  return { type: match[1] as GlobalIdType, rowId: rowId > MAX_ROW_ID || rowId < 1 ? NO_SUCH_ROW_ID : rowId };
}
