import { parentPort } from "node:worker_threads";
import { extractArticle, loadPipelineResources } from "../extract/pipeline";
import { InputError } from "../errors/input-error";
import { readInputFile } from "../inputs/read-input";
import type { ExtractionTask, ExtractionTaskResult } from "./extraction-pool";

// One extraction thread of an ExtractionPool: reads each file (or takes each page's text) it is sent
// and answers with the extraction or the reason it failed. Loads the bundled knowledge base and gazetteer once.
const resources = loadPipelineResources();
parentPort!.on("message", (task: ExtractionTask) => {
  const { id, hints } = task;
  let answer: ExtractionTaskResult;
  try {
    const input = "file" in task ? readInputFile(task.file) : task;
    answer = { id, extraction: extractArticle(input.text, { format: input.format, hints, resources }) };
  } catch (error) {
    answer = { id, error: (error as Error).message, inputError: error instanceof InputError };
  }
  parentPort!.postMessage(answer);
});
