import { createHash } from "node:crypto";

/** SHA-256 (hex) of a page's text with line endings and trailing white space normalised: the same page hashes the same. */
export function contentHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}
