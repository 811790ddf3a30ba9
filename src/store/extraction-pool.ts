import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "../inputs/collect-files";
import { InputError } from "../errors/input-error";
import type { Extraction, SourceHints } from "../extract/types";
import type { InputFormat } from "../model/input-format";

/** A page already in memory (the `ingestArticle` mutation's text), for an extraction thread. */
export interface PageText {
  text: string;
  format: InputFormat;
  hints: SourceHints;
}

/** What is to be extracted: a file to read, or a page's text. */
type ExtractionSource = { hints: SourceHints } & ({ file: string } | { text: string; format: InputFormat });

/** What an extraction thread is sent. */
export type ExtractionTask = ExtractionSource & { id: number };

/** An extraction thread's answer: the extraction, or why the page could not be extracted (`inputError`: the page's fault). */
export type ExtractionTaskResult = { id: number; extraction: Extraction } | { id: number; error: string; inputError: boolean };

/** Longest one page may take to extract before its thread is replaced and the page reported as failed. */
export const DEFAULT_EXTRACTION_TIME_LIMIT_MS = 60_000;

interface Slot {
  worker: Worker;
  busy: { task: ExtractionTask; resolve: (e: Extraction) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null;
}

/** How a pool runs: its per-page time limit, and whether idle threads keep the process alive. */
export interface ExtractionPoolOptions {
  timeLimitMs?: number;
  /** A long-lived pool (the server's) lets the process exit while no page is being extracted. */
  idleThreadsKeepAlive?: boolean;
}

/**
 * Threads worth starting for `files` pages on this machine (INGEST_THREADS overrides). Each thread
 * costs its own start-up, compiled code and heap: on two cores, 1,000 to 3,000 generated articles
 * went no faster with threads than on the main thread alone, which also stores. So: threads only
 * for 200 pages or more on four cores or more, one per core left beside the main thread (at most 8).
 */
export function extractionThreadsFor(files: number): number {
  const cores = os.availableParallelism();
  return files < 200 || cores < 4 ? 0 : Math.min(8, cores - 1);
}

/**
 * Extracts files on worker threads with the bundled resources, so extraction runs on every core
 * while the caller's thread writes to the database. A page that takes longer than the time limit
 * fails alone: its thread is replaced.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: ExtractionTask; resolve: (e: Extraction) => void; reject: (e: Error) => void }[] = [];
  private nextId = 1;
  private closed = false;

  private readonly timeLimitMs: number;
  private readonly idleThreadsKeepAlive: boolean;

  constructor(size: number, { timeLimitMs = DEFAULT_EXTRACTION_TIME_LIMIT_MS, idleThreadsKeepAlive = true }: ExtractionPoolOptions = {}) {
    this.timeLimitMs = timeLimitMs;
    this.idleThreadsKeepAlive = idleThreadsKeepAlive;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.startSlot());
  }

  /** The extraction of one file; rejects with the reason when it cannot be read or extracted. */
  extract({ file, hints }: ArticleFile): Promise<Extraction> {
    return this.submit({ file, hints });
  }

  /**
   * The extraction of a page's text on a thread, so the caller's event loop stays free; rejects with an
   * InputError when the page is refused or takes longer than the time limit.
   */
  extractText({ text, format, hints }: PageText): Promise<Extraction> {
    return this.submit({ text, format, hints });
  }

  private submit(task: ExtractionSource): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { ...task, id: this.nextId++ } as ExtractionTask, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the threads; pending extractions are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the extraction pool was closed"));
    await Promise.all(this.slots.map(async (slot) => {
      if (slot.busy) {
        clearTimeout(slot.busy.timer);
        slot.busy.reject(new Error("the extraction pool was closed"));
      }
      await slot.worker.terminate();
    }));
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: new Worker(path.join(__dirname, "extraction-worker.js")), busy: null };
    if (!this.idleThreadsKeepAlive) slot.worker.unref();
    slot.worker.on("message", (answer: ExtractionTaskResult) => {
      const job = slot.busy;
      if (!job || job.task.id !== answer.id) return;
      clearTimeout(job.timer);
      slot.busy = null;
      if (!this.idleThreadsKeepAlive) slot.worker.unref();
      if ("error" in answer) job.reject(answer.inputError ? new InputError(answer.error) : new Error(answer.error));
      else job.resolve(answer.extraction);
      this.dispatch();
    });
    slot.worker.on("error", (error) => this.replace(slot, `the extraction thread failed: ${error.message}`));
    slot.worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `the extraction thread exited with code ${code}`);
    });
    return slot;
  }

  /** Fails the slot's page with `reason` (an InputError when the page is to blame) and puts a fresh thread in its place. */
  private replace(slot: Slot, reason: string, pageAtFault = false): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      slot.busy.reject(pageAtFault ? new InputError(reason) : new Error(reason));
      slot.busy = null;
    }
    void slot.worker.terminate();
    if (!this.closed) {
      this.slots.push(this.startSlot());
      this.dispatch();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => this.replace(slot, `extraction took longer than ${this.timeLimitMs / 1000} s; the page is probably malformed (split it or send it as plain text)`, true), this.timeLimitMs);
      slot.busy = { ...job, timer };
      slot.worker.ref();
      slot.worker.postMessage(job.task);
    }
  }
}
