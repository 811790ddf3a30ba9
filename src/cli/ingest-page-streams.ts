import type { DataSource } from "typeorm";
import { SingleBar, Presets } from "cli-progress";
import { ingestPages, type IngestPagesSummary } from "../store/ingest-pages";
import type { PipelineResources } from "../extract/pipeline";
import type { PageSource } from "../inputs/input-page";

/**
 * `ingest` over one page stream (an archive, a dump, a URL list): stores it with a progress bar in
 * bytes (or records when the size is unknown), then prints the summary — read, kept by the filter,
 * added, duplicates, failed — and each failure with its reason. Returns the exit code (1 when any failed).
 */
export async function ingestPageStream(dataSource: DataSource, name: string, source: PageSource, resources: PipelineResources): Promise<number> {
  const { stats } = source;
  const sized = stats.bytesTotal > 0;
  const bar = new SingleBar(
    {
      format: sized ? "ingest [{bar}] {percentage}% | {mb}/{totalMb} MB | {records} records | {added} added" : "ingest {records} read | {added} added | {failed} failed",
      noTTYOutput: true,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  const payload = (s?: IngestPagesSummary) => ({
    mb: (stats.bytesRead / 1048576).toFixed(1),
    totalMb: (stats.bytesTotal / 1048576).toFixed(1),
    records: stats.records,
    added: s?.added ?? 0,
    failed: s?.failed.length ?? 0,
  });
  bar.start(sized ? stats.bytesTotal : 0, 0, payload());
  const started = Date.now();
  const summary = await ingestPages(dataSource, source.items, resources, (s) => bar.update(sized ? stats.bytesRead : stats.records, payload(s)));
  bar.update(sized ? stats.bytesTotal : stats.records, payload(summary));
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  const kept = stats.records - stats.skipped - stats.filteredOut;
  console.log(
    `${name}: ${stats.records} records read (${stats.skipped} not pages), ${kept} kept by the filter, ${summary.added} added (${summary.statements} statements), ` +
      `${summary.duplicates} skipped as duplicates, ${summary.failed.length} failed — ${(stats.bytesRead / 1048576).toFixed(1)} MB in ${seconds.toFixed(1)} s`,
  );
  for (const failure of summary.failed) console.log(`  failed: ${failure.source}: ${failure.reason}`);
  return summary.failed.length ? 1 : 0;
}
