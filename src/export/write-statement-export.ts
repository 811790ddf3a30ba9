import { once } from "node:events";
import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import type { StatementFilter } from "../modules/statement/statement.filter";
import { csvRecord } from "./csv-record";
import { readStatementRows, type ReadRowsOptions } from "./read-statement-rows";
import { CSV_COLUMNS, csvValues, type StatementExportRow } from "./statement-export-row";

export type ExportFormat = "csv" | "ndjson";

export interface WriteExportOptions extends ReadRowsOptions {
  /** Starts a CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8. */
  bom?: boolean;
}

/** Narrows a string to an export format, throwing with the accepted values otherwise. */
export function parseExportFormat(value: string | undefined): ExportFormat {
  if (value === "csv" || value === "ndjson") return value;
  throw new Error(`--format must be csv or ndjson (got ${JSON.stringify(value ?? "")}).`);
}

/** One row in a format: a CSV record, or one line of JSON. */
export function formatRow(row: StatementExportRow, format: ExportFormat): string {
  return format === "csv" ? csvRecord(csvValues(row)) : `${JSON.stringify(row)}\n`;
}

/**
 * Streams every statement matching the filter to `out` (CSV with a header line, or NDJSON),
 * waiting for 'drain' whenever the destination is full, so memory stays flat whatever the size.
 * Does not end `out`. Returns the number of statements written.
 */
export async function writeStatementExport(
  dataSource: DataSource, filter: StatementFilter, format: ExportFormat, out: Writable, options: WriteExportOptions = {},
): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain", { signal: options.signal });
  };
  if (format === "csv") await write(`${options.bom ? "\uFEFF" : ""}${csvRecord([...CSV_COLUMNS])}`);
  let count = 0;
  for await (const row of readStatementRows(dataSource, filter, options)) {
    await write(formatRow(row, format));
    count++;
  }
  return count;
}
