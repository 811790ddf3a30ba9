import type { Config } from "../config";
import "reflect-metadata";
import { openDatabase } from "../db/data-source";
import { parseDatabaseUrl } from "../db/database-url";
import { runCli } from "./run-cli";

/** `npm run migrate`: brings DATABASE_URL (or the SQLite default) up to the latest schema and lists what ran. */
async function main(config: Config): Promise<number> {
  const target = parseDatabaseUrl(config.databaseUrl);
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  try {
    const applied = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    console.log(`${target.engine}: schema up to date, ${applied.length} migrations applied (latest ${applied[applied.length - 1]?.name ?? "none"})`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli("migrate", main);
