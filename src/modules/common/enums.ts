import "reflect-metadata";
import { registerEnumType } from "type-graphql";

/** How much of a date is known; a MONTH date is the first of its month, a YEAR date the first of its year. */
export const DatePrecision = { DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR", UNKNOWN: "UNKNOWN" } as const;
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How much of a date is known. A MONTH date is stored as the first of the month, a YEAR date as 1 January." });

/** Sort direction of a connection. */
export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, { name: "SortDirection" });
