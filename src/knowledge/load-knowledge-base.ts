/**
 * Loads the knowledge base from its YAML files, once per directory.
 */
import { resolve } from "node:path";
import { ActorKnowledgeBase } from "./actor-knowledge-base";
import { readKnowledgeBaseData } from "./read-data-files";

/** The repository's data directory: `<repo>/data/knowledge-base` (this file is compiled to dist/src/knowledge). */
export const DEFAULT_KNOWLEDGE_BASE_DIR = resolve(__dirname, "..", "..", "..", "data", "knowledge-base");

const cache = new Map<string, ActorKnowledgeBase>();

/**
 * The knowledge base read from `dir`, validated (a bad entry throws a KnowledgeBaseDataError that
 * names the file and the entry) and cached: later calls with the same directory return the same object.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_BASE_DIR): ActorKnowledgeBase {
  const key = resolve(dir);
  let kb = cache.get(key);
  if (!kb) {
    kb = new ActorKnowledgeBase(readKnowledgeBaseData(key), key);
    cache.set(key, kb);
  }
  return kb;
}
