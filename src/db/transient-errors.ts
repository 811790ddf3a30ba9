/**
 * Classifies database errors a retry can cure, on either engine, and spaces the retries: a writer
 * that lost a race to another process (a lock held, a stale snapshot, a deadlock, a serialization
 * failure) wrote nothing and can start its transaction again. Also names the one a retry cannot: a
 * statement PostgreSQL stopped (its statement timeout).
 */

const TRANSIENT_CODES = new Set([
  "40P01", // PostgreSQL: deadlock detected
  "40001", // PostgreSQL: serialization failure
  "55P03", // PostgreSQL: lock not available
  "SQLITE_BUSY", // SQLite: another connection holds the write lock past the busy timeout
  "SQLITE_BUSY_SNAPSHOT", // SQLite WAL: a read snapshot went stale before its write
  "SQLITE_BUSY_RECOVERY",
  "SQLITE_LOCKED",
]);

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return e?.driverError?.code ?? e?.code;
}

/** Another writer got in the way (lock, stale snapshot, deadlock, serialization): nothing was written, a new attempt may pass. */
export function isTransientConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && TRANSIENT_CODES.has(code);
}

/** A unique index refused a row (on either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

/**
 * PostgreSQL stopped the statement (57014 query_canceled): its statement timeout, which the API ties
 * to the request's time budget, or a cancel request. Not transient: the same statement would run as long again.
 */
export function isStatementCancelled(error: unknown): boolean {
  return codeOf(error) === "57014";
}

/** Attempts a write transaction gets when it keeps losing races (about 20 s of backoff in all). */
export const WRITE_ATTEMPTS = 10;

/** Waits before attempt `attempt + 1`: exponential from 25 ms, capped at 5 s, with jitter so racing writers spread out. */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(5_000, 25 * 2 ** attempt);
  const ms = ceiling / 2 + Math.random() * (ceiling / 2);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
