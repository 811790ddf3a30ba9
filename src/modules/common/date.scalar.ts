import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { calendarDateProblem } from "./calendar-date";

/**
 * Builds a string date scalar whose input is checked against the calendar (2024-02-30 and 2025-13-45
 * are refused with the reason and the expected form). Output passes stored `YYYY-MM-DD` strings through
 * (a JS Date becomes its UTC day). graphql-scalars' LocalDate does the same check but names itself
 * LocalDate and its errors do not say what is wrong, hence this one.
 */
function dateScalar(name: string, description: string, partial: boolean, example: string): GraphQLScalarType<string, string> {
  const check = (value: unknown, node?: ValueNode): string => {
    if (typeof value !== "string") {
      throw new GraphQLError(`${name} must be a string such as "${example}" (got ${JSON.stringify(value)}).`, { nodes: node });
    }
    const problem = calendarDateProblem(value, partial);
    if (problem) throw new GraphQLError(`"${value}" is not a valid ${name}: ${problem}; write a real date such as "${example}".`, { nodes: node });
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
    parseValue: (value) => check(value),
    parseLiteral: (node) => check(node.kind === Kind.STRING ? node.value : undefined, node),
    extensions: { codegenScalarType: "string" },
  });
}

/** A calendar day, `YYYY-MM-DD`. */
export const DateScalar = dateScalar("Date", "A calendar day written YYYY-MM-DD, e.g. 2024-02-29. Days that do not exist (2024-02-30, 2025-13-45) are refused.", false, "2024-02-29");

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (filter bounds, dates known only in part). */
export const PartialDateScalar = dateScalar(
  "PartialDate",
  "A year, month or day: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2016, 2016-03 or 2016-03-31. Months and days that do not exist are refused.",
  true,
  "2016-03-31",
);
