import { toContractJson } from "../extract/contract-json";
import { extractArticle, loadPipelineResources } from "../extract/pipeline";
import { InputError } from "../errors/input-error";
import { readInputFile } from "../inputs/read-input";
import { hintOptions, hintsFromOptions } from "./parse-hints";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run -s extract -- FILE [--timing [--repeat N]] [--format text|html] [--url URL] [--outlet NAME] [--date YYYY-MM-DD] [--title T] [--language en|ru]
Prints the extraction of one article file as JSON (the shape of ../shared/eval/CONTRACT.md). No database is needed.
--timing prints, on stderr, each stage's time on the first run (a cold process) and the median of N more runs (default 5).`;

function main(): number {
  const parsed = parseCommandLine({
      allowPositionals: true,
      options: { ...hintOptions, timing: { type: "boolean" }, repeat: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
    }, usage);
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`extract takes exactly one file.\n${usage}`);
    return 2;
  }
  if (values.format && values.format !== "text" && values.format !== "html") {
    console.error(`--format must be text or html, not "${values.format}".`);
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
    if (error instanceof InputError || (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") {
      console.error(`extract: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
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
