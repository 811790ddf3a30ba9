import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { addQueryTime } from "./query-counter";

/** Prepared SQLite statements kept per database, least recently used dropped first (IN lists of every length make many texts). */
const MAX_PREPARED = 500;

/**
 * Rows as the driver reads them in array mode: each row's values in the order of `columns`. `columns` is the same
 * array for every read of one SQL text, so what is derived from it (rowReader's readers) is derived once.
 */
export interface RowSet {
  columns: readonly string[];
  rows: readonly unknown[][];
}

interface SqliteStatement {
  raw(toggle: boolean): SqliteStatement;
  all(...parameters: unknown[]): unknown[][];
  columns(): { name: string }[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface PgPool {
  query(config: { name: string; text: string; values: unknown[]; rowMode: "array" }): Promise<{ rows: unknown[][]; fields: { name: string }[] }>;
}

/** A prepared SQLite statement with its result's column names. */
interface PreparedSqlite {
  statement: SqliteStatement;
  columns: readonly string[];
}

const prepared = new WeakMap<object, Map<string, PreparedSqlite>>();

/**
 * Runs a read (SQL with the engine's own markers: `?` on SQLite, `$1…` on PostgreSQL) straight on the
 * driver, past TypeORM's query runner: a better-sqlite3 statement prepared once per SQL text, a named
 * PostgreSQL statement (parsed and planned once per connection; on a replica when replicas are set).
 * Rows come back as the driver gives them in array mode (no object per row), not hydrated. Counted and timed
 * in QueryStats like any query.
 */
export async function readRows(dataSource: DataSource, sql: string, parameters: readonly unknown[] = []): Promise<RowSet> {
  dataSource.logger.logQuery(sql, [...parameters]);
  const started = performance.now();
  try {
    const driver = dataSource.driver as unknown as { options: { type: string }; databaseConnection?: SqliteDatabase; master?: PgPool; slaves?: PgPool[] };
    if (driver.options.type === "postgres") {
      const slaves = driver.slaves ?? [];
      const pool = slaves.length ? slaves[Math.floor(Math.random() * slaves.length)] : driver.master!;
      const named = pgStatement(sql);
      const result = await pool.query({ name: named.name, text: sql, values: [...parameters], rowMode: "array" });
      named.columns ??= result.fields.map((field) => field.name);
      return { columns: named.columns, rows: result.rows };
    }
    const { statement, columns } = sqliteStatement(driver.databaseConnection!, sql);
    return { columns, rows: statement.all(...parameters.map((p) => (typeof p === "boolean" ? Number(p) : p))) };
  } finally {
    addQueryTime(performance.now() - started);
  }
}

function sqliteStatement(database: SqliteDatabase, sql: string): PreparedSqlite {
  let cache = prepared.get(database);
  if (!cache) prepared.set(database, (cache = new Map()));
  let entry = cache.get(sql);
  if (entry) {
    cache.delete(sql);
  } else {
    const statement = database.prepare(sql).raw(true);
    entry = { statement, columns: statement.columns().map((column) => column.name) };
    if (cache.size >= MAX_PREPARED) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, entry);
  return entry;
}

/** A named PostgreSQL statement: its name, and its result's column names once a read has returned them. */
interface NamedStatement {
  name: string;
  columns?: readonly string[];
}

const named = new Map<string, NamedStatement>();

/** The PostgreSQL statement of this SQL text: a name that only this text gets. */
function pgStatement(sql: string): NamedStatement {
  let statement = named.get(sql);
  if (!statement) {
    statement = { name: `armsgraph_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}` };
    if (named.size >= MAX_PREPARED) named.delete(named.keys().next().value!);
    named.set(sql, statement);
  }
  return statement;
}
