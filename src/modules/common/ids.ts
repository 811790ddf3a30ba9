import { userInputError } from "./user-input-error";

/** The largest row id either engine stores (ids are 32-bit integers: `integer` on PostgreSQL). */
export const MAX_ROW_ID = 2_147_483_647;

/** What parseId gives for a well-formed id that no row can have (beyond MAX_ROW_ID): 0, which no row has either (ids start at 1). */
export const NO_SUCH_ROW_ID = 0;

/**
 * Reads a GraphQL `ID` argument: ids are the decimal string of the row's integer id ("42").
 * Anything else is a BAD_USER_INPUT error naming the argument. A number too large to be a row id
 * ("123456789012345") reads as NO_SUCH_ROW_ID, so a lookup finds nothing (null, an empty page,
 * NOT_FOUND) on both engines instead of PostgreSQL refusing the value as out of range.
 */
export function parseId(argumentName: string, value: string | number): number {
  const text = String(value).trim();
  if (!/^\d{1,15}$/.test(text)) {
    throw userInputError(argumentName, `Argument "${argumentName}" must be a numeric ID such as "42" (got ${JSON.stringify(value)}).`);
  }
  const id = Number(text);
  return id > MAX_ROW_ID ? NO_SUCH_ROW_ID : id;
}
