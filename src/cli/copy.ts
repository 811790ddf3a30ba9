import "reflect-metadata";
import fs from "node:fs";
import { Presets, SingleBar } from "cli-progress";
import type { DataSource, QueryRunner } from "typeorm";
import { createDataSource, openDatabase } from "../db/data-source";
import { parseDatabaseUrl } from "../db/database-url";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run copy -- --from sqlite:data/armsgraph.sqlite --to postgres://user@host:5432/db [--batch N]
Copies a whole armsgraph store into another database (typically the SQLite file into PostgreSQL):
migrates the target, copies every table in foreign-key order keeping the ids, resets PostgreSQL
sequences and checks the row counts. The target must be empty.`;

export interface CopyOptions {
  from: string;
  to: string;
  /** Rows per INSERT (capped so one statement stays under the driver's parameter limit). */
  batchSize?: number;
  onStart?: (totalRows: number) => void;
  onProgress?: (copiedRows: number, table: string) => void;
}

export interface CopyReport {
  tables: { table: string; rows: number }[];
  totalRows: number;
  seconds: number;
}

/** Thrown (with a message meant for the user) when the target already holds data. */
export class TargetNotEmptyError extends Error {}

interface TableInfo {
  name: string;
  columns: string[];
  /** Columns that reference the same table: inserted as NULL, then set once the table is complete. */
  selfReferences: string[];
  booleans: Set<string>;
  dependsOn: Set<string>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies every table of the store at `from` into the empty store at `to`; see `usage`. */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const started = process.hrtime.bigint();
  const sourceTarget = parseDatabaseUrl(options.from);
  const targetTarget = parseDatabaseUrl(options.to);
  if (sourceTarget.engine === targetTarget.engine && JSON.stringify(sourceTarget) === JSON.stringify(targetTarget)) {
    throw new Error("--from and --to name the same database.");
  }
  if (sourceTarget.engine === "sqlite" && sourceTarget.file !== ":memory:" && !fs.existsSync(sourceTarget.file)) {
    throw new Error(`The source SQLite file ${sourceTarget.file} does not exist: give the store's path, e.g. --from sqlite:data/armsgraph.sqlite`);
  }
  const source = createDataSource({ url: options.from, replicaUrls: [] });
  await source.initialize().catch((error: Error) => {
    throw new Error(`Could not open the source ${describe(options.from)}: ${error.message}`, { cause: error });
  });
  let target: DataSource | undefined;
  try {
    if (await source.showMigrations()) {
      throw new Error(`The source ${describe(options.from)} has migrations that were not run: run "npm run migrate" on it (DATABASE_URL=${options.from}) first, so both schemas match.`);
    }
    target = await openDatabase({ url: options.to, replicaUrls: [] });
    const tables = await readTables(source, target);
    await refuseNonEmpty(target, tables, options.to);

    const counts = new Map<string, number>();
    for (const t of tables) counts.set(t.name, await countRows(source, t.name));
    const totalRows = [...counts.values()].reduce((a, b) => a + b, 0);
    options.onStart?.(totalRows);

    const runner = target.createQueryRunner("master");
    await runner.connect();
    let copied = 0;
    try {
      await runner.startTransaction();
      for (const table of tables) {
        copied = await copyTable(source, runner, target, table, options.batchSize ?? 1000, copied, options.onProgress);
      }
      if (target.options.type === "postgres") {
        for (const table of tables) await resetSequence(runner, table.name);
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }

    const report: CopyReport = { tables: [], totalRows, seconds: 0 };
    const mismatches: string[] = [];
    for (const t of tables) {
      const expected = counts.get(t.name)!;
      const actual = await countRows(target, t.name);
      if (actual !== expected) mismatches.push(`${t.name}: ${expected} in the source, ${actual} in the target`);
      report.tables.push({ table: t.name, rows: actual });
    }
    if (mismatches.length) throw new Error(`Row counts differ after the copy:\n  ${mismatches.join("\n  ")}`);
    report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return report;
  } finally {
    await target?.destroy();
    await source.destroy();
  }
}

function describe(url: string): string {
  const t = parseDatabaseUrl(url);
  return t.engine === "sqlite" ? `SQLite file ${t.file}` : `PostgreSQL database ${t.url.replace(/\/\/[^@/]*@/, "//***@")}`;
}

async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
  return Number(row.n);
}

