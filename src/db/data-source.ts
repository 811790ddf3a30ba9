import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions, type Logger, type LoggerOptions } from "typeorm";
import { migrations } from "../../migrations";
import { entities } from "./entities";
import { parseDatabaseUrl } from "./database-url";
import { beginImmediately } from "./begin-immediately";
import { withStoreLock } from "./store-lock";

/** SQLite busy timeout: longer than the longest write transaction (a 25-article batch takes well under a second). */
const SQLITE_BUSY_TIMEOUT_MS = 15_000;

export interface DataSourceSettings {
  /** `sqlite:PATH` or `postgres://…` (Config.databaseUrl). */
  url: string;
  /** PostgreSQL read replicas (Config.replicaUrls); none by default. */
  replicaUrls?: string[];
  logger?: Logger;
  /**
   * PostgreSQL stops any statement running longer (`statement_timeout` on every connection, set when it
   * opens: nothing per query); SQLite, whose statements run on the caller's thread, cannot. None by default.
   */
  statementTimeoutMs?: number;
}

/** Builds (without connecting) the TypeORM data source for a database URL. Never synchronizes: migrations own the schema. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const target = parseDatabaseUrl(settings.url);
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logger: settings.logger, logging: (settings.logger ? ["query", "error"] : false) as LoggerOptions };
  let options: DataSourceOptions;
  if (target.engine === "sqlite") {
    if (target.file !== ":memory:") fs.mkdirSync(path.dirname(target.file), { recursive: true });
    options = {
      ...common,
      type: "better-sqlite3",
      database: target.file,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: (db: { pragma(source: string): unknown; prepare(source: string): unknown }) => {
        beginImmediately(db);
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        db.pragma("foreign_keys = ON");
      },
    };
  } else {
    const replicas = settings.replicaUrls ?? [];
    const extra = settings.statementTimeoutMs ? { extra: { statement_timeout: settings.statementTimeoutMs } } : {};
    options = replicas.length
      ? { ...common, ...extra, type: "postgres", replication: { master: { url: target.url }, slaves: replicas.map((url) => ({ url })) } }
      : { ...common, ...extra, type: "postgres", url: target.url };
  }
  return new DataSource(options);
}

/** Connects without migrating (the schema must be up to date). Errors say which database could not be reached and what to check. */
export async function connectDatabase(settings: DataSourceSettings): Promise<DataSource> {
  const dataSource = createDataSource(settings);
  try {
    await dataSource.initialize();
  } catch (error) {
    const target = parseDatabaseUrl(settings.url);
    const where = target.engine === "sqlite" ? `SQLite file ${target.file}` : `PostgreSQL at ${target.url.replace(/\/\/[^@/]*@/, "//***@")}`;
    throw new Error(`Could not open the ${where}: ${(error as Error).message}. Check DATABASE_URL and that the server is running.`, { cause: error });
  }
  return dataSource;
}

/**
 * Connects and brings the schema up to date (one process at a time: several processes started
 * together on a fresh database migrate once). Errors say which database could not be reached and what to check.
 * Migrations wait for other processes and may build indexes for long: open without `statementTimeoutMs`.
 */
export async function openDatabase(settings: DataSourceSettings): Promise<DataSource> {
  const dataSource = await connectDatabase(settings);
  await withStoreLock(dataSource, "migrating", () =>
    dataSource.runMigrations({ transaction: dataSource.options.type === "postgres" ? "each" : "none" }),
  );
  return dataSource;
}

