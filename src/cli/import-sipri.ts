import type { Config } from "../config";
import "reflect-metadata";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase } from "../db/data-source";
import { loadPipelineResources } from "../extract/pipeline";
import { syncKnowledgeBase } from "../store/sync-knowledge-base";
import { importTradeRegister } from "../store/sipri/import-trade-register";
import { linkPressDeals } from "../store/sipri/link-press-deals";
import { readTradeRegisterFile } from "../store/sipri/read-trade-register";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run import:sipri -- FILE.csv... [--batch N] [--no-link]
Imports SIPRI trade-register CSV exports (Latin-1, metadata lines, then "Recipient,Supplier,Year of order,…")
as SIPRI deals, then links every press deal to the SIPRI record it reports (--no-link skips that).
Re-importing the same file adds nothing. See docs/sipri-import.md.`;

async function main(config: Config): Promise<number> {
  const parsed = parseCommandLine({ allowPositionals: true, options: { batch: { type: "string" }, "no-link": { type: "boolean" }, help: { type: "boolean", short: "h" } } }, usage);
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(usage);
    return parsed.values.help ? 0 : 2;
  }
  const batchSize = parsed.values.batch ? Number(parsed.values.batch) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    console.error(`--batch must be a positive whole number, not "${parsed.values.batch}".`);
    return 2;
  }
  const { kb, weapons } = loadPipelineResources();
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  let failed = 0;
  try {
    await syncKnowledgeBase(dataSource, kb);
    for (const file of parsed.positionals) {
      const register = readTradeRegisterFile(file);
      const bar = new SingleBar(
        { format: "sipri [{bar}] {percentage}% | {value}/{total} rows | {file}", noTTYOutput: true, notTTYSchedule: 5000, stream: process.stderr },
        Presets.shades_classic,
      );
      bar.start(register.records.length, 0, { file });
      const summary = await importTradeRegister(dataSource, register, kb, weapons, { batchSize, onProgress: (done) => bar.update(done) });
      bar.stop();
      console.log(`${file}: ${summary.imported} imported, ${summary.skipped} skipped as already imported, ${summary.failed.length} failed`);
      for (const failure of summary.failed) console.log(`  line ${failure.line}: ${failure.reason}`);
      failed += summary.failed.length;
    }
    if (!parsed.values["no-link"]) {
      const linked = await dataSource.transaction((manager) => linkPressDeals(manager, weapons));
      console.log(`${linked} press deals linked to SIPRI records`);
    }
    return failed ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli("import-sipri", main);
