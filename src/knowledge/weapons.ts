/**
 * The weapon gazetteer: named weapon systems and generic words for kinds of equipment, read from
 * `data/weapons.yaml`, and a matcher that finds them in English and Russian text. Adding a system
 * is a data change.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
// yaml is required only when a file is not in the parsed-JSON cache yet: most processes never load it.
import type * as YamlModule from "yaml";
import { foldWord } from "../language/fold-text";
import { NOUN_ENDINGS } from "../language/russian-endings";
import { designationKey, wordKeys } from "./weapons-keys";
import { loadCompiled } from "./compiled-cache";

/** A named weapon system of the gazetteer. */
export interface WeaponEntry {
  /** Canonical designation ("T-90S", "BM-30 Smerch"). */
  designation: string;
  /** What it is ("tank", "self-propelled MRL"). */
  description: string;
  /** Lowercase SIPRI category ("armoured vehicles"). */
  category: string;
  /** Knowledge-base id of the producing state, or null. */
  origin: string | null;
  manufacturer: string | null;
  aliases: string[];
}

/** One item found in a text. */
export interface WeaponMatch {
  /** The words as written, with the descriptive words that follow a named system. */
  text: string;
  start: number;
  end: number;
  /** "named": a gazetteer system; "shape": an unknown designation such as "Su-57"; "generic": "tanks", "вооружение". */
  kind: "named" | "shape" | "generic";
  /** Canonical designation (named), the designation as written (shape), or null (generic). */
  designation: string | null;
  category: string | null;
  /** False for words too vague to tell one transfer from another ("weapons", "оружие"). */
  specific: boolean;
  /** Knowledge-base id of the state that makes a named system, when the gazetteer knows it. */
  origin: string | null;
}

/** The gazetteer as the extractor and the SIPRI linker use it. */
export interface WeaponGazetteer {
  readonly weapons: readonly WeaponEntry[];
  /** Every non-overlapping item in `text`, longest first at each place, in text order. */
  find(text: string): WeaponMatch[];
  /** The gazetteer entry a designation names, in any spelling or script ("Т-90С", "Iskander-M"). */
  byDesignation(designation: string): WeaponEntry | undefined;
}

/** The gazetteer file's shape. */
export interface WeaponGazetteerData {
  weapons: Array<Partial<WeaponEntry> & { designation: string }>;
  generic: Array<{ category: string | null; specific?: boolean; terms: string[] }>;
  descriptors: string[];
  not_weapons: string[];
}

/** `data/weapons.yaml` of the repository (this file is compiled to dist/src/knowledge). */
export const DEFAULT_WEAPONS_FILE = resolve(__dirname, "..", "..", "..", "data", "weapons.yaml");

interface Token {
  raw: string;
  fold: string;
  keys: readonly string[];
  start: number;
  end: number;
}

interface NamedPattern {
  words: Array<{ key: string; capitalised: boolean; allCaps: boolean }>;
  entry: WeaponEntry;
}

interface GenericPattern {
  words: TermWord[];
  category: string | null;
  specific: boolean;
}

interface TermWord {
  stem: string;
  mode: "exact" | "inflected" | "prefix";
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐‑–][\p{L}\p{N}]+)*/gu;
/** English plurals and Russian case endings a weapon name may carry ("Iskanders", "Искандерами"). */
const ENDINGS = new Set(["s", "es", ...NOUN_ENDINGS]);
/** A ship class named before a ship noun: "MILGEM-class ships", "Kilo-class submarines", "Type 26-class frigates". */
const CLASS_NAME = /^[\p{Lu}\d][\p{L}\d-]*[-‐‑]class$/u;
const SHIP_NOUN = /^(ships?|vessels?|warships?|corvettes?|frigates?|submarines?|destroyers?|cruisers?|boats?|carriers?|patrol)$/u;
/** "Su-57", "K2", "HQ-9B", "T-90MS": lower-case letters before the number only with a hyphen ("Nex1" of "LIG Nex1" is a company's name). */
const DESIGNATION_SHAPE = /^(?:\p{Lu}{1,5}-?|\p{Lu}\p{L}{1,4}-)\d{1,4}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;

