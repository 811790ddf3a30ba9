/**
 * Loads the knowledge base from its YAML files, once per directory per process; its compiled name
 * index is kept between processes by compiled-cache.ts, keyed by the files and the code.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ActorKnowledgeBase } from "./actor-knowledge-base";
import { BodyFinder } from "./body-finder";
import { loadCompiled } from "./compiled-cache";
import { NameMatcher } from "./name-matcher";
import { PersonFinder } from "./person-finder";
import { readKnowledgeBaseData } from "./read-data-files";
import { RoleReader } from "./role-reader";
import { packageVersions } from "./world-states";

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
    kb = loadCompiled({
      name: "knowledge-base",
      inputs: knowledgeBaseInputs(key),
      classes: [ActorKnowledgeBase, NameMatcher, BodyFinder, RoleReader, PersonFinder],
      build: () => new ActorKnowledgeBase(readKnowledgeBaseData(key), key),
    });
    cache.set(key, kb);
  }
  return kb;
}

/** What a knowledge base is made from besides the code: its directory, its YAML files, the country packages' versions. */
function knowledgeBaseInputs(dir: string): (string | Buffer)[] {
  const inputs: (string | Buffer)[] = [dir, packageVersions()];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) inputs.push(file, readFileSync(join(dir, file)));
  return inputs;
}
