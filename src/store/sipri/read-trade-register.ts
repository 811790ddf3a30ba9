/**
 * Reads a SIPRI trade-register CSV export: Latin-1 text, a block of metadata lines, then a header
 * row (Recipient, Supplier, Year of order, …) and one row per deal. Bracketed figures ("(100)") and
 * a "?" in the marker column after a figure mark estimates.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/** One trade-register row, cells typed, estimates flagged. */
export interface SipriRecord {
  /** Line of the file where the row starts (1-based). */
  line: number;
  recipient: string | null;
  supplier: string;
  orderYear: number | null;
  orderYearEstimated: boolean;
  numberOrdered: number | null;
  numberOrderedEstimated: boolean;
  designation: string;
  description: string | null;
  numberDelivered: number | null;
  numberDeliveredEstimated: boolean;
  deliveryYears: string | null;
  deliveryYearsEstimated: boolean;
  status: string | null;
  comments: string | null;
  tivPerUnit: number | null;
  tivTotalOrder: number | null;
  tivDelivered: number | null;
}

/** A row that could not be read, with why. */
export interface SipriRowFailure {
  line: number;
  reason: string;
}

/** The rows of one export: those read, and those refused. */
export interface TradeRegister {
  records: SipriRecord[];
  failures: SipriRowFailure[];
}

/** Columns of the export, by their header text (lower-cased); unnamed columns right after a figure hold its "?" marker. */
const COLUMNS = {
  recipient: "recipient",
  supplier: "supplier",
  orderYear: "year of order",
  numberOrdered: "number ordered",
  designation: "weapon designation",
  description: "weapon description",
  numberDelivered: "number delivered",
  deliveryYears: "year(s) of delivery",
  status: "status",
  comments: "comments",
  tivPerUnit: "sipri tiv per unit",
  tivTotalOrder: "sipri tiv for total order",
  tivDelivered: "sipri tiv of delivered weapons",
} as const;

type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["recipient", "supplier", "designation"];

/** Reads the export at `file` (Latin-1). */
export function readTradeRegisterFile(file: string): TradeRegister {
  return readTradeRegister(readFileSync(file));
}

/**
 * Reads an export from its bytes. Throws when no header row is found (the message says which
 * columns were expected); rows that cannot be read are returned as failures with their line.
 */
export function readTradeRegister(bytes: Uint8Array): TradeRegister {
  const text = new TextDecoder("latin1").decode(bytes).replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const headerIndex = lines.findIndex((l) => /^"?recipient"?\s*,/i.test(l.trim()) && /supplier/i.test(l));
  if (headerIndex < 0) {
    throw new Error(`No header row found: expected a line starting with "Recipient,Supplier,Year of order,…" (the SIPRI trade-register CSV export).`);
  }
  const rows = parse(text, { from_line: headerIndex + 1, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, trim: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const header = rows[0].record.map((h) => h.toLowerCase().replace(/\s+/g, " ").trim());
  const index = {} as Record<Column, number>;
  for (const [key, name] of Object.entries(COLUMNS) as Array<[Column, string]>) index[key] = header.indexOf(name);
  const missing = REQUIRED.filter((c) => index[c] < 0);
  if (missing.length) throw new Error(`The header row (line ${headerIndex + 1}) lacks the columns ${missing.map((c) => `"${COLUMNS[c]}"`).join(", ")}.`);

  const records: SipriRecord[] = [];
  const failures: SipriRowFailure[] = [];
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    if (record.every((cell) => !cell)) continue;
    const cell = (c: Column) => (index[c] >= 0 ? (record[index[c]] ?? "").trim() : "");
    const marker = (c: Column) => index[c] >= 0 && header[index[c] + 1] === "" && (record[index[c] + 1] ?? "").includes("?");
    try {
      if (!cell("supplier")) throw new Error("no supplier");
      if (!cell("designation")) throw new Error("no weapon designation");
      const orderYear = figure(cell("orderYear"), "year of order");
      const ordered = figure(cell("numberOrdered"), "number ordered");
      const delivered = figure(cell("numberDelivered"), "number delivered");
      const years = cell("deliveryYears");
      records.push({
        line,
        recipient: /^unknown/i.test(cell("recipient")) || !cell("recipient") ? null : cell("recipient"),
        supplier: cell("supplier"),
        orderYear: orderYear.value,
        orderYearEstimated: orderYear.estimated || marker("orderYear"),
        numberOrdered: ordered.value,
        numberOrderedEstimated: ordered.estimated || marker("numberOrdered"),
        designation: cell("designation"),
        description: cell("description") || null,
        numberDelivered: delivered.value,
        numberDeliveredEstimated: delivered.estimated || marker("numberDelivered"),
        deliveryYears: years.replace(/[()?]/g, "").trim() || null,
        deliveryYearsEstimated: /[()?]/.test(years) || marker("deliveryYears"),
        status: cell("status") || null,
        comments: cell("comments") || null,
        tivPerUnit: tiv(cell("tivPerUnit"), "TIV per unit"),
        tivTotalOrder: tiv(cell("tivTotalOrder"), "TIV for total order"),
        tivDelivered: tiv(cell("tivDelivered"), "TIV of delivered weapons"),
      });
    } catch (error) {
      failures.push({ line, reason: (error as Error).message });
    }
  }
  return { records, failures };
}

/** A whole number as SIPRI prints it: "62", "(100)" (estimate), "" (unknown). */
function figure(text: string, what: string): { value: number | null; estimated: boolean } {
  const estimated = /[()?]/.test(text);
  const bare = text.replace(/[()?\s]/g, "");
  if (!bare) return { value: null, estimated };
  if (!/^\d+$/.test(bare)) throw new Error(`${what} "${text}" is not a number`);
  return { value: Number(bare), estimated };
}

function tiv(text: string, what: string): number | null {
  const bare = text.replace(/[()?\s]/g, "");
  if (!bare) return null;
  const value = Number(bare);
  if (!Number.isFinite(value)) throw new Error(`${what} "${text}" is not a number`);
  return value;
}
