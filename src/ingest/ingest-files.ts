import path from "node:path";
import type { DataSource } from "typeorm";
import type { ArticleFile } from "./collect-files";
import type { PipelineResources } from "./pipeline";
import { ingestText } from "./ingest-text";
import { readInputFile } from "./read-input";

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
  statements: number;
}

/**
 * Ingests files one by one, each in its own transaction: a failing file is reported with its
 * reason and leaves the store as it was, and the others go on. `onProgress` is called after each file.
 */
export async function ingestFiles(
  dataSource: DataSource,
  files: ArticleFile[],
  resources: PipelineResources,
  onProgress: (done: number, file: string) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, failed: [], statements: 0 };
  let done = 0;
  for (const { file, hints } of files) {
    try {
      const input = readInputFile(file);
      const result = await ingestText(dataSource, input.text, { format: input.format, hints, resources });
      if (result.status === "added") {
        summary.added++;
        summary.statements += result.statements;
      } else summary.duplicates++;
    } catch (error) {
      summary.failed.push({ file, reason: (error as Error).message });
    }
    onProgress(++done, path.basename(file));
  }
  return summary;
}
