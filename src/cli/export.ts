import type { Config } from "../config";
import "reflect-metadata";
import { finished } from "node:stream/promises";
import { openDatabase } from "../db/data-source";
import { statementExportFilter } from "../export/statement-export-filter";
import { parseExportFormat, writeStatementExport } from "../export/write-statement-export";
import { openOutput } from "./open-output";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run export -- statements --format csv|ndjson [--speaker NAME] [--outlet NAME] [--language ru]
         [--kind DIRECT[,PARTIAL,INDIRECT]] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--bom]
Writes every matching statement (verbatim text, speaker, via, dates, outlet, URL, offsets and a
TextQuoteSelector) to FILE or standard output. --bom starts a CSV with a UTF-8 byte-order mark for Excel.
The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite.`;

async function main(config: Config): Promise<number> {
  const parsed = parseCommandLine({
      allowPositionals: true,
      options: {
        format: { type: "string" }, speaker: { type: "string" }, outlet: { type: "string" }, language: { type: "string" },
        kind: { type: "string" }, from: { type: "string" }, to: { type: "string" }, out: { type: "string" },
        bom: { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
    }, usage);
  const { values, positionals } = parsed;
  if (values.help || positionals[0] !== "statements") {
    console.error(positionals[0] && !values.help ? `Only "statements" can be exported (got "${positionals[0]}").\n${usage}` : usage);
    return values.help ? 0 : 2;
  }
  let format, filter;
  try {
    format = parseExportFormat(values.format);
    filter = statementExportFilter(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const out = values.out ? openOutput(values.out) : process.stdout;
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  try {
    const count = await writeStatementExport(dataSource, filter, format, out, { bom: values.bom });
    if (values.out) {
      out.end();
      await finished(out);
    }
    console.error(`${count} statements exported${values.out ? ` to ${values.out}` : ""}.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli("export", main);
