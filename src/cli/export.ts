import type { Config } from "../config";
import "reflect-metadata";
import { finished } from "node:stream/promises";
import { openDatabase } from "../db/data-source";
import { parseExportFormat } from "../export/export-options";
import { EXPORT_KINDS, EXPORT_OPTIONS, prepareExport, type ExportKind, type PreparedExport } from "../export/export-kinds";
import { openOutput } from "./open-output";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run -s export -- statements|deals|actors --format csv|ndjson [filters] [--out FILE] [--bom]
  statements  [--speaker NAME] [--outlet NAME] [--language ru] [--kind DIRECT[,PARTIAL,INDIRECT]] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
              verbatim text, speaker, via, dates, outlet, URL, offsets and a TextQuoteSelector; a CSV record per statement
  deals       [--supplier NAME] [--recipient NAME] [--status CONTRACTED[,DELIVERED…]] [--source PRESS|SIPRI]
              [--designation T-90S] [--category "armoured vehicles"] [--from YEAR] [--to YEAR]
              parties, items, SIPRI columns, value, period, status and evidence; a CSV record per piece of evidence
  actors      [--kind PERSON[,STATE,ORGANIZATION,MEDIA]] [--name NAME]
              ids, kind, name, Wikidata id, country, aliases and offices; a CSV record per alias and per office
Writes every matching row to FILE or standard output (with -s, npm prints nothing else there). --bom starts a
CSV with a UTF-8 byte-order mark for Excel. The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite.`;

const FILTERS = [...new Set(Object.values(EXPORT_OPTIONS).flat())];

async function main(config: Config): Promise<number> {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      ...Object.fromEntries(FILTERS.map((name) => [name, { type: "string" as const }])),
      format: { type: "string" }, out: { type: "string" }, bom: { type: "boolean" }, help: { type: "boolean", short: "h" },
    },
  }, usage);
  const kind = positionals[0] as ExportKind | undefined;
  if (values.help || !kind || !EXPORT_KINDS.includes(kind)) {
    console.error(kind && !values.help ? `Only ${EXPORT_KINDS.join(", ")} can be exported (got "${kind}").\n${usage}` : usage);
    return values.help ? 0 : 2;
  }
  const filters = values as Record<string, string | undefined>;
  const foreign = FILTERS.find((name) => filters[name] !== undefined && !EXPORT_OPTIONS[kind].includes(name));
  if (foreign) {
    console.error(`--${foreign} does not filter ${kind}: use ${EXPORT_OPTIONS[kind].map((name) => `--${name}`).join(", ")}.\n${usage}`);
    return 2;
  }
  let format, run: PreparedExport;
  try {
    format = parseExportFormat(values.format);
    run = prepareExport(kind, filters);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const out = values.out ? openOutput(values.out) : process.stdout;
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  try {
    const count = await run(dataSource, format, out, { bom: values.bom as boolean | undefined });
    if (values.out) {
      out.end();
      await finished(out);
    }
    console.error(`${count} ${kind} exported${values.out ? ` to ${values.out}` : ""}.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli("export", main);
