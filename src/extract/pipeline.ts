import { performance } from "node:perf_hooks";
import { loadKnowledgeBase } from "../knowledge/load-knowledge-base";
import type { KnowledgeBase } from "../knowledge/types";
import { loadWeaponGazetteer, type WeaponGazetteer } from "../knowledge/weapons";
import { extractMentions } from "./actors/extract-mentions";
import { cleanPage } from "./clean/clean-page";
import { contentHash } from "./content-hash";
import { extractDeals } from "./deals/extract-deals";
import { EXTRACTOR_VERSION } from "./extractor-version";
import { extractMetadata } from "./metadata/extract-metadata";
import { checkHtmlShape, checkText } from "./check-page";
import { extractStatements } from "./statements/extract-statements";
import type { Extraction, SourceHints } from "./types";
import type { ActorRef } from "../model/actor-ref";
import type { InputFormat } from "../model/input-format";

/** The agency a republished report credits is one of the article's actors, though the dateline naming it is not in the body. */
function withSourceAgency<T extends { actors: ActorRef[] }>(found: T, agency: ActorRef | null | undefined): T {
  if (!agency || found.actors.some((a) => (a.kbId ? a.kbId === agency.kbId : a.name === agency.name))) return found;
  return { ...found, actors: [...found.actors, agency] };
}

/** The data files the extraction rules read: the actor knowledge base and the weapon gazetteer. */
export interface PipelineResources {
  kb: KnowledgeBase;
  weapons: WeaponGazetteer;
}

let defaultResources: PipelineResources | undefined;

/** Loads (once per process) the knowledge base and weapon gazetteer from `data/`. */
export function loadPipelineResources(): PipelineResources {
  defaultResources ??= { kb: loadKnowledgeBase(), weapons: loadWeaponGazetteer() };
  return defaultResources;
}

export interface ExtractOptions {
  format?: InputFormat;
  hints?: SourceHints;
  resources?: PipelineResources;
}

/**
 * Runs clean → metadata → statements → actors → deals over one page and returns everything the
 * store needs. Pure: no database, no clock, no network; the same input gives the same output.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  const { kb, weapons } = options.resources ?? loadPipelineResources();
  const format = options.format ?? "text";
  const hints = options.hints ?? {};
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    timings[stage] = Math.round((performance.now() - start) * 1000) / 1000;
    return result;
  };

  checkText(text);
  if (format === "html") checkHtmlShape(text); // an InputError before jsdom/readability see a pathological tree
  const page = time("clean", () => cleanPage(text, format));
  const metadata = time("metadata", () => extractMetadata(page, text, hints, kb));
  const statements = time("statements", () => extractStatements(page.body, metadata, kb));
  const { mentions, actors } = time("actors", () => withSourceAgency(extractMentions(page.body, statements, kb, { date: metadata.publishedAt.date }), metadata.sourceAgency));
  const deals = time("deals", () => extractDeals(page.body, metadata, statements, mentions, kb, weapons));
  timings.total = Math.round(Object.values(timings).reduce((a, b) => a + b, 0) * 1000) / 1000;

  return {
    extractorVersion: EXTRACTOR_VERSION,
    contentHash: contentHash(text),
    originalText: text,
    format,
    body: page.body,
    metadata,
    statements,
    mentions,
    actors,
    deals,
    timings,
  };
}
