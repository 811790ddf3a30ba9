import type { ArticleFile } from "../inputs/collect-files";
import { readInputFile } from "../inputs/read-input";
import { extractArticle, loadPipelineResources, type PipelineResources } from "../extract/pipeline";
import type { Extraction } from "../extract/types";
import type { ExtractionPool } from "./extraction-pool";

/** A file's extraction, made or under way, and whether it is known to be over. */
interface Ahead {
  result: Promise<Extraction>;
  settled: boolean;
}

/**
 * The extractions of a list of files, handed out in the files' order, made ahead of the caller
 * (which stores them) on the pool's threads, `pagesInPool` at a time. While the caller waits for a
 * file still on a thread, this thread extracts files further on itself (at most `window` files
 * ahead), so on two cores both keep busy: the threads extract, this thread stores and extracts
 * what the threads have not reached; only with the bundled resources, which the threads use, so
 * that every file is extracted alike. Without a pool every file is extracted here when asked for.
 * A file that cannot be read or extracted gives a rejected promise in its turn.
 */
export class ExtractionsAhead {
  private readonly ahead: Ahead[] = [];
  private next = 0;
  private inPool = 0;

  constructor(
    private readonly files: readonly ArticleFile[],
    private readonly resources: PipelineResources,
    private readonly pool: ExtractionPool | null,
    private readonly pagesInPool: number,
    private readonly window: number,
  ) {}

  /** The next file's extraction (rejects with the reason it failed); call it once per file. */
  async take(): Promise<Extraction> {
    this.fill();
    while (this.pool && this.resources === loadPipelineResources() && !this.ahead[0]?.settled && this.next < this.files.length && this.ahead.length < this.window) {
      this.ahead.push(this.extractHere(this.files[this.next++]));
      // Lets the threads' answers in before deciding whether to extract another one here.
      await new Promise((resolve) => setImmediate(resolve));
      this.fill();
    }
    if (!this.ahead.length) this.ahead.push(this.extractHere(this.files[this.next++]));
    return this.ahead.shift()!.result;
  }

  /** Hands the pool files until it holds `pagesInPool` (the window allowing). */
  private fill(): void {
    if (!this.pool) return;
    while (this.next < this.files.length && this.inPool < this.pagesInPool && this.ahead.length < this.window) {
      this.inPool++;
      const entry: Ahead = { result: this.pool.extract(this.files[this.next++]), settled: false };
      const over = () => {
        entry.settled = true;
        this.inPool--;
      };
      entry.result.then(over, over);
      this.ahead.push(entry);
    }
  }

  private extractHere(file: ArticleFile): Ahead {
    try {
      const input = readInputFile(file.file);
      return { result: Promise.resolve(extractArticle(input.text, { format: input.format, hints: file.hints, resources: this.resources })), settled: true };
    } catch (error) {
      const result = Promise.reject(error as Error);
      result.catch(() => undefined); // handled in its turn, by the caller
      return { result, settled: true };
    }
  }
}
