import "reflect-metadata";
import { registerEnumType } from "type-graphql";
import { DatePrecision } from "../../model/date-precision";

/** The model's DatePrecision, registered as a GraphQL enum (types import it from here so the registration runs first). */
export { DatePrecision };
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How much of a date is known. A MONTH date is stored as the first of the month, a YEAR date as 1 January." });

/** Sort direction of a connection. */
export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, { name: "SortDirection" });
