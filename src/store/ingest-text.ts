import type { DataSource } from "typeorm";
import { extractArticle, loadPipelineResources, type PipelineResources } from "../extract/pipeline";
import { storeExtraction, type StoreOptions, type StoreResult } from "./store-extraction";
import type { SourceHints } from "../extract/types";
import type { InputFormat } from "../model/input-format";

/** Extracts one page and stores it (one transaction, `afterStore` included). Same text twice → "duplicate", nothing written. */
export async function ingestText(
  dataSource: DataSource,
  text: string,
  options: { format?: InputFormat; hints?: SourceHints; resources?: PipelineResources; afterStore?: StoreOptions["afterStore"] } = {},
): Promise<StoreResult> {
  const resources = options.resources ?? loadPipelineResources();
  const extraction = extractArticle(text, { ...options, resources });
  return storeExtraction(dataSource, extraction, { weapons: resources.weapons, afterStore: options.afterStore });
}