/** The store's tables (those of the entities) in an order where every table comes after the tables it references. */
async function readTables(source: DataSource, target: DataSource): Promise<TableInfo[]> {
  const names = await listTables(source);
  const inTarget = new Set(await listTables(target));
  const missing = names.filter((n) => !inTarget.has(n));
  if (missing.length) throw new Error(`The target lacks tables the source has (${missing.join(", ")}): are both at the same armsgraph version?`);
  const sourceSchema = await readSchema(source, names);
  const targetSchema = await readSchema(target, names);
  const infos: TableInfo[] = [];
  for (const name of names) {
    const from = sourceSchema.get(name)!;
    const to = targetSchema.get(name)!;
    const targetColumns = new Map(to.columns.map((c) => [c.name, c]));
    // Generated columns (the PostgreSQL search vector) are computed by the target itself.
    const columns = from.columns.filter((c) => !c.generated && targetColumns.has(c.name) && !targetColumns.get(c.name)!.generated).map((c) => c.name);
    const selfReferences: string[] = [];
    const dependsOn = new Set<string>();
    for (const fk of from.foreignKeys) {
      if (fk.referenced === name) selfReferences.push(fk.column);
      else if (names.includes(fk.referenced)) dependsOn.add(fk.referenced);
    }
    const booleans = new Set(to.columns.filter((c) => /^bool/i.test(c.type)).map((c) => c.name));
    infos.push({ name, columns, selfReferences, booleans, dependsOn });
  }
  return topologicalOrder(infos);
}

interface TableSchema {
  columns: { name: string; type: string; generated: boolean }[];
  foreignKeys: { column: string; referenced: string }[];
}

