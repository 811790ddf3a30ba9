import { userInputError } from "./user-input-error";

/**
 * Reads a GraphQL `ID` argument: ids are the decimal string of the row's integer id ("42").
 * Anything else is a BAD_USER_INPUT error naming the argument.
 */
export function parseId(argumentName: string, value: string | number): number {
  const text = String(value).trim();
  if (!/^\d{1,15}$/.test(text)) {
    throw userInputError(argumentName, `Argument "${argumentName}" must be a numeric ID such as "42" (got ${JSON.stringify(value)}).`);
  }
  return Number(text);
}
