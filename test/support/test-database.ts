import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

/** The engine the suite runs on: TEST_ENGINE=postgres, or SQLite by default. */
export const testEngine: "sqlite" | "postgres" = process.env.TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

/** Where the PostgreSQL test server is (trust auth); databases are created and dropped on it. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  url: string;
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

/** A new, empty database on the suite's engine: a temporary SQLite file, or a fresh PostgreSQL database. */
export async function createTestDatabase(label = "t"): Promise<TestDatabase> {
  const suffix = `${label.replace(/[^a-z0-9]/gi, "").toLowerCase()}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  if (testEngine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-"));
    const file = path.join(dir, `${suffix}.sqlite`);
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `armsgraph_${suffix}`;
  const admin = new Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: postgresAdminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
