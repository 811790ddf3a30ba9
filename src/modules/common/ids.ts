import { fromGlobalId, type GlobalIdType } from "./global-id";
import { MAX_ROW_ID, NO_SUCH_ROW_ID } from "./row-id";
import { userInputError } from "./user-input-error";

/**
 * Reads a GraphQL `ID` argument that names a row of `type`: its global id (the `id` field, see
 * global-id.ts) or, for clients written when ids were row ids, the row id as digits ("42", the `rowId`
 * field). A global id of another type, or a string that is neither, is a BAD_USER_INPUT error naming
 * the argument. An id too large for a row ("123456789012345") reads as NO_SUCH_ROW_ID, so a lookup finds
 * nothing (null, an empty page, NOT_FOUND) on both engines instead of PostgreSQL refusing the value.
 */
export function parseId(argumentName: string, value: string | number, type: GlobalIdType): number {
  const text = String(value).trim();
  if (/^\d{1,15}$/.test(text)) {
    const id = Number(text);
    return id > MAX_ROW_ID ? NO_SUCH_ROW_ID : id;
  }
  const decoded = fromGlobalId(text);
  if (!decoded) {
    throw userInputError(argumentName, `Argument "${argumentName}" must be the id of ${article(type)} ${type}, as its "id" field gives it (or its rowId such as "42"); got ${JSON.stringify(value)}.`);
  }
  if (decoded.type !== type) {
    throw userInputError(argumentName, `Argument "${argumentName}" is the id of ${article(decoded.type)} ${decoded.type}; it takes the id of ${article(type)} ${type}.`);
  }
  return decoded.rowId;
}

function article(type: string): string {
  return /^[AEIOU]/.test(type) ? "an" : "a";
}
