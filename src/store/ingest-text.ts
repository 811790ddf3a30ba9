import os from "node:os";
import type { DataSource } from "typeorm";
import { extractArticle, loadPipelineResources, type PipelineResources } from "../extract/pipeline";
import { recoverMisreadText } from "../inputs/decode-page";
import { ExtractionPool } from "./extraction-pool";
import { untilRequestDeadline } from "../db/request-deadline";
import { storeExtraction, type StoreOptions, type StoreResult } from "./store-extraction";
import type { SourceHints } from "../extract/types";
import type { InputFormat } from "../model/input-format";

let pagePool: ExtractionPool | undefined;

/**
 * The threads that extract pages sent one at a time (the `ingestArticle` mutation), started on first
 * use: one per core beside the main thread (at most 2), with bulk ingestion's per-page time limit.
 * Idle threads do not keep the process alive.
 */
function sharedPagePool(): ExtractionPool {
  pagePool ??= new ExtractionPool(Math.max(1, Math.min(2, os.availableParallelism() - 1)), { idleThreadsKeepAlive: false });
  return pagePool;
}

/**
 * Extracts one page and stores it (one transaction, `afterStore` included). Same text twice → "duplicate", nothing written.
 * A page its sender read in the wrong encoding (a UTF-16 or Windows-1251 file) is decoded again first (recoverMisreadText).
 * With the bundled resources (no `resources` given) the extraction runs on an extraction thread, so the
 * caller's event loop (the API server's) keeps answering meanwhile; a page refused or over the time
 * limit rejects with an InputError, and the wait ends at the caller's request deadline (RequestTimeoutError,
 * nothing stored). With `resources` it runs on this thread with them.
 */
export async function ingestText(
  dataSource: DataSource,
  text: string,
  options: { format?: InputFormat; hints?: SourceHints; resources?: PipelineResources; afterStore?: StoreOptions["afterStore"] } = {},
): Promise<StoreResult> {
  const { resources } = options;
  text = recoverMisreadText(text);
  const extraction = resources
    ? extractArticle(text, { ...options, resources })
    : await untilRequestDeadline(sharedPagePool().extractText({ text, format: options.format ?? "text", hints: options.hints ?? {} }));
  const weapons = (resources ?? loadPipelineResources()).weapons;
  return storeExtraction(dataSource, extraction, { weapons, afterStore: options.afterStore });
}
