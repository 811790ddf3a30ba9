/**
 * Every state of the world, from two country packages and one data file:
 *
 * - `i18n-iso-countries` gives names by ISO code in English and Russian ("Germany", "Германия",
 *   "ОАЭ", "КНДР (Корейская Народно-Демократическая Республика)");
 * - `world-countries` gives English common and official names, other spellings, capitals, English
 *   adjectives ("German") and Russian common names, and marks which entries are independent states;
 * - `world-states.yaml` adds what neither has (Russian adjectives and capitals, abbreviations in use,
 *   extra English adjectives), what they get wrong (names to ignore), and how some names may match.
 *
 * The hand entries of `states.yaml` that carry an `iso` code get the packages' names as extra aliases;
 * their own capitals and adjectives stay as written. Reading `world-countries` costs over 100 ms, so
 * the few fields used are kept as JSON in the system's temporary directory, keyed by the packages'
 * versions.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { KbActor, KbAlias } from "./types";
import { nameKey } from "../language/fold-text";

/** What the packages say about one ISO 3166-1 entry (the fields the knowledge base uses). */
export interface PackageCountry {
  iso: string;
  /** world-countries marks it independent (UN members and the Holy See). */
  independent: boolean;
  /** English common name ("Germany", "Czechia", "DR Congo"). */
  common: string;
  /** English names: official, i18n-iso-countries' variants, English spellings. */
  en: string[];
  /** Other spellings in Latin script from world-countries ("Burma", "Holland", "Deutschland"). */
  other: string[];
  /** Russian names (i18n-iso-countries and world-countries' Russian common name). */
  ru: string[];
  capitals: string[];
  /** English adjectives ("German"; "Antiguan, Barbudan" split in two). */
  demonyms: string[];
}

/** A state entry of world-states.yaml or the `iso`/`forces` part of a hand entry. */
export interface WorldStateEntry {
  iso: string;
  id?: string;
  name?: string;
  aliases: KbAlias[];
  capital: KbAlias[];
  demonyms: KbAlias[];
}

/** The parsed world-states.yaml. */
export interface WorldStatesFile {
  include: string[];
  ignore: { names: KbAlias[]; capitals: KbAlias[]; demonyms: KbAlias[] };
  conditions: Map<string, "notAtSentenceStart" | "notBesideName">;
  states: WorldStateEntry[];
}

/** A state made from the packages: its actor, and its capital (kept apart: it names the state by metonymy). */
export interface BuiltState {
  iso: string;
  actor: KbActor;
  capital: KbAlias[];
  /** Names that came from the packages (dropped when another actor uses them). */
  packageNames: Set<string>;
}

const CACHE_VERSION = 1;

/** The versions of the two packages ("5.1.0/7.14.0"): a cache of what they say is valid for these. */
export function packageVersions(): string {
  const worldCountries = require.resolve("world-countries/countries.json");
  const isoNames = dirname(require.resolve("i18n-iso-countries/langs/en.json"));
  return [readJson(join(dirname(worldCountries), "package.json")).version, readJson(join(isoNames, "..", "package.json")).version].join("/");
}

/** The packages' data for every ISO entry, from the cache when the packages have not changed. */
export function packageCountries(): PackageCountry[] {
  const worldCountries = require.resolve("world-countries/countries.json");
  const isoNames = dirname(require.resolve("i18n-iso-countries/langs/en.json"));
  const versions = `${CACHE_VERSION}/${packageVersions()}`;
  const cached = join(tmpdir(), `armsgraph-countries-${createHash("sha256").update(versions).digest("hex").slice(0, 24)}.json`);
  try {
    return JSON.parse(readFileSync(cached, "utf8")) as PackageCountry[];
  } catch {
    // not cached yet: read the packages below
  }
  const countries = readPackages(worldCountries, isoNames);
  try {
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(countries));
    renameSync(partial, cached);
  } catch {
    // a read-only temporary directory only costs speed
  }
  return countries;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  translations?: { rus?: { common?: string; official?: string } };
}

function readPackages(worldCountriesFile: string, isoNamesDir: string): PackageCountry[] {
  const world = JSON.parse(readFileSync(worldCountriesFile, "utf8")) as WorldCountry[];
  const iso = (lang: string) => (readJson(join(isoNamesDir, `${lang}.json`)).countries ?? {}) as Record<string, string | string[]>;
  const isoEn = iso("en");
  const isoRu = iso("ru");
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return world.map((c) => {
    const code = c.cca2;
    const other = (c.altSpellings ?? []).filter((a) => a !== code && /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(a) && !isAllCapsCode(a));
    return {
      iso: code,
      independent: c.independent === true,
      common: c.name.common,
      en: unique([c.name.official, ...list(isoEn[code]).flatMap(splitName)]),
      other: unique(other.flatMap(splitName)),
      // world-countries' Russian official names are often wrong ("Народная Республика Китай",
      // "Тунисской Республики"): only its common name is taken
      ru: unique([...list(isoRu[code]).flatMap(splitName), ...(c.translations?.rus?.common ? [c.translations.rus.common] : [])]),
      capitals: c.capital ?? [],
      demonyms: unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap((d) => (d ? d.split(/, | or /) : []))),
    };
  });
}

/** Abbreviations and codes ("DE", "UK", "DPRK") come from world-states.yaml only. */
function isAllCapsCode(text: string): boolean {
  return /^[A-Z.]+$/.test(text);
}

/**
 * The usable names in one package string: inverted forms ("Korea, Republic of") are skipped, and
 * "X (Y)" gives X and Y ("КНДР (Корейская Народно-Демократическая Республика)") unless Y is a
 * fragment ("Netherlands (Kingdom of the)").
 */
