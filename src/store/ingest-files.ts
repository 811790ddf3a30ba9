import path from "node:path";
import { countWrite } from "./count-write";
import type { DataSource } from "typeorm";
import { ArticleWriter } from "./article-writer";
import type { ArticleFile } from "../inputs/collect-files";
import { ExtractionPool, extractionThreadsFor } from "./extraction-pool";
import { ExtractionsAhead } from "./extractions-ahead";
import type { PipelineResources } from "../extract/pipeline";
import { readInputFile } from "../inputs/read-input";
import type { Extraction } from "../extract/types";
import { contentHash } from "../extract/content-hash";
import { namedQuery } from "../db/named-query";

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
  statements: number;
}

export interface IngestFilesOptions {
  /** Extraction threads (Config.ingestThreads); when undefined, extractionThreadsFor decides. 0 extracts on this thread with `resources`. */
  threads?: number;
  /** Articles per commit (each still all or nothing); default 25. */
  batchSize?: number;
}

/**
 * Ingests files in order, each article all or nothing: a failing file is reported with its reason
 * and leaves the store as it was, and the others go on. Large runs extract on worker threads (with
 * the bundled knowledge base) while this thread stores: the two overlap. Files whose content hash the store already
 * holds are counted as duplicates before any extraction (a restart over the same corpus extracts
 * nothing). `onProgress` is called after each file is stored or skipped.
 */
export async function ingestFiles(
  dataSource: DataSource,
  files: ArticleFile[],
  resources: PipelineResources,
  onProgress: (done: number, file: string) => void = () => {},
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, failed: [], statements: 0 };
  const stored = await storedFiles(dataSource, files);
  let skipped = 0;
  for (const file of files) {
    if (!stored.has(file)) continue;
    summary.duplicates++;
    onProgress(++skipped, path.basename(file.file));
  }
  files = files.filter((file) => !stored.has(file));
  const threads = options.threads ?? extractionThreadsFor(files.length);
  const batchSize = Math.max(1, options.batchSize ?? 25);
  // Each thread holds a batch's worth of pages, so it goes on extracting while this thread stores a batch.
  const pool = threads > 0 ? new ExtractionPool(threads, { pagesPerThread: batchSize }) : null;
  const writer = ArticleWriter.open(dataSource, resources.weapons);
  // Extractions run ahead of storage by a window wide enough to keep every thread busy during a commit.
  const extractions = new ExtractionsAhead(files, resources, pool, threads * batchSize, (threads + 1) * batchSize);
  let done = 0;
  const report = (file: string) => onProgress(skipped + ++done, path.basename(file));
  try {
    while (done < files.length) {
      const batch: { file: string; extraction: Extraction }[] = [];
      const batchStart = done;
      for (let i = batchStart; i < files.length && batch.length < batchSize; i++) {
        const file = files[i].file;
        try {
          batch.push({ file, extraction: await extractions.take() });
        } catch (error) {
          await flush(batch);
          summary.failed.push({ file, reason: (error as Error).message });
          report(file);
        }
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
      const reason = countWrite(summary, result);
      if (reason !== null) summary.failed.push({ file: batch[i].file, reason });
      report(batch[i].file);
    });
    batch.length = 0;
  }
}

const HASH_CHUNK = 500;

/** The files whose text the store already holds (same content hash). Unreadable files are left to the ingestion, which reports them. */
async function storedFiles(dataSource: DataSource, files: ArticleFile[]): Promise<Set<ArticleFile>> {
  const stored = new Set<ArticleFile>();
  for (let i = 0; i < files.length; i += HASH_CHUNK) {
    const byHash = new Map<string, ArticleFile[]>();
    for (const file of files.slice(i, i + HASH_CHUNK)) {
      let hash: string;
      try {
        hash = contentHash(readInputFile(file.file).text);
      } catch {
        continue;
      }
      byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
    }
    if (!byHash.size) continue;
    const rows = await namedQuery(dataSource.manager, `SELECT "contentHash" AS hash FROM articles WHERE "contentHash" IN (:...hashes)`, { hashes: [...byHash.keys()] });
    for (const row of rows) for (const file of byHash.get(row.hash as string) ?? []) stored.add(file);
  }
  return stored;
}
