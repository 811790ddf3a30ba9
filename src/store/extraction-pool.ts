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

/** A page waiting for, or being extracted on, a thread. */
interface Job {
  task: ExtractionTask;
  resolve: (e: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Pages sent to this thread, in the order it extracts them: the first is the one being extracted. */
  sent: Job[];
  /** The time limit of the page being extracted (`sent[0]`). */
  timer: NodeJS.Timeout | null;
}

/** How a pool runs: its per-page time limit, how many pages each thread holds, and whether idle threads keep the process alive. */
export interface ExtractionPoolOptions {
  timeLimitMs?: number;
  /**
   * Pages sent to a thread before it answers the first (default 1). More keep a thread extracting while
   * the caller's thread is busy (storing a batch) and cannot hand it the next page; a page then waits
   * behind the ones sent before it, so a pool answering one page at a time keeps 1.
   */
  pagesPerThread?: number;
  /** A long-lived pool (the server's) lets the process exit while no page is being extracted. */
  idleThreadsKeepAlive?: boolean;
}

/**
 * Threads worth starting for `files` pages on this machine (INGEST_THREADS overrides): one per core
 * left free beside the main thread, which stores (at most 8), for 200 pages or more. Each thread costs
 * its own start-up (about a second to load the knowledge base), compiled code and heap: about 20% more
 * CPU in all, which fewer pages, or cores already busy with other work (the load average), do not
 * repay. On an idle two-core machine the one thread extracts while the main thread stores.
 */
export function extractionThreadsFor(files: number): number {
  const cores = os.availableParallelism();
  const freeCores = Math.floor(cores - os.loadavg()[0]);
  return files < 200 ? 0 : Math.max(0, Math.min(8, cores - 1, freeCores));
}

/**
 * Extracts files on worker threads with the bundled resources, so extraction runs on other cores
 * while the caller's thread writes to the database. Answers come in any order across threads. A page
 * that takes longer than the time limit (counted from when its thread is seen to start it) fails
 * alone: its thread is replaced and the pages queued behind it go to the next free thread.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  private readonly timeLimitMs: number;
  private readonly pagesPerThread: number;
  private readonly idleThreadsKeepAlive: boolean;

  constructor(size: number, { timeLimitMs = DEFAULT_EXTRACTION_TIME_LIMIT_MS, pagesPerThread = 1, idleThreadsKeepAlive = true }: ExtractionPoolOptions = {}) {
    this.timeLimitMs = timeLimitMs;
    this.pagesPerThread = Math.max(1, pagesPerThread);
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
      if (slot.timer) clearTimeout(slot.timer);
      for (const job of slot.sent.splice(0)) job.reject(new Error("the extraction pool was closed"));
      await slot.worker.terminate();
    }));
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: new Worker(path.join(__dirname, "extraction-worker.js")), sent: [], timer: null };
    if (!this.idleThreadsKeepAlive) slot.worker.unref();
    slot.worker.on("message", (answer: ExtractionTaskResult) => {
      const job = slot.sent[0];
      if (!job || job.task.id !== answer.id) return;
      slot.sent.shift();
      this.startTimer(slot);
      if (!slot.sent.length && !this.idleThreadsKeepAlive) slot.worker.unref();
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

  /**
   * Starts the time limit of the slot's current page (none when it has none). When it runs out, the
   * thread's answers already sent are read first (a timer runs before the messages that arrived while
   * this thread was busy): only a page still unanswered then has taken too long.
   */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.sent[0];
    slot.timer = job
      ? setTimeout(() => setImmediate(() => {
        if (slot.sent[0] === job) this.replace(slot, `extraction took longer than ${this.timeLimitMs / 1000} s; the page is probably malformed (split it or send it as plain text)`, true);
      }), this.timeLimitMs)
      : null;
  }

  /**
   * Fails the slot's current page with `reason` (an InputError when the page is to blame), puts the
   * pages sent after it back at the head of the queue, and puts a fresh thread in the slot's place.
   */
  private replace(slot: Slot, reason: string, pageAtFault = false): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const [current, ...waiting] = slot.sent.splice(0);
    current?.reject(pageAtFault ? new InputError(reason) : new Error(reason));
    this.queue.unshift(...waiting);
    void slot.worker.terminate();
    if (!this.closed) {
      this.slots.push(this.startSlot());
      this.dispatch();
    }
  }

  /** Sends queued pages to the threads with room, the least loaded first. */
  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.reduce<Slot | null>((best, s) => (s.sent.length < this.pagesPerThread && (!best || s.sent.length < best.sent.length) ? s : best), null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.sent.push(job);
      if (slot.sent.length === 1) this.startTimer(slot);
      slot.worker.ref();
      slot.worker.postMessage(job.task);
    }
  }
}