/** Columns and foreign keys of each table, read from the catalog (TypeORM's getTables needs its own metadata table for generated columns). */
async function readSchema(dataSource: DataSource, tables: string[]): Promise<Map<string, TableSchema>> {
  const out = new Map<string, TableSchema>(tables.map((t) => [t, { columns: [], foreignKeys: [] }]));
  if (dataSource.options.type === "postgres") {
    const columns: { table: string; name: string; type: string; generated: string }[] = await dataSource.query(
      `SELECT table_name AS "table", column_name AS name, data_type AS type, is_generated AS generated FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    );
    for (const c of columns) out.get(c.table)?.columns.push({ name: c.name, type: c.type, generated: c.generated === "ALWAYS" });
    const keys: { table: string; referenced: string; column: string }[] = await dataSource.query(
      `SELECT cl.relname AS "table", ref.relname AS referenced, a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class ref ON ref.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND n.nspname = current_schema()`,
    );
    for (const k of keys) out.get(k.table)?.foreignKeys.push({ column: k.column, referenced: k.referenced });
    return out;
  }
  for (const table of tables) {
    const schema = out.get(table)!;
    const columns: { name: string; type: string; hidden: number }[] = await dataSource.query(`PRAGMA table_xinfo(${quote(table)})`);
    for (const c of columns) schema.columns.push({ name: c.name, type: c.type, generated: c.hidden === 2 || c.hidden === 3 });
    const keys: { table: string; from: string }[] = await dataSource.query(`PRAGMA foreign_key_list(${quote(table)})`);
    for (const k of keys) schema.foreignKeys.push({ column: k.from, referenced: k.table });
  }
  return out;
}

/**
 * The data tables of a store: every base table except the migration log and derived search
 * indexes (SQLite FTS5 tables and their shadow tables, rebuilt by the target's own triggers).
 */
async function listTables(dataSource: DataSource): Promise<string[]> {
  const migrationsTable = dataSource.options.migrationsTableName ?? "migrations";
  const rows: { name: string; sql?: string | null }[] = dataSource.options.type === "postgres"
    ? await dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
    : await dataSource.query(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? "")).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((name) => name !== migrationsTable && name !== "typeorm_metadata" && !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
    .sort();
}

function topologicalOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: TableInfo, path: string[]) => {
    if (state.get(t.name) === "done") return;
    if (state.get(t.name) === "visiting") throw new Error(`Tables reference each other in a cycle (${[...path, t.name].join(" → ")}): copy cannot order them.`);
    state.set(t.name, "visiting");
    for (const dep of [...t.dependsOn].sort()) visit(byName.get(dep)!, [...path, t.name]);
    state.set(t.name, "done");
    ordered.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, []);
  return ordered;
}

async function refuseNonEmpty(target: DataSource, tables: TableInfo[], url: string): Promise<void> {
  const filled: string[] = [];
  for (const t of tables) {
    const n = await countRows(target, t.name);
    if (n > 0) filled.push(`${t.name} (${n} rows)`);
  }
  if (filled.length) {
    throw new TargetNotEmptyError(
      `The target ${describe(url)} is not empty: ${filled.join(", ")}. copy only fills an empty store, so that ids are kept; ` +
        `create a new database (createdb armsgraph2) or empty this one, then run copy again.`,
    );
  }
}

async function copyTable(
  source: DataSource, runner: QueryRunner, target: DataSource, table: TableInfo, batchSize: number, copiedBefore: number,
  onProgress?: (copiedRows: number, table: string) => void,
): Promise<number> {
  const postgres = target.options.type === "postgres";
  // PostgreSQL binds at most 65535 parameters per statement, SQLite 32766.
  const rowsPerInsert = Math.max(1, Math.min(batchSize, Math.floor((postgres ? 60000 : 30000) / table.columns.length)));
  const columnList = table.columns.map(quote).join(", ");
  const selfRefs = new Set(table.selfReferences);
  const deferred: { id: unknown; column: string; value: unknown }[] = [];
  const hasId = table.columns.includes("id");
  let copied = copiedBefore;
  let lastId: number | null = null;
  let offset = 0;
  for (;;) {
    // Keyset pagination on id keeps each page cheap on large tables; tables without an id page by offset.
    const rows: Record<string, unknown>[] = hasId
      ? await source.query(
          `SELECT ${columnList} FROM ${quote(table.name)}${lastId === null ? "" : ` WHERE "id" > ${source.options.type === "postgres" ? "$1" : "?"}`} ORDER BY "id" LIMIT ${rowsPerInsert}`,
          lastId === null ? [] : [lastId],
        )
      : await source.query(`SELECT ${columnList} FROM ${quote(table.name)} ORDER BY ${columnList} LIMIT ${rowsPerInsert} OFFSET ${offset}`);
    if (!rows.length) break;
    offset += rows.length;
    if (hasId) lastId = Number(rows[rows.length - 1].id);
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const placeholders = table.columns.map((column) => {
        let value = row[column];
        if (selfRefs.has(column) && value !== null && value !== undefined) {
          deferred.push({ id: row.id, column, value });
          value = null;
        }
        params.push(convert(value, table.booleans.has(column), postgres));
        return postgres ? `$${params.length}` : "?";
      });
      return `(${placeholders.join(", ")})`;
    });
    await runner.query(`INSERT INTO ${quote(table.name)} (${columnList}) VALUES ${tuples.join(", ")}`, params);
    copied += rows.length;
    onProgress?.(copied, table.name);
  }
  for (const { id, column, value } of deferred) {
    await runner.query(`UPDATE ${quote(table.name)} SET ${quote(column)} = ${postgres ? "$1" : "?"} WHERE "id" = ${postgres ? "$2" : "?"}`, [value, id]);
  }
  return copied;
}

/** Values as the target driver binds them: booleans for PostgreSQL, 0/1 and strings for SQLite. */
function convert(value: unknown, isBoolean: boolean, postgres: boolean): unknown {
  if (value === undefined || value === null) return null;
  if (postgres) return isBoolean ? value === true || value === 1 || value === "1" || value === "t" || value === "true" : value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

/** Moves each serial/identity sequence of the table past the copied values, so the next insert does not collide. */
async function resetSequence(runner: QueryRunner, table: string): Promise<void> {
  const columns: { name: string }[] = await runner.query(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
    [table],
  );
  for (const { name } of columns) {
    const [seq] = await runner.query(`SELECT pg_get_serial_sequence($1, $2) AS name`, [quote(table), name]);
    if (!seq?.name) continue;
    const c = quote(name), t = quote(table);
    await runner.query(`SELECT setval($1, COALESCE((SELECT MAX(${c}) FROM ${t}), 1), (SELECT MAX(${c}) IS NOT NULL FROM ${t}))`, [seq.name]);
  }
}

async function main(): Promise<number> {
  const { values } = parseCommandLine({ options: { from: { type: "string" }, to: { type: "string" }, batch: { type: "string" }, help: { type: "boolean", short: "h" } } }, usage);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.from || !values.to) {
    console.error(`copy needs both --from and --to.\n${usage}`);
    return 2;
  }
  const batchSize = values.batch ? Number(values.batch) : 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error(`--batch must be a positive whole number, got "${values.batch}".`);
    return 2;
  }
  const bar = new SingleBar({ format: "copy [{bar}] {percentage}% | {value}/{total} rows | {table}", stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
  try {
    const report = await copyDatabase({
      from: values.from, to: values.to, batchSize,
      onStart: (total) => bar.start(total, 0, { table: "" }),
      onProgress: (done, table) => bar.update(done, { table }),
    });
    bar.stop();
    for (const t of report.tables) console.log(`  ${t.table.padEnd(20)} ${String(t.rows).padStart(9)} rows`);
    console.log(`copied ${report.totalRows} rows in ${report.tables.length} tables in ${report.seconds.toFixed(1)} s; row counts match.`);
    return 0;
  } catch (error) {
    bar.stop();
    console.error(`copy: ${(error as Error).message}`);
    return error instanceof TargetNotEmptyError ? 3 : 1;
  }
}

if (require.main === module) {
  runCli("copy", main);
}
