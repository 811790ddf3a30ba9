import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The deadline of a request (its time budget, REQUEST_TIMEOUT_MS). Work run under it
 * (`withRequestDeadline`) is seen by the SQL layer and the store without being passed down: no SQL
 * statement of it starts past the deadline (`refuseStatementPastDeadline`, called for every statement),
 * and waits on other threads (extraction) end there (`untilRequestDeadline`). The deadline is passed when
 * its timer fires or, should the event loop have been busy, as soon as the clock says so.
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /** `performance.now()` at the deadline. */
  readonly at: number;

  /** `reason` is what work stopped at the deadline rejects with. */
  constructor(readonly budgetMs: number, private readonly reason: () => Error) {
    this.at = performance.now() + budgetMs;
    this.timer = setTimeout(() => this.pass(), budgetMs);
    this.timer.unref();
  }

  /** Aborts at the deadline with the reason. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the deadline is passed (aborting the signal if its timer has not fired yet). */
  passed(): boolean {
    if (!this.controller.signal.aborted && performance.now() >= this.at) this.pass();
    return this.controller.signal.aborted;
  }

  /** Throws the reason once the deadline is passed. */
  throwIfPassed(): void {
    if (this.passed()) throw this.controller.signal.reason;
  }

  /** Stops the timer: the request is answered. */
  end(): void {
    clearTimeout(this.timer);
  }

  private pass(): void {
    if (!this.controller.signal.aborted) this.controller.abort(this.reason());
  }
}

const storage = new AsyncLocalStorage<RequestDeadline>();
let runningUnderDeadline = 0;

/**
 * Runs `work` (and everything it starts, even asynchronously) under `deadline`. Following work through its
 * promises costs time on every await of the process (async hooks) while any work runs under a deadline, so
 * the hooks are turned off again whenever none does; the API runs mutations under their deadline, not queries.
 */
export async function withRequestDeadline<T>(deadline: RequestDeadline, work: () => Promise<T>): Promise<T> {
  runningUnderDeadline++;
  try {
    return await storage.run(deadline, work);
  } finally {
    if (--runningUnderDeadline === 0) storage.disable();
  }
}

/** The deadline of the request the caller works for, if any. */
export function currentRequestDeadline(): RequestDeadline | undefined {
  return storage.getStore();
}

/**
 * Throws the deadline's reason when the caller's request is past its deadline: a statement of a
 * stopped request never starts. A ROLLBACK always may, so that a transaction cut short undoes itself.
 */
export function refuseStatementPastDeadline(sql: string): void {
  const deadline = storage.getStore();
  if (deadline?.passed() && !/^\s*ROLLBACK\b/i.test(sql)) throw deadline.signal.reason;
}

/**
 * Waits for `work` until the caller's request deadline, if any: past it, rejects with the deadline's
 * reason (the work itself is not stopped, its result is dropped).
 */
export function untilRequestDeadline<T>(work: Promise<T>): Promise<T> {
  const deadline = storage.getStore();
  if (!deadline) return work;
  if (deadline.passed()) return Promise.reject(deadline.signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(deadline.signal.reason);
    deadline.signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.signal.removeEventListener("abort", onAbort));
  });
}