/** Generic terms are indexed by the first letters of their first word (every stem has at least these). */
const GENERIC_KEY = 2;

let defaultGazetteer: WeaponGazetteer | undefined;

/** The gazetteer read from `file` (default `data/weapons.yaml`), its index kept between processes (compiled-cache.ts); the default file is read once per process. */
export function loadWeaponGazetteer(file: string = DEFAULT_WEAPONS_FILE): WeaponGazetteer {
  if (file === DEFAULT_WEAPONS_FILE && defaultGazetteer) return defaultGazetteer;
  const text = readFileSync(file, "utf8");
  const index = loadCompiled({ name: "weapons", inputs: [text], classes: [KeyFilter], build: () => buildWeaponIndex(parseCached(text) as WeaponGazetteerData) });
  const gazetteer = gazetteerOver(index);
  if (file === DEFAULT_WEAPONS_FILE) defaultGazetteer = gazetteer;
  return gazetteer;
}

/**
 * The YAML document `text`. Parsing a gazetteer of a thousand systems costs about a second of
 * every process's start, so the parsed document is kept as JSON in the system's temporary
 * directory, keyed by the file's content (as the knowledge base does).
 */
function parseCached(text: string): unknown {
  const cached = join(tmpdir(), `armsgraph-weapons-${createHash("sha256").update(text).digest("hex").slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cached, "utf8"));
  } catch {
    // not cached yet (or unreadable): parse the YAML below
  }
  const doc: unknown = (require("yaml") as typeof YamlModule).parse(text);
  try {
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(doc));
    renameSync(partial, cached);
  } catch {
    // a read-only temporary directory only costs speed
  }
  return doc;
}

/** A gazetteer over in-memory data (tests, other data files). Throws when an entry lacks a designation or category. */
export function createWeaponGazetteer(data: WeaponGazetteerData): WeaponGazetteer {
  return gazetteerOver(buildWeaponIndex(data));
}

/**
 * The gazetteer's index: plain data (no functions), so that a compiled copy can be cached between
 * processes (see compiled-cache.ts) and the matcher put back over it by `gazetteerOver`.
 */
export interface WeaponIndex {
  weapons: WeaponEntry[];
  named: Map<string, NamedPattern[]>;
  firstKeys: KeyFilter;
  byKey: Map<string, WeaponEntry>;
  generic: Map<string, GenericPattern[]>;
  maxGenericWords: number;
  descriptors: TermWord[];
  notWeapons: Set<string>;
}

/** Indexes the gazetteer's names, generic terms and descriptors. Throws when an entry lacks a designation or category. */
export function buildWeaponIndex(data: WeaponGazetteerData): WeaponIndex {
  const weapons: WeaponEntry[] = (data.weapons ?? []).map((w, i) => {
    if (!w.designation || !w.category) throw new Error(`weapon gazetteer entry ${i + 1} needs a designation and a category`);
    return {
      designation: String(w.designation),
      description: w.description ?? "",
      category: w.category,
      origin: w.origin ?? null,
      manufacturer: w.manufacturer ?? null,
      aliases: (w.aliases ?? []).map(String),
    };
  });
  const named = new Map<string, NamedPattern[]>();
  const firstKeys = new KeyFilter();
  const byKey = new Map<string, WeaponEntry>();
  // names share their equal words (a third of the words): the index is read back at every start
  const sharedWords = new Map<string, NamedPattern["words"][number]>();
  const sharedWord = (word: NamedPattern["words"][number]) => {
    const id = `${word.key}\u0000${word.capitalised}\u0000${word.allCaps}`;
    const known = sharedWords.get(id);
    if (known) return known;
    sharedWords.set(id, word);
    return word;
  };
  for (const entry of weapons) {
    for (const name of [entry.designation, ...entry.aliases]) {
      const words = [...name.matchAll(TOKEN)].map((m) => sharedWord({
        key: designationKey(m[0]),
        capitalised: /^\p{Lu}/u.test(m[0]),
        allCaps: /^[\p{Lu}\d-]+$/u.test(m[0]) && !/\d/.test(m[0]) && m[0].length >= 3,
      }));
      if (!words.length) continue;
      byKey.set(words.map((w) => w.key).join(" "), entry);
      const list = named.get(words[0].key) ?? [];
      list.push({ words, entry });
      named.set(words[0].key, list);
      firstKeys.add(words[0].key);
    }
  }
  const generic = new Map<string, GenericPattern[]>();
  for (const g of data.generic ?? []) {
    for (const term of g.terms) {
      const pattern = { words: term.split(WORD_OR_HYPHEN).filter(Boolean).map(termWord), category: g.category ?? null, specific: g.specific ?? true };
      const key = pattern.words[0].stem.slice(0, GENERIC_KEY);
      generic.set(key, [...(generic.get(key) ?? []), pattern]);
    }
  }
  const maxGenericWords = Math.max(1, ...[...generic.values()].flat().map((p) => p.words.length));
  const descriptors = (data.descriptors ?? []).map(termWord);
  const notWeapons = new Set((data.not_weapons ?? []).map(designationKey));
  return { weapons, named, firstKeys, byKey, generic, maxGenericWords, descriptors, notWeapons };
}

/** The matcher over an index built by `buildWeaponIndex`. */
export function gazetteerOver(index: WeaponIndex): WeaponGazetteer {
  const { weapons, named, firstKeys, byKey, generic, maxGenericWords, descriptors, notWeapons } = index;
  // The deals stage reads one clause several times (split, then items, then parties): recent answers are kept.
  const recent = new Map<string, WeaponMatch[]>();
  function find(text: string): WeaponMatch[] {
    let found = recent.get(text);
    if (!found) {
      found = scan(text);
      if (recent.size >= 64) recent.delete(recent.keys().next().value!);
      recent.set(text, found);
    }
    return found.map((m) => ({ ...m }));
  }

  function scan(text: string): WeaponMatch[] {
    const tokens = tokenizeItems(text);
    const found: WeaponMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = namedAt(tokens, i) ?? genericAt(tokens, i) ?? shapeAt(tokens, i);
      if (!match) {
        i++;
        continue;
      }
      let end = match.endToken;
      if (match.kind !== "generic") while (end < tokens.length && descriptors.some((d) => termMatches(d, tokens[end])) && joined(text, tokens, end)) end++;
      const start = tokens[i].start;
      const stop = tokens[end - 1].end;
      found.push({ text: text.slice(start, stop), start, end: stop, kind: match.kind, designation: match.designation, category: match.category, specific: match.specific, origin: match.origin });
      i = end;
    }
    return found;
  }

  type Hit = Omit<WeaponMatch, "text" | "start" | "end"> & { endToken: number };

  function namedAt(tokens: Token[], i: number): Hit | null {
    let best: NamedPattern | null = null;
    for (const key of tokens[i].keys) {
      if (!firstKeys.mayHave(key)) continue;
      for (const pattern of named.get(key) ?? []) {
        if (best && best.words.length >= pattern.words.length) continue;
        const ok = pattern.words.every((w, k) => {
          const t = tokens[i + k];
          if (!t || !t.keys.includes(w.key)) return false;
          if (w.allCaps && t.raw !== t.raw.toUpperCase()) return false;
          return !w.capitalised || /^[\p{Lu}\d]/u.test(t.raw);
        });
        if (ok) best = pattern;
      }
    }
    if (!best) return null;
    return { kind: "named", designation: best.entry.designation, category: best.entry.category, specific: true, origin: best.entry.origin, endToken: i + best.words.length };
  }

  /**
   * The longest generic term starting at token `i`, read over the parts of hyphenated tokens so that
   * "missile-defense systems" and "surface to air missiles" match as their spaced or hyphenated
   * forms do; a match ends where a token ends.
   */
  function genericAt(tokens: Token[], i: number): Hit | null {
    const bucket = generic.get(tokens[i].fold.split(HYPHEN, 1)[0].slice(0, GENERIC_KEY));
    if (!bucket) return null;
    const parts = partsFrom(tokens, i, maxGenericWords);
    let best: GenericPattern | null = null;
    let bestEnd = i;
    for (const pattern of bucket) {
      const last = parts[pattern.words.length - 1];
      if (!last?.closesToken || last.token + 1 <= bestEnd) continue;
      if (pattern.words.every((w, k) => termMatches(w, parts[k]))) {
        best = pattern;
        bestEnd = last.token + 1;
      }
    }
    if (!best) return null;
    return { kind: "generic", designation: null, category: best.category, specific: best.specific, origin: null, endToken: bestEnd };
  }

  function shapeAt(tokens: Token[], i: number): Hit | null {
    const t = tokens[i];
    if (CLASS_NAME.test(t.raw) && SHIP_NOUN.test(tokens[i + 1]?.fold ?? "")) {
      return { kind: "shape", designation: t.raw, category: "ships", specific: true, origin: null, endToken: i + 2 };
    }
    if (!DESIGNATION_SHAPE.test(t.raw) || notWeapons.has(designationKey(t.raw))) return null;
    return { kind: "shape", designation: t.raw, category: null, specific: true, origin: null, endToken: i + 1 };
  }

  return {
    weapons,
    find,
    byDesignation(designation: string) {
      const key = [...designation.matchAll(TOKEN)].map((m) => designationKey(m[0])).join(" ");
      return byKey.get(key);
    },
  };
}

/**
 * A compact, possibly over-inclusive set of the keys that start a name: most words of a text start
 * none, and this answers for them from a few kilobytes instead of a lookup in the map of every name.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(1 << 11);

  add(key: string): void {
    const h = KeyFilter.hash(key);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  mayHave(key: string): boolean {
    const h = KeyFilter.hash(key);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  private static hash(key: string): number {
    const n = key.length;
    return (n * 31 + key.charCodeAt(0) * 977 + key.charCodeAt(n >> 1) * 131 + key.charCodeAt(n - 1) * 7) & 0xffff;
  }
}

function termWord(word: string): TermWord {
  if (word.endsWith("~")) return { stem: foldWord(word.slice(0, -1)), mode: "inflected" };
  if (word.endsWith("*")) return { stem: foldWord(word.slice(0, -1)), mode: "prefix" };
  return { stem: foldWord(word), mode: "exact" };
}

/** A hyphen of any kind inside a token ("missile-defense", "ракетно‑пушечный"). */
const HYPHEN = /[-‐‑–]/;
const WORD_OR_HYPHEN = /\s+|[-‐‑–]/;

/** One hyphen-separated part of a token, with the token it belongs to and whether it is the token's last part. */
interface TokenPart {
  fold: string;
  token: number;
  closesToken: boolean;
}

/** The first `count` parts of tokens `i`, `i + 1`, … split at hyphens (punctuation between tokens is not checked, as for whole tokens). */
function partsFrom(tokens: Token[], i: number, count: number): TokenPart[] {
  const parts: TokenPart[] = [];
  for (let t = i; t < tokens.length && parts.length < count; t++) {
    const pieces = tokens[t].fold.split(HYPHEN);
    pieces.forEach((fold, k) => parts.push({ fold, token: t, closesToken: k === pieces.length - 1 }));
  }
  return parts;
}

function termMatches(word: TermWord, token: { fold: string }): boolean {
  if (token.fold === word.stem) return true;
  if (word.mode === "prefix") return token.fold.startsWith(word.stem);
  if (word.mode === "inflected") return token.fold.startsWith(word.stem) && ENDINGS.has(token.fold.slice(word.stem.length));
  return false;
}

/** True when only spaces separate token `i` from the one before (descriptors do not cross punctuation). */
function joined(text: string, tokens: Token[], i: number): boolean {
  return /^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

function tokenizeItems(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    raw: m[0],
    fold: foldWord(m[0]),
    keys: wordKeys(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
