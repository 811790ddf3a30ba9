import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import type { StatementFilter } from "../modules/statement/statement.filter";
import type { ExportFormat } from "./export-options";
import { readStatementRows, type ReadRowsOptions } from "./read-statement-rows";
import { CSV_COLUMNS, csvValues, type StatementExportRow } from "./statement-export-row";
import { writeRows, type RowLayout, type WriteRowsOptions } from "./write-rows";

export type WriteExportOptions = ReadRowsOptions & WriteRowsOptions;

/** Statements as CSV records: one per statement. */
export const STATEMENT_LAYOUT: RowLayout<StatementExportRow> = { csvColumns: CSV_COLUMNS, csvRecords: (row) => [csvValues(row)] };

/**
 * Streams every statement matching the filter to `out` (CSV with a header line, or NDJSON), with
 * backpressure, so memory stays flat whatever the size. Does not end `out`. Returns the number of statements written.
 */
export function writeStatementExport(
  dataSource: DataSource, filter: StatementFilter, format: ExportFormat, out: Writable, options: WriteExportOptions = {},
): Promise<number> {
  return writeRows(readStatementRows(dataSource, filter, options), STATEMENT_LAYOUT, format, out, options);
}
