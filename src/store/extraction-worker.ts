import { parentPort } from "node:worker_threads";
import { extractArticle, loadPipelineResources } from "../extract/pipeline";
import { readInputFile } from "../inputs/read-input";
import type { ExtractionTask, ExtractionTaskResult } from "./extraction-pool";

// One extraction thread of an ExtractionPool: reads each file it is sent and answers with the
// extraction or the reason it failed. Loads the bundled knowledge base and gazetteer once.
const resources = loadPipelineResources();
parentPort!.on("message", ({ id, file, hints }: ExtractionTask) => {
  let answer: ExtractionTaskResult;
  try {
    const input = readInputFile(file);
    answer = { id, extraction: extractArticle(input.text, { format: input.format, hints, resources }) };
  } catch (error) {
    answer = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(answer);
});
