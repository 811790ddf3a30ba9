/**
 * Makes TypeORM's SQLite transactions take the write lock when they begin: TypeORM sends a deferred
 * `BEGIN TRANSACTION`, and in WAL mode a deferred transaction that reads and then writes fails at
 * once with SQLITE_BUSY (no busy wait) when another process wrote in between. `BEGIN IMMEDIATE`
 * waits for the lock (the busy timeout) and then works on fresh data. TypeORM has no option for
 * it, so the connection's `prepare` rewrites that one statement; everything else passes through.
 */
export function beginImmediately(db: { prepare(source: string): unknown }): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (source: string) => prepare(source === "BEGIN TRANSACTION" ? "BEGIN IMMEDIATE" : source);
}
