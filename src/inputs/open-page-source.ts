import fs from "node:fs";
import { fieldPathsFrom, isJsonLinesFile, readJsonLines } from "./read-json-lines";
import { isWarcFile, readWarc } from "./read-warc";
import { topicFilter } from "./topic-filter";
import { fetchUrls, readUrlList } from "./fetch-urls";
import type { PageSource } from "./input-page";

/** How the page streams are read: `--match`, `--field` and the gazetteer's designations for the default filter. */
export interface PageSourceOptions {
  match?: string;
  fields?: string[];
  designations: readonly string[];
}

/** True for a file read as a stream of pages (a WARC archive or a JSON-lines dump) rather than one article. */
export function isPageStreamFile(file: string): boolean {
  return isWarcFile(file) || isJsonLinesFile(file);
}

/**
 * The page stream of an archive or a dump. Archives pass the topic filter (`--match`, or the arms
 * terms by default); dumps pass it only when `--match` is given, since a dump is usually a selection already.
 * Throws, naming the file, when it does not exist or is a folder, or when an option is malformed.
 */
export function openPageSource(file: string, options: PageSourceOptions): PageSource {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`${file} is not a file: check the path of the archive or dump.`);
  if (!isPageStreamFile(file)) throw new Error(`${file} is not an archive or a dump (.warc, .warc.gz, .jsonl, .ndjson): give article files in a run of their own.`);
  if (isWarcFile(file)) return readWarc(file, topicFilter(options.designations, options.match));
  const filter = options.match === undefined ? undefined : topicFilter(options.designations, options.match);
  return readJsonLines(file, fieldPathsFrom(options.fields), filter);
}

/**
 * The pages of a URL list (`--urls FILE`), fetched politely with `contact` (FETCH_CONTACT) in the
 * User-Agent; they pass the topic filter only when `--match` is given.
 */
export function openUrlListSource(file: string, options: PageSourceOptions, contact: string | undefined): PageSource {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`--urls ${file} is not a file: give a text file with one URL a line.`);
  const filter = options.match === undefined ? undefined : topicFilter(options.designations, options.match);
  return fetchUrls(readUrlList(file), { contact }, filter);
}

/**
 * The designations and aliases of a gazetteer the default topic filter looks for. Names of four letters
 * or fewer with no digit ("TOW", "Buk", "Grad", "Igla") are left out: the filter matches word starts,
 * and they start everyday words ("town", "towards", "буква", "graduate"), so nearly every page passed;
 * a page about such a system names a generic arms term too ("missile", "ракет").
 */
export function designationsOf(weapons: readonly { designation: string; aliases: readonly string[] }[]): string[] {
  return weapons.flatMap((w) => [w.designation, ...w.aliases]).filter((name) => !EVERYDAY_WORD_START.test(name.trim()));
}

/** A name that may begin an everyday word: four letters or fewer, no digit, hyphen or space. */
const EVERYDAY_WORD_START = /^\p{L}{1,4}$/u;
