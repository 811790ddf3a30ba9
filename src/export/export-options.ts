import { userInputError } from "../modules/common/user-input-error";

/** The formats every export is written in: CSV (RFC 4180, a header line) or NDJSON (one JSON object a line). */
export type ExportFormat = "csv" | "ndjson";

/** Narrows a string to an export format, throwing with the accepted values otherwise. */
export function parseExportFormat(value: string | undefined): ExportFormat {
  if (value === "csv" || value === "ndjson") return value;
  throw new Error(`--format must be csv or ndjson (got ${JSON.stringify(value ?? "")}).`);
}

/** An option's value trimmed, or null when it is absent or blank. */
export function presentOption(value: string | undefined): string | null {
  return value === undefined || value.trim() === "" ? null : value.trim();
}

/**
 * The comma-separated values of an option ("DIRECT,PARTIAL"), upper-cased, or null when it is absent;
 * BAD_USER_INPUT naming the option when a value is not one of `allowed`.
 */
export function listOption(option: string, value: string | undefined, allowed: readonly string[]): string[] | null {
  const values = presentOption(value)?.split(",").map((v) => v.trim().toUpperCase()).filter(Boolean) ?? null;
  const unknown = values?.find((v) => !allowed.includes(v));
  if (unknown) throw userInputError(option, `${option} must be ${allowed.join(", ")} or a comma-separated list of them (got ${JSON.stringify(unknown)}).`);
  return values;
}

/** A whole-number option (a year), or null when absent; BAD_USER_INPUT naming the option otherwise. */
export function yearOption(option: string, value: string | undefined): number | null {
  const text = presentOption(value);
  if (text === null) return null;
  if (!/^\d{1,4}$/.test(text)) throw userInputError(option, `${option} must be a year such as 2015 (got ${JSON.stringify(text)}).`);
  return Number(text);
}
