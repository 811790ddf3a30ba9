import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { openDatabase } from "../../src/db/data-source";
import { distRoot } from "./paths";

/** The engine the suite runs on: TEST_ENGINE=postgres, or SQLite by default. */
export const testEngine: "sqlite" | "postgres" = process.env.TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

/** Where the PostgreSQL test server is (trust auth); databases are created and dropped on it. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  url: string;
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * Start from a copy of the migrated template of this engine instead of an empty database, so
   * `openDatabase` finds no migration to run. Leave unset for tests that run migrations themselves.
   */
  migrated?: boolean;
}

/**
 * A new database of its own on the suite's engine (a temporary SQLite file, or a PostgreSQL database
 * with a name unique to this process and call), so test files can run side by side: empty, or a
 * copy of the migrated template with `{ migrated: true }`.
 */
export async function createTestDatabase(label = "t", options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const suffix = `${label.replace(/[^a-z0-9]/gi, "").toLowerCase()}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  if (testEngine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-"));
    const file = path.join(dir, `${suffix}.sqlite`);
    if (options.migrated) fs.copyFileSync(await sqliteTemplate(), file);
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `armsgraph_${suffix}`;
  const template = options.migrated ? await postgresTemplate() : null;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return {
    url: postgresUrl(name),
    drop: async () => {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Hash of the compiled migrations: a template made by other migrations is never reused. */
function migrationsHash(): string {
  const dir = path.join(distRoot, "migrations");
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".js")).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  return hash.digest("hex").slice(0, 16);
}

let sqliteTemplatePromise: Promise<string> | undefined;

/** The migrated SQLite template file in the temp directory, made once (written aside, then renamed, so parallel files never read half of it). */
function sqliteTemplate(): Promise<string> {
  sqliteTemplatePromise ??= (async () => {
    const file = path.join(os.tmpdir(), `armsgraph-template-${migrationsHash()}.sqlite`);
    if (fs.existsSync(file)) return file;
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 7)}`;
    const dataSource = await openDatabase({ url: `sqlite:${partial}` });
    // Leave WAL mode so the whole database is in the one file that is copied.
    await dataSource.query("PRAGMA journal_mode = DELETE");
    await dataSource.destroy();
    fs.renameSync(partial, file);
    return file;
  })();
  return sqliteTemplatePromise;
}

let postgresTemplatePromise: Promise<string> | undefined;

/** The migrated PostgreSQL template database, made once under an advisory lock so parallel files wait for the first. */
function postgresTemplate(): Promise<string> {
  postgresTemplatePromise ??= withAdmin(async (admin) => {
    const name = `armsgraph_template_${migrationsHash()}`;
    await admin.query(`SELECT pg_advisory_lock(hashtext('armsgraph_test_template'))`);
    try {
      const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      if (!rowCount) {
        const partial = `${name}_partial`;
        await admin.query(`DROP DATABASE IF EXISTS "${partial}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${partial}"`);
        const dataSource = await openDatabase({ url: postgresUrl(partial) });
        await dataSource.destroy();
        await admin.query(`ALTER DATABASE "${partial}" RENAME TO "${name}"`);
      }
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(hashtext('armsgraph_test_template'))`);
    }
    return name;
  });
  return postgresTemplatePromise;
}

function postgresUrl(database: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
