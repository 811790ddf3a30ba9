import { calendarDateProblem } from "./calendar-date";
import { userInputError } from "./user-input-error";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Turns a filter bound written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a comparable `YYYY-MM-DD`:
 * the first day it covers for a lower bound, the last for an upper bound ("2016" → "2016-12-31").
 */
export function dateBound(argumentName: string, value: string, side: "from" | "to"): string {
  const match = PARTIAL_DATE.exec(value.trim());
  const problem = calendarDateProblem(value.trim(), true);
  if (!match || problem) {
    throw userInputError(argumentName, `"${argumentName}" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)}: ${problem}).`);
  }
  const [, year, month, day] = match;
  if (side === "from") return `${year}-${month ?? "01"}-${day ?? "01"}`;
  return `${year}-${month ?? "12"}-${day ?? "31"}`;
}
