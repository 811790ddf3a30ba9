import type { DataSource } from "typeorm";
import { backoff, isTransientConflict } from "./transient-errors";

/** The PostgreSQL advisory lock key that serialises start-up work (migrations, knowledge-base sync) across processes. */
const POSTGRES_LOCK_KEY = 4_151_763_740;

/** How long a process waits for another one's start-up work before giving up. */
const WAIT_LIMIT_MS = 10 * 60_000;

/**
 * Runs `work` while no other process runs start-up work on the same store, so that several
 * processes started together on a fresh database migrate and sync once, one after the other. On
 * SQLite `work` runs inside one `BEGIN IMMEDIATE` transaction on the single connection (all or
 * nothing; `work` must not start its own transaction); on PostgreSQL it runs under a session
 * advisory lock (released by the server if the process dies). A process that has to wait says so
 * once on stderr.
 */
export async function withStoreLock<T>(dataSource: DataSource, what: string, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type === "postgres") {
    const runner = dataSource.createQueryRunner("master");
    try {
      const [got] = await runner.query(`SELECT pg_try_advisory_lock($1) AS ok`, [POSTGRES_LOCK_KEY]);
      if (!got.ok) {
        process.stderr.write(`Waiting for another process to finish ${what} on this database…\n`);
        await runner.query(`SELECT pg_advisory_lock($1)`, [POSTGRES_LOCK_KEY]);
      }
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [POSTGRES_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await dataSource.query("BEGIN IMMEDIATE");
      break;
    } catch (error) {
      if (!isTransientConflict(error) || Date.now() - started > WAIT_LIMIT_MS) throw error;
      if (attempt === 0) process.stderr.write(`Waiting for another process to finish ${what} on this database…\n`);
      await backoff(attempt);
    }
  }
  try {
    const result = await work();
    await dataSource.query("COMMIT");
    return result;
  } catch (error) {
    await dataSource.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
