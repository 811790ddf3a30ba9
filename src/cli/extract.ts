import { parseArgs } from "node:util";
import { toContractJson } from "../ingest/contract-json";
import { extractArticle, loadPipelineResources } from "../ingest/pipeline";
import { InputError, readInputFile } from "../ingest/read-input";
import { hintOptions, hintsFromOptions } from "./parse-hints";

const usage = `Usage: npm run -s extract -- FILE [--timing] [--format text|html] [--url URL] [--outlet NAME] [--date YYYY-MM-DD] [--title T] [--language en|ru]
Prints the extraction of one article file as JSON (the shape of ../shared/eval/CONTRACT.md). No database is needed.`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { ...hintOptions, timing: { type: "boolean" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
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
    const extraction = extractArticle(input.text, {
      format: (values.format as "text" | "html" | undefined) ?? input.format,
      hints: hintsFromOptions(values),
      resources,
    });
    process.stdout.write(JSON.stringify(toContractJson(extraction), null, 2) + "\n");
    if (values.timing) {
      const stages = Object.entries(extraction.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(2)} ms`).join(", ");
      console.error(`pipeline time for ${input.source} (${Buffer.byteLength(input.text)} bytes): ${stages}`);
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

process.exitCode = main();
