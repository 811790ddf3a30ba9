import type { DataSource } from "typeorm";
import { extractArticle, type PipelineResources } from "./pipeline";
import { storeExtraction, type StoreOptions, type StoreResult } from "./store";
import type { InputFormat, SourceHints } from "./types";

/** Extracts one page and stores it (one transaction, `afterStore` included). Same text twice → "duplicate", nothing written. */
export async function ingestText(
  dataSource: DataSource,
  text: string,
  options: { format?: InputFormat; hints?: SourceHints; resources?: PipelineResources; afterStore?: StoreOptions["afterStore"] } = {},
): Promise<StoreResult> {
  const extraction = extractArticle(text, options);
  return storeExtraction(dataSource, extraction, { afterStore: options.afterStore });
}
