/** How much of a date is known. A MONTH date is stored as the first of its month, a YEAR date as 1 January. */
export const DatePrecision = { DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR", UNKNOWN: "UNKNOWN" } as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];
