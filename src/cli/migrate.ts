import "reflect-metadata";
import { openDatabase } from "../db/data-source";
import { parseDatabaseUrl } from "../db/database-url";

/** `npm run migrate`: brings DATABASE_URL (or the SQLite default) up to the latest schema and lists what ran. */
async function main(): Promise<void> {
  const target = parseDatabaseUrl();
  const dataSource = await openDatabase();
  try {
    const applied = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    console.log(`${target.engine}: schema up to date, ${applied.length} migrations applied (latest ${applied[applied.length - 1]?.name ?? "none"})`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`migrate: ${(error as Error).message}`);
  process.exitCode = 1;
});
