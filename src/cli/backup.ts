import type { Config } from "../config";
import { BackupError, backupSqlite } from "../db/backup";
import { DEFAULT_DATABASE_URL } from "../db/database-url";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run backup -- FILE [--force]
Takes an online backup of the SQLite store (DATABASE_URL, default ${DEFAULT_DATABASE_URL}) into FILE, safe while
the server or an ingest is writing. Restore: stop the server and copy FILE over the store, or start it with
DATABASE_URL=sqlite:FILE. For a PostgreSQL store use pg_dump / pg_restore (the command says how).`;

function main(config: Config): number {
  const parsed = parseCommandLine({ allowPositionals: true, options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } } }, usage);
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`backup takes exactly one FILE.\n${usage}`);
    return 2;
  }
  try {
    const report = backupSqlite(config.databaseUrl, parsed.positionals[0], { overwrite: parsed.values.force });
    console.log(`backup: ${report.file} (${(report.bytes / 1048576).toFixed(1)} MB, ${report.articles} articles, ${report.statements} statements) in ${report.seconds.toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`backup: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

runCli("backup", main);
