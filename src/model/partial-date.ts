import type { DatePrecision } from "./date-precision";

/** A calendar date that may be known only to the month or year. */
export interface PartialDate {
  /** `YYYY-MM-DD`, `YYYY-MM-01` for MONTH, `YYYY-01-01` for YEAR, null for UNKNOWN. */
  date: string | null;
  precision: DatePrecision;
}

/** The date nobody knows. */
export const UNKNOWN_DATE: PartialDate = Object.freeze({ date: null, precision: "UNKNOWN" }) as PartialDate;
