import type { Config } from "../config";
import { toContractJson } from "../extract/contract-json";
import { extractArticle, loadPipelineResources } from "../extract/pipeline";
import { InputError } from "../errors/input-error";
import { readInputFile } from "../inputs/read-input";
import { hintOptions, hintsFromOptions } from "./parse-hints";
import type * as PageSources from "../inputs/open-page-source";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run -s extract -- FILE [--timing [--repeat N]] [--format text|html] [--url URL] [--outlet NAME] [--date YYYY-MM-DD] [--title T] [--language en|ru]
       npm run -s extract -- --ndjson FILE...
Prints the extraction of one article file as JSON (the shape of ../shared/eval/CONTRACT.md). No database is needed.
--ndjson extracts many files in one process: one JSON line per file, in the order given; a file that fails
  gives a line {"file", "error"} and the others go on (exit 1 when any failed).
An archive or a dump (.warc[.gz], .jsonl, .ndjson) prints NDJSON, one line {"source", ...} per page,
  with --match REGEX and --field name=path as for ingest; so does --urls FILE (one URL a line, fetched politely).
--timing prints, on stderr, each stage's time on the first run (a cold process) and the median of N more runs (default 5).`;

// `npm run extract` starts Node with --no-regexp-tier-up: V8 then compiles each regular expression to machine
// code at its first use instead of to bytecode first and to machine code at its second use. The rules hold
// hundreds of Unicode-aware patterns, each run a few times on one page, so compiling twice cost about 0.25 s
// of the 0.9 s of CPU one page took. The flag must be given at start: changing it at run time, under
// patterns already compiled, crashes V8.

/**
 * Archives, dumps and URL lists are read by ../inputs/open-page-source, loaded only when the command
 * line may name one: its topic filter costs about 35 ms of every start, and a page is the usual input.
 */
function pageSources(): typeof PageSources {
  return require("../inputs/open-page-source") as typeof PageSources;
}

/** A page file read by `readInputFile` (text or HTML by its name), which needs no page-stream reader to recognise. */
const SINGLE_PAGE_FILE = /\.(txt|x?html?)$/i;

function main(config: Config): number | Promise<number> {
  const parsed = parseCommandLine({
      allowPositionals: true,
      options: { ...hintOptions, ndjson: { type: "boolean" }, match: { type: "string" }, field: { type: "string", multiple: true }, urls: { type: "string" }, timing: { type: "boolean" }, repeat: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
    }, usage);
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.format && values.format !== "text" && values.format !== "html") {
    console.error(`--format must be text or html, not "${values.format}".`);
    return 2;
  }
  const streams = positionals.length > 0 && !positionals.some((file) => SINGLE_PAGE_FILE.test(file)) && positionals.every(pageSources().isPageStreamFile);
  if (values.urls !== undefined || streams) return extractStreams(positionals, values, config.fetchContact);
  if (values.ndjson) {
    if (!positionals.length) {
      console.error(`extract --ndjson takes one or more files.\n${usage}`);
      return 2;
    }
    return extractMany(positionals, values);
  }
  if (positionals.length !== 1) {
    console.error(`extract takes exactly one file (or --ndjson FILE...).\n${usage}`);
    return 2;
  }
  try {
    const input = readInputFile(positionals[0]);
    const resources = loadPipelineResources();
    const options = { format: (values.format as "text" | "html" | undefined) ?? input.format, hints: hintsFromOptions(values), resources };
    const extraction = extractArticle(input.text, options);
    process.stdout.write(JSON.stringify(toContractJson(extraction), null, 2) + "\n");
    if (values.timing) {
      const repeat = values.repeat === undefined ? 5 : Number(values.repeat);
      if (!Number.isInteger(repeat) || repeat < 0) throw new InputError(`--repeat must be a whole number, not "${values.repeat}".`);
      const reruns = Array.from({ length: repeat }, () => extractArticle(input.text, options).timings);
      console.error(`pipeline time for ${input.source} (${Buffer.byteLength(input.text)} bytes)`);
      console.error(`  first run (cold process): ${formatTimings(extraction.timings)}`);
      if (repeat) console.error(`  median of ${repeat} more runs:  ${formatTimings(medianTimings(reruns))}`);
    }
    return 0;
  } catch (error) {
    if (["ENOENT", "EISDIR", "EACCES"].includes((error as NodeJS.ErrnoException).code ?? "")) {
      console.error(`extract: ${fileErrorMessage(positionals[0], error)}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`extract: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** `--ndjson`: one line per file, each extracted on its own, so one bad file costs only its own line. */
function extractMany(files: readonly string[], values: Parameters<typeof hintsFromOptions>[0] & { format?: string }): number {
  const resources = loadPipelineResources();
  const hints = hintsFromOptions(values);
  let failed = 0;
  for (const file of files) {
    let line: string;
    try {
      const input = readInputFile(file);
      const extraction = extractArticle(input.text, { format: (values.format as "text" | "html" | undefined) ?? input.format, hints, resources });
      line = JSON.stringify({ file, ...toContractJson(extraction) });
    } catch (error) {
      failed++;
      line = JSON.stringify({ file, error: fileErrorMessage(file, error) });
    }
    process.stdout.write(line + "\n");
  }
  return failed ? 1 : 0;
}

/** Archives, dumps and a URL list: one JSON line per page that passes the filter, a failed page giving {"source", "error"}. */
async function extractStreams(files: readonly string[], values: Parameters<typeof hintsFromOptions>[0] & { match?: string; field?: string[]; urls?: string }, fetchContact: string | undefined): Promise<number> {
  const { designationsOf, openPageSource, openUrlListSource } = pageSources();
  const resources = loadPipelineResources();
  const options = { match: values.match, fields: values.field, designations: designationsOf(resources.weapons.weapons) };
  const sources = files.map((file) => openPageSource(file, options));
  if (values.urls !== undefined) sources.push(openUrlListSource(values.urls, options, fetchContact));
  let failed = 0;
  for (const source of sources) {
    for await (const item of source.items) {
      let line: string;
      if ("failed" in item) {
        failed++;
        line = JSON.stringify({ source: item.failed.source, error: item.failed.reason });
      } else {
        try {
          const { page } = item;
          line = JSON.stringify({ source: page.source, ...toContractJson(extractArticle(page.text, { format: page.format, hints: page.hints, resources })) });
        } catch (error) {
          failed++;
          line = JSON.stringify({ source: item.page.source, error: (error as Error).message });
        }
      }
      process.stdout.write(line + "\n");
    }
  }
  return failed ? 1 : 0;
}

/** What went wrong with one input file, in one sentence a user can act on. */
function fileErrorMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${file} does not exist: check the path.`;
  if (code === "EISDIR") return `${file} is a folder: give the article files inside it.`;
  if (code === "EACCES") return `${file} cannot be read: check its permissions.`;
  return (error as Error).message;
}

function formatTimings(timings: Record<string, number>): string {
  return Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`).join(", ") + " ms";
}

function medianTimings(runs: Record<string, number>[]): Record<string, number> {
  const median: Record<string, number> = {};
  for (const stage of Object.keys(runs[0])) {
    const sorted = runs.map((r) => r[stage]).sort((a, b) => a - b);
    median[stage] = sorted[Math.floor(sorted.length / 2)];
  }
  return median;
}

runCli("extract", main);
