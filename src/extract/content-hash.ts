import { createHash } from "node:crypto";

/** SHA-256 (hex) of a page's text with line endings and trailing white space normalised: the same page hashes the same. */
export function contentHash(text: string): string {
  // Trailing blanks are cut line by line with a loop: the regex /[ \t]+$/gm it replaces backtracks
  // quadratically on a long run of blanks inside a line (a million spaces never finished). The lines
  // are split where that regex's `$` matched (\n, U+2028, U+2029), so every hash stays the same.
  const parts = text.replace(/\r\n?/g, "\n").split(/(\n|\u2028|\u2029)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = trimTrailingBlanks(parts[i]);
  return createHash("sha256").update(parts.join("").trim(), "utf8").digest("hex");
}

function trimTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}
