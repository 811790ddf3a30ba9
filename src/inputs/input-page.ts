import type { InputFormat } from "../model/input-format";
import type { SourceHints } from "../extract/types";

/** One page taken from an archive, a dump or the web, decoded to text, with what its source says about it. */
export interface InputPage {
  /** Where the page came from, for messages ("dump.jsonl line 12", a URL). */
  source: string;
  text: string;
  format: InputFormat;
  hints: SourceHints;
}

/** What a page source yields in order: a page, or a page that could not be read and why. */
export type PageItem = { page: InputPage } | { failed: { source: string; reason: string } };

/** Counters a page source keeps while it is read, for progress and the summary. */
export interface PageSourceStats {
  /** Bytes of the input consumed so far, and its size when known (0 when not). */
  bytesRead: number;
  bytesTotal: number;
  /** Records or lines read, pages among them turned away by the topic filter, records that are not pages. */
  records: number;
  filteredOut: number;
  skipped: number;
}

/** A stream of pages with its live counters. */
export interface PageSource {
  items: AsyncIterable<PageItem>;
  stats: PageSourceStats;
}

/** Fresh counters for a source of `bytesTotal` bytes. */
export function newStats(bytesTotal = 0): PageSourceStats {
  return { bytesRead: 0, bytesTotal, records: 0, filteredOut: 0, skipped: 0 };
}
