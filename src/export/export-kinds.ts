import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { actorCsvRecords, ACTOR_CSV_COLUMNS } from "./actor-export-row";
import { actorExportFilter } from "./actor-export-filter";
import { dealCsvRecords, DEAL_CSV_COLUMNS } from "./deal-export-row";
import { dealExportFilter } from "./deal-export-filter";
import type { ExportFormat } from "./export-options";
import { readActorRows } from "./read-actor-rows";
import { readDealRows } from "./read-deal-rows";
import { readStatementRows, type ReadRowsOptions } from "./read-statement-rows";
import { statementExportFilter } from "./statement-export-filter";
import { STATEMENT_LAYOUT } from "./write-statement-export";
import { writeRows, type WriteRowsOptions } from "./write-rows";

/** What can be exported. */
export const EXPORT_KINDS = ["statements", "deals", "actors"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The filter options each export takes, by name (the same on the command line and in the query string). */
export const EXPORT_OPTIONS: Record<ExportKind, readonly string[]> = {
  statements: ["speaker", "outlet", "language", "kind", "from", "to"],
  deals: ["supplier", "recipient", "status", "source", "designation", "category", "from", "to"],
  actors: ["kind", "name"],
};

/** An export ready to run: its filters checked. */
export type PreparedExport = (dataSource: DataSource, format: ExportFormat, out: Writable, options?: ReadRowsOptions & WriteRowsOptions) => Promise<number>;

/**
 * Checks an export's filter options (BAD_USER_INPUT naming the option when one is wrong) and returns the
 * export, which streams every matching row to `out` with backpressure and returns how many it wrote.
 */
export function prepareExport(kind: ExportKind, options: Record<string, string | undefined>): PreparedExport {
  switch (kind) {
    case "statements": {
      const filter = statementExportFilter(options);
      return (ds, format, out, o = {}) => writeRows(readStatementRows(ds, filter, o), STATEMENT_LAYOUT, format, out, o);
    }
    case "deals": {
      const filter = dealExportFilter(options);
      return (ds, format, out, o = {}) => writeRows(readDealRows(ds, filter, o), { csvColumns: DEAL_CSV_COLUMNS, csvRecords: dealCsvRecords }, format, out, o);
    }
    case "actors": {
      const filter = actorExportFilter(options);
      return (ds, format, out, o = {}) => writeRows(readActorRows(ds, filter, o), { csvColumns: ACTOR_CSV_COLUMNS, csvRecords: actorCsvRecords }, format, out, o);
    }
  }
}
