import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { addQueryTime } from "./query-counter";

/** Prepared SQLite statements kept per database, least recently used dropped first (IN lists of every length make many texts). */
const MAX_PREPARED = 500;

interface SqliteStatement {
  all(...parameters: unknown[]): Record<string, unknown>[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

const prepared = new WeakMap<object, Map<string, SqliteStatement>>();

/**
 * Runs a read (SQL with the engine's own markers: `?` on SQLite, `$1…` on PostgreSQL) straight on the
 * driver, past TypeORM's query runner: a better-sqlite3 statement prepared once per SQL text, a named
 * PostgreSQL statement (parsed and planned once per connection; on a replica when replicas are set).
 * Rows come back as the driver gives them, not hydrated. Counted and timed in QueryStats like any query.
 */
export async function readRows(dataSource: DataSource, sql: string, parameters: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
  dataSource.logger.logQuery(sql, [...parameters]);
  const started = performance.now();
  try {
    const driver = dataSource.driver as unknown as { options: { type: string }; databaseConnection?: SqliteDatabase; master?: PgPool; slaves?: PgPool[] };
    if (driver.options.type === "postgres") {
      const slaves = driver.slaves ?? [];
      const pool = slaves.length ? slaves[Math.floor(Math.random() * slaves.length)] : driver.master!;
      return (await pool.query({ name: statementName(sql), text: sql, values: [...parameters] })).rows;
    }
    const database = driver.databaseConnection!;
    return sqliteStatement(database, sql).all(...parameters.map((p) => (typeof p === "boolean" ? Number(p) : p)));
  } finally {
    addQueryTime(performance.now() - started);
  }
}

function sqliteStatement(database: SqliteDatabase, sql: string): SqliteStatement {
  let cache = prepared.get(database);
  if (!cache) prepared.set(database, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) {
    cache.delete(sql);
  } else {
    statement = database.prepare(sql);
    if (cache.size >= MAX_PREPARED) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, statement);
  return statement;
}

const names = new Map<string, string>();

/** A PostgreSQL statement name that only this SQL text gets. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `armsgraph_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    if (names.size >= MAX_PREPARED) names.delete(names.keys().next().value!);
    names.set(sql, name);
  }
  return name;
}
