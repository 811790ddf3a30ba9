/** A knowledge-base data file with a bad entry; the message names the file, the entry and the problem, for a data editor. */
export class KnowledgeBaseDataError extends Error {
  override name = "KnowledgeBaseDataError";
  constructor(file: string, entry: string | null, problem: string) {
    super(`knowledge base ${file}${entry ? ` (entry "${entry}")` : ""}: ${problem}`);
  }
}
