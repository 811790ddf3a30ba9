/**
 * One RFC 4180 record ending in CRLF: fields containing a comma, a double quote, CR or LF (or
 * starting/ending with a space) are quoted, with quotes doubled; other fields are written as they are.
 */
export function csvRecord(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(",") + "\r\n";
}
