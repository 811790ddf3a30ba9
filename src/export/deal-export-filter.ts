import { DealStatus } from "../model/deal-status";
import type { DealFilter } from "../modules/deal/deal.filter";
import { userInputError } from "../modules/common/user-input-error";
import { listOption, presentOption, yearOption } from "./export-options";

/** The deal export's filters, as written on the command line and in the query string. */
export interface DealExportOptions {
  supplier?: string;
  recipient?: string;
  /** One status, or several separated by commas ("CONTRACTED,DELIVERED"). */
  status?: string;
  source?: string;
  designation?: string;
  category?: string;
  /** Years bounding the deal's year (periodStart, else orderYear). */
  from?: string;
  to?: string;
}

/**
 * Turns export options into the `deals` query filter, with the same meaning (names in any script,
 * designations in any spelling the gazetteer knows). Throws BAD_USER_INPUT naming the option for a
 * bad status, source or year.
 */
export function dealExportFilter(options: DealExportOptions): DealFilter {
  const source = listOption("source", options.source, ["PRESS", "SIPRI"]);
  if (source && source.length > 1) throw userInputError("source", `source must be PRESS or SIPRI, not both (got ${JSON.stringify(options.source)}).`);
  return {
    supplierName: presentOption(options.supplier),
    recipientName: presentOption(options.recipient),
    status: listOption("status", options.status, Object.values(DealStatus)),
    source: source?.[0] ?? null,
    designation: presentOption(options.designation),
    category: presentOption(options.category),
    yearFrom: yearOption("from", options.from),
    yearTo: yearOption("to", options.to),
  };
}
