import path from "node:path";
import type { DataSource } from "typeorm";
import { ArticleWriter } from "./article-writer";
import type { ArticleFile } from "../inputs/collect-files";
import { ExtractionPool, extractionThreadsFor } from "./extraction-pool";
import { extractArticle, type PipelineResources } from "../extract/pipeline";
import { readInputFile } from "../inputs/read-input";
import type { Extraction } from "../extract/types";

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
  statements: number;
}

export interface IngestFilesOptions {
  /** Extraction threads; default from extractionThreadsFor (INGEST_THREADS overrides). 0 extracts on this thread with `resources`. */
  threads?: number;
  /** Articles per commit (each still all or nothing); default 25. */
  batchSize?: number;
}

/**
 * Ingests files in order, each article all or nothing: a failing file is reported with its reason
 * and leaves the store as it was, and the others go on. Large runs extract on worker threads (with
 * the bundled knowledge base) while this thread stores. `onProgress` is called after each file is stored.
 */
export async function ingestFiles(
  dataSource: DataSource,
  files: ArticleFile[],
  resources: PipelineResources,
  onProgress: (done: number, file: string) => void = () => {},
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, failed: [], statements: 0 };
  const threads = options.threads ?? extractionThreadsFor(files.length);
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const pool = threads > 0 ? new ExtractionPool(threads) : null;
  const extract = (file: ArticleFile): Promise<Extraction> =>
    pool ? pool.extract(file) : (async () => {
      const input = readInputFile(file.file);
      return extractArticle(input.text, { format: input.format, hints: file.hints, resources });
    })();
  const writer = ArticleWriter.open(dataSource, resources.weapons);
  // Extractions run ahead of storage by a window wide enough to keep every thread busy during a commit.
  const window = pool ? Math.max(batchSize * 2, threads * 4) : 1;
  const pending: Promise<Extraction>[] = [];
  let next = 0;
  let done = 0;
  const fill = () => {
    while (next < files.length && pending.length < window) pending.push(catchLater(extract(files[next++])));
  };
  try {
    while (done < files.length) {
      fill();
      const batch: { file: string; extraction: Extraction }[] = [];
      const batchStart = done;
      for (let i = batchStart; i < files.length && batch.length < batchSize; i++) {
        const file = files[i].file;
        try {
          batch.push({ file, extraction: await pending.shift()! });
        } catch (error) {
          await flush(batch);
          summary.failed.push({ file, reason: (error as Error).message });
          onProgress(++done, path.basename(file));
        }
        fill();
      }
      await flush(batch);
    }
  } finally {
    await writer.close();
    await pool?.close();
  }
  return summary;

  async function flush(batch: { file: string; extraction: Extraction }[]): Promise<void> {
    if (!batch.length) return;
    const results = await writer.write(batch.map((b) => b.extraction));
    results.forEach((result, i) => {
      if (result instanceof Error) summary.failed.push({ file: batch[i].file, reason: result.message });
      else if (result.status === "added") {
        summary.added++;
        summary.statements += result.statements;
      } else summary.duplicates++;
      onProgress(++done, path.basename(batch[i].file));
    });
    batch.length = 0;
  }
}

/** The same promise, marked as handled so a rejection waits for its turn instead of crashing the process. */
function catchLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
