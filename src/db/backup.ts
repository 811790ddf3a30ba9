import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parseDatabaseUrl } from "./database-url";

export interface BackupReport {
  file: string;
  bytes: number;
  articles: number;
  statements: number;
  seconds: number;
}

/** Thrown with a message for the user when a backup cannot be taken (PostgreSQL store, missing source, existing target). */
export class BackupError extends Error {}

/**
 * Takes an online backup of the SQLite store at `databaseUrl` into `file` with `VACUUM INTO`: one
 * read transaction, so the copy is a consistent snapshot even while a server or an ingest is
 * writing (in WAL mode readers never block writers, and unlike the page-by-page backup API it never
 * restarts when the source changes). The copy is written next to `file` and renamed into place once
 * `PRAGMA quick_check` passes, so `file` is never a half-written store. PostgreSQL stores are refused
 * with the pg_dump command to use instead.
 */
export function backupSqlite(databaseUrl: string, file: string, options: { overwrite?: boolean } = {}): BackupReport {
  const started = process.hrtime.bigint();
  const target = parseDatabaseUrl(databaseUrl);
  if (target.engine !== "sqlite") {
    const shown = target.url.replace(/\/\/[^@/]*@/, "//***@");
    throw new BackupError(
      `The store is PostgreSQL (${shown}): back it up with pg_dump, e.g. pg_dump --format=custom --file ${file} '${shown}', ` +
        `and restore with pg_restore --clean --dbname '${shown}' ${file}. npm run backup copies SQLite stores only.`,
    );
  }
  if (target.file === ":memory:") throw new BackupError("An in-memory store cannot be backed up.");
  if (!fs.existsSync(target.file)) throw new BackupError(`The SQLite store ${target.file} does not exist: check DATABASE_URL (default sqlite:data/armsgraph.sqlite).`);
  const destination = path.resolve(file);
  if (destination === target.file) throw new BackupError("The backup file is the store itself: give another path.");
  if (fs.existsSync(destination) && !options.overwrite) throw new BackupError(`${destination} already exists: remove it or pass --force to replace it.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });

  const partial = `${destination}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  const source = new Database(target.file, { fileMustExist: true, timeout: 15_000 });
  try {
    source.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Could not back up ${target.file}: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  let articles = 0;
  let statements = 0;
  const copy = new Database(partial, { fileMustExist: true });
  try {
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`The backup failed its integrity check (${String(check)}); the store was not changed.`);
    articles = (copy.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    statements = (copy.prepare("SELECT count(*) AS n FROM statements").get() as { n: number }).n;
  } catch (error) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw error instanceof BackupError ? error : new BackupError(`The backup could not be read back: ${(error as Error).message}`);
  }
  copy.close();
  fs.renameSync(partial, destination);
  return { file: destination, bytes: fs.statSync(destination).size, articles, statements, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
