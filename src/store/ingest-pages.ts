import type { DataSource } from "typeorm";
import { countWrite } from "./count-write";
import { ArticleWriter } from "./article-writer";
import { extractArticle, type PipelineResources } from "../extract/pipeline";
import type { Extraction } from "../extract/types";
import type { PageItem } from "../inputs/input-page";

/** What a stream of pages did to the store. */
export interface IngestPagesSummary {
  /** Pages that reached extraction (after the topic filter). */
  read: number;
  added: number;
  duplicates: number;
  statements: number;
  failed: { source: string; reason: string }[];
}

/**
 * Extracts and stores a stream of pages (an archive, a dump, fetched URLs) in order, each article all
 * or nothing, with the writer's batched commits: a page that fails is listed with its reason and the
 * others go on; a page already stored counts as a duplicate. Pages are extracted on this thread as
 * they arrive, so memory holds one batch whatever the stream's length. `onProgress` runs after each page.
 */
export async function ingestPages(
  dataSource: DataSource,
  items: AsyncIterable<PageItem>,
  resources: PipelineResources,
  onProgress: (summary: IngestPagesSummary) => void = () => {},
  batchSize = 25,
): Promise<IngestPagesSummary> {
  const summary: IngestPagesSummary = { read: 0, added: 0, duplicates: 0, statements: 0, failed: [] };
  const writer = ArticleWriter.open(dataSource, resources.weapons);
  const batch: { source: string; extraction: Extraction }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const results = await writer.write(batch.map((b) => b.extraction));
    results.forEach((result, i) => {
      const reason = countWrite(summary, result);
      if (reason !== null) summary.failed.push({ source: batch[i].source, reason });
      onProgress(summary);
    });
    batch.length = 0;
  };
  try {
    for await (const item of items) {
      if ("failed" in item) {
        summary.failed.push(item.failed);
        onProgress(summary);
        continue;
      }
      summary.read++;
      const { page } = item;
      try {
        batch.push({ source: page.source, extraction: extractArticle(page.text, { format: page.format, hints: page.hints, resources }) });
      } catch (error) {
        summary.failed.push({ source: page.source, reason: (error as Error).message });
        onProgress(summary);
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await writer.close();
  }
  return summary;
}