export function splitName(text: string): string[] {
  if (text.includes(",")) return [];
  const m = /^(.+?)\s*\((.+)\)$/.exec(text.trim());
  if (!m) return [text.trim()];
  return /\b(of|the)$/i.test(m[2]) ? [m[1]] : [m[1], m[2]];
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((s) => s && s.trim()).map((s) => s.trim()))];
}

/** An id made from an English short name: "South Korea" → "south-korea", "São Tomé and Príncipe" → "sao-tome-and-principe". */
export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The states of the packages, merged with world-states.yaml and the hand entries (`hand`, by ISO
 * code; they are completed in place). `taken` holds the name keys other actors use: a package name
 * another actor uses, or that two states share, is dropped.
 */
export function buildWorldStates(
  file: WorldStatesFile,
  hand: Map<string, KbActor>,
  taken: Map<string, string>,
  countries: PackageCountry[] = packageCountries(),
): BuiltState[] {
  const entries = new Map(file.states.map((e) => [e.iso, e]));
  const ignored = (list: KbAlias[], lang: string) => new Set(list.filter((a) => a.lang === lang).map((a) => nameKey(a.text)));
  const ignoreNames = { en: ignored(file.ignore.names, "en"), ru: ignored(file.ignore.names, "ru"), und: ignored(file.ignore.names, "en") };
  const ignoreCapitals = { en: ignored(file.ignore.capitals, "en"), ru: ignored(file.ignore.capitals, "ru") };
  const ignoreDemonyms = ignored(file.ignore.demonyms, "en");
  const selected = countries.filter((c) => c.independent || file.include.includes(c.iso) || hand.has(c.iso));
  const built: BuiltState[] = [];
  for (const country of selected) {
    const entry = entries.get(country.iso);
    const own = hand.get(country.iso);
    const packageNames = new Set<string>();
    const fromPackage = (text: string, lang: "en" | "ru" | "und"): KbAlias[] => {
      if (ignoreNames[lang].has(nameKey(text))) return [];
      packageNames.add(nameKey(text));
      return [{ text, lang }];
    };
    const names: KbAlias[] = [
      ...country.en.flatMap((t) => fromPackage(t, "en")),
      ...(own || entry?.name ? fromPackage(country.common, "en") : []),
      ...country.other.flatMap((t) => fromPackage(t, "und")),
      ...country.ru.flatMap((t) => fromPackage(t, "ru")),
    ];
    if (own) {
      addAliases(own, [...names, ...(entry?.aliases ?? [])]);
      own.demonyms = mergeAliases(own.demonyms ?? [], entry?.demonyms ?? []);
      built.push({ iso: country.iso, actor: own, capital: [], packageNames });
      continue;
    }
    if (!entry) continue; // a state world-states.yaml does not describe is left out (the data test lists them)
    const name = entry.name ?? country.common;
    const actor: KbActor = {
      id: entry.id ?? slugOf(country.common),
      kind: "STATE",
      name,
      wikidata: null,
      country: null,
      aliases: [],
      roles: [],
      // the data file's adjectives first: they correct the packages, and the first names the state's bodies
      demonyms: mergeAliases(
        entry.demonyms,
        country.demonyms.filter((d) => !ignoreDemonyms.has(nameKey(d)) && nameKey(d) !== nameKey(country.common)).map((text) => ({ text, lang: "en" })),
      ),
    };
    addAliases(actor, [...names, ...entry.aliases]);
    const capital = mergeAliases(
      country.capitals.filter((c) => !ignoreCapitals.en.has(nameKey(c))).map((text) => ({ text, lang: "en" })),
      entry.capital.filter((c) => !(ignoreCapitals[c.lang as "en" | "ru"]?.has(nameKey(c.text)) ?? false)),
    ).filter((c) => nameKey(c.text) !== nameKey(name) && !actor.aliases.some((a) => nameKey(a.text) === nameKey(c.text)));
    built.push({ iso: country.iso, actor, capital, packageNames });
  }
  dropSharedPackageNames(built, taken);
  return built;
}

function addAliases(actor: KbActor, aliases: KbAlias[]): void {
  const keys = new Set([nameKey(actor.name), ...actor.aliases.map((a) => nameKey(a.text))]);
  for (const alias of aliases) {
    const key = nameKey(alias.text);
    if (keys.has(key)) continue;
    keys.add(key);
    actor.aliases.push(alias);
  }
}

function mergeAliases(first: KbAlias[], second: KbAlias[]): KbAlias[] {
  const out = [...first];
  for (const a of second) if (!out.some((b) => b.lang === a.lang && nameKey(b.text) === nameKey(a.text))) out.push(a);
  return out;
}

/**
 * A package name that two states share ("Congo") or that another actor uses names neither: it is
 * removed from the states that got it from a package (names written in the data files stay, and a
 * clash between them is reported by the ambiguity check as usual).
 */
function dropSharedPackageNames(built: BuiltState[], taken: Map<string, string>): void {
  const owners = new Map<string, Set<string>>();
  for (const { actor } of built) {
    for (const text of [actor.name, ...actor.aliases.map((a) => a.text)]) {
      const key = nameKey(text);
      owners.set(key, (owners.get(key) ?? new Set()).add(actor.id));
    }
  }
  const free = (key: string, id: string) => {
    const other = taken.get(key);
    return other === undefined || other === id;
  };
  for (const state of built) {
    const id = state.actor.id;
    state.actor.aliases = state.actor.aliases.filter((a) => {
      const key = nameKey(a.text);
      return !state.packageNames.has(key) || ((owners.get(key)?.size ?? 0) === 1 && free(key, id));
    });
    state.capital = state.capital.filter((c) => !owners.has(nameKey(c.text)) && free(nameKey(c.text), id));
  }
}
