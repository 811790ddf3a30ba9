import type { StoreResult } from "./store-extraction";

/** The counts a bulk ingestion keeps of its writes. */
export interface WriteCounts {
  added: number;
  duplicates: number;
  statements: number;
}

/**
 * Counts one article's write (as ArticleWriter.write returns it) into `counts`; returns the reason
 * when the article failed, for the caller to list under its own name for the page.
 */
export function countWrite(counts: WriteCounts, result: StoreResult | Error): string | null {
  if (result instanceof Error) return result.message;
  if (result.status === "added") {
    counts.added++;
    counts.statements += result.statements;
  } else counts.duplicates++;
  return null;
}
