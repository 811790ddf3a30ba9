import { MAX_ROW_ID } from "./row-id";
import { userInputError } from "./user-input-error";

/** Where a page starts: the sort value and id of the last node of the previous page. */
export interface CursorPosition {
  value: string | number;
  id: number;
}

/** Encodes a position in a named order as an opaque cursor. */
export function encodeCursor(order: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([order, position.value, position.id]), "utf8").toString("base64url");
}

/**
 * Decodes a cursor made by `encodeCursor` for the same order. A malformed cursor, one from
 * another field or order, or a forged one whose id or numeric sort value no 32-bit column can hold,
 * is a BAD_USER_INPUT error naming the argument (never a value the database refuses).
 */
export function decodeCursor(argumentName: string, order: string, cursor: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded.length === 3 && decoded[0] === order
    && (typeof decoded[1] === "string" || isStoredInteger(decoded[1])) && isStoredInteger(decoded[2]) && decoded[2] >= 0) {
    return { value: decoded[1], id: decoded[2] };
  }
  throw userInputError(argumentName, `Argument "${argumentName}" is not a cursor of this connection in this order: ` +
    `pass the endCursor of a previous page returned by the same field with the same orderBy.`);
}

/** An integer a 32-bit column holds: ids, offsets. */
function isStoredInteger(value: unknown): value is number {
  return Number.isInteger(value) && Math.abs(value as number) <= MAX_ROW_ID;
}
