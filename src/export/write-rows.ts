import { once } from "node:events";
import type { Writable } from "node:stream";
import { csvRecord } from "./csv-record";
import type { ExportFormat } from "./export-options";

/** How one kind of row is written: its CSV header, and the CSV records of one row (one or more). */
export interface RowLayout<T> {
  csvColumns: readonly string[];
  csvRecords(row: T): string[][];
}

export interface WriteRowsOptions {
  /** Starts a CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8. */
  bom?: boolean;
  /** Stops waiting for the destination once aborted. */
  signal?: AbortSignal;
}

/**
 * Streams rows to `out` (CSV with a header line, or NDJSON: one row a line), waiting for 'drain'
 * whenever the destination is full, so memory stays flat whatever the size. Does not end `out`.
 * Returns the number of rows written.
 */
export async function writeRows<T>(rows: AsyncIterable<T>, layout: RowLayout<T>, format: ExportFormat, out: Writable, options: WriteRowsOptions = {}): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain", { signal: options.signal });
  };
  if (format === "csv") await write(`${options.bom ? "\uFEFF" : ""}${csvRecord([...layout.csvColumns])}`);
  let count = 0;
  for await (const row of rows) {
    await write(format === "csv" ? layout.csvRecords(row).map(csvRecord).join("") : `${JSON.stringify(row)}\n`);
    count++;
  }
  return count;
}

/** A value as a CSV field: empty for null and undefined. */
export function csvField(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
