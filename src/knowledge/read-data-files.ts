/**
 * Reads and validates the YAML files of the knowledge base. Every problem is reported with the
 * file and the entry it was found in, so a data editor can fix it without reading code.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import type { KbActor, KbAlias, KbRole } from "./types";
import type { NamePatternVocabulary, PortfolioDefinition, RoleDefinition, RoleVocabulary } from "./role-vocabulary";
import { nameKey } from "../language/fold-text";
import type { ActorKind } from "../model/actor-kind";

export class KnowledgeBaseDataError extends Error {
  constructor(file: string, entry: string | null, problem: string) {
    super(`knowledge base ${file}${entry ? ` (entry "${entry}")` : ""}: ${problem}`);
    this.name = "KnowledgeBaseDataError";
  }
}

export interface KnowledgeBaseData {
  actors: KbActor[];
  vocabulary: RoleVocabulary;
  /** Words for finding people the base does not know (`name-patterns.yaml`; empty lists when absent). */
  namePatterns: NamePatternVocabulary;
  /** Alias keys (see `nameKey`) that several actors share on purpose, e.g. "aliyev". */
  sharedAliasKeys: Set<string>;
  /** Ministry id → { state, portfolio } for ministries declared with `ministry:`. */
  ministries: Map<string, { state: string; portfolio: string }>;
  /** State id → its capital's aliases, kept apart because they name the state only by metonymy. */
  capitals: Map<string, KbAlias[]>;
  /** Actor id → the file it is defined in, for error messages. */
  origins: Map<string, string>;
}

const KINDS: readonly ActorKind[] = ["PERSON", "STATE", "ORGANIZATION", "MEDIA"];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const WIKIDATA = /^Q\d+$/;
const ROLES_FILE = "roles.yaml";
const NAME_PATTERNS_FILE = "name-patterns.yaml";
const VOCABULARY_FILES = [ROLES_FILE, NAME_PATTERNS_FILE];

type Raw = Record<string, unknown>;

/**
 * Reads every `*.yaml` file of `dir`: `roles.yaml` and `name-patterns.yaml` are vocabularies,
 * the others hold actors.
 */
export function readKnowledgeBaseData(dir: string): KnowledgeBaseData {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
  if (!files.includes(ROLES_FILE)) throw new KnowledgeBaseDataError(join(dir, ROLES_FILE), null, "file missing");
  const vocabulary = readVocabulary(join(dir, ROLES_FILE));
  const namePatterns = files.includes(NAME_PATTERNS_FILE)
    ? readNamePatterns(join(dir, NAME_PATTERNS_FILE))
    : { titles: {}, surnameTitles: {}, notNames: {}, stopWords: {}, notActors: {} };
  const actors: KbActor[] = [];
  const sharedAliasKeys = new Set<string>();
  const ministries = new Map<string, { state: string; portfolio: string }>();
  const capitals = new Map<string, KbAlias[]>();
  const origin = new Map<string, string>();
  for (const file of files.filter((f) => !VOCABULARY_FILES.includes(f))) {
    const path = join(dir, file);
    const doc = parseYaml(path) as Raw | null;
    if (!doc || typeof doc !== "object") throw new KnowledgeBaseDataError(path, null, "expected a mapping with `actors:`");
    const defaultKind = doc.kind;
    if (!Array.isArray(doc.actors)) throw new KnowledgeBaseDataError(path, null, "expected a list under `actors:`");
    for (const raw of doc.actors as Raw[]) {
      const actor = readActor(path, raw, defaultKind, { sharedAliasKeys, ministries, capitals });
      if (origin.has(actor.id)) {
        throw new KnowledgeBaseDataError(path, actor.id, `id already used in ${origin.get(actor.id)}`);
      }
      origin.set(actor.id, path);
      actors.push(actor);
    }
  }
  checkReferences(actors, vocabulary, ministries, origin);
  return { actors, vocabulary, namePatterns, sharedAliasKeys, ministries, capitals, origins: origin };
}

/**
 * The YAML document in `path`. Parsing YAML costs most of the loading time, so the parsed
 * document is kept as JSON in the system's temporary directory, keyed by the file's content.
 */
function parseYaml(path: string): unknown {
  const text = readFileSync(path, "utf8");
  const cached = join(tmpdir(), `armsgraph-kb-${createHash("sha256").update(text).digest("hex").slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cached, "utf8"));
  } catch {
    // not cached yet (or unreadable): parse the YAML below
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new KnowledgeBaseDataError(path, null, (error as Error).message);
  }
  try {
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(doc));
    renameSync(partial, cached);
  } catch {
    // a read-only temporary directory only costs speed
  }
  return doc;
}

interface Collectors {
  sharedAliasKeys: Set<string>;
  ministries: Map<string, { state: string; portfolio: string }>;
  capitals: Map<string, KbAlias[]>;
}

function readActor(path: string, raw: Raw, defaultKind: unknown, into: Collectors): KbActor {
  if (!raw || typeof raw !== "object") throw new KnowledgeBaseDataError(path, null, "entry is not a mapping");
  const id = raw.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new KnowledgeBaseDataError(path, String(raw.name ?? id), "id must be a lowercase slug like 'sergei-shoigu'");
  }
  const fail = (problem: string): never => {
    throw new KnowledgeBaseDataError(path, id, problem);
  };
  const kind = (raw.kind ?? defaultKind) as ActorKind;
  if (!KINDS.includes(kind)) fail(`kind must be one of ${KINDS.join(", ")}`);
  if (typeof raw.name !== "string" || !raw.name.trim()) fail("name missing");
  const wikidata = raw.wikidata == null ? null : String(raw.wikidata);
  if (wikidata !== null && !WIKIDATA.test(wikidata)) fail(`wikidata "${wikidata}" is not a Q-id`);
  const country = raw.country == null ? null : String(raw.country);
  const aliases = readAliases(raw.aliases, fail, "aliases");
  for (const text of readStringList(raw.sharedAliases, fail, "sharedAliases")) {
    if (!aliases.some((a) => a.text === text)) fail(`sharedAliases lists "${text}", which is not among its aliases`);
    into.sharedAliasKeys.add(nameKey(text));
  }
  const roles = readRoles(raw.roles, country, fail);
  const actor: KbActor = { id, kind, name: (raw.name as string).trim(), wikidata, country, aliases, roles };
  if (raw.demonyms !== undefined) {
    if (kind !== "STATE") fail("only states have demonyms");
    actor.demonyms = readAliases(raw.demonyms, fail, "demonyms");
  }
  if (raw.alsoPlace === true) actor.alsoPlace = true;
  if (raw.capital !== undefined) {
    if (kind !== "STATE") fail("only states have a capital");
    into.capitals.set(id, readAliases(raw.capital, fail, "capital"));
  }
  if (raw.ministry !== undefined) {
    const m = raw.ministry as Raw;
    if (!m || typeof m.of !== "string" || typeof m.portfolio !== "string") fail("ministry needs `of` (state id) and `portfolio`");
    into.ministries.set(id, { state: m.of as string, portfolio: m.portfolio as string });
    if (!actor.country) actor.country = m.of as string;
  }
  return actor;
}

function readStringList(value: unknown, fail: (p: string) => never, field: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v !== "string" && typeof v !== "number") fail(`${field} must hold strings`);
    const text = String(v).trim();
    if (!text) fail(`${field} holds an empty string`);
    return text;
  });
}

function readAliases(value: unknown, fail: (p: string) => never, field: string): KbAlias[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== "object" || Array.isArray(value)) fail(`${field} must map a language code to a list`);
  const aliases: KbAlias[] = [];
  for (const [lang, list] of Object.entries(value as Raw)) {
    if (!/^[a-z]{2,3}$/.test(lang)) fail(`${field}: "${lang}" is not a language code`);
    for (const text of readStringList(list, fail, `${field}.${lang}`)) aliases.push({ text, lang });
  }
  return aliases;
}

function readDate(value: unknown, fail: (p: string) => never, what: string): string | null {
  if (value === undefined || value === null) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!DATE.test(text)) fail(`${what} "${text}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return text;
}

function readRoles(value: unknown, country: string | null, fail: (p: string) => never): KbRole[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail("roles must be a list");
  return (value as Raw[]).map((r, i) => {
    if (!r || typeof r !== "object" || typeof r.role !== "string") fail(`roles[${i}] needs a \`role\` key`);
    const from = readDate(r.from, fail, `roles[${i}].from`);
    const to = readDate(r.to, fail, `roles[${i}].to`);
    if (from && to && from.slice(0, to.length) > to.slice(0, from.length)) fail(`roles[${i}] ends (${to}) before it starts (${from})`);
    const role: KbRole = {
      title: typeof r.title === "string" ? r.title : "",
      role: r.role as string,
      of: r.of == null ? country : String(r.of),
      from,
      to,
    };
    if (r.acting === true) role.acting = true;
    return role;
  });
}

function readVocabulary(path: string): RoleVocabulary {
  const doc = parseYaml(path) as Raw | null;
  if (!doc || typeof doc.roles !== "object" || !doc.roles) throw new KnowledgeBaseDataError(path, null, "expected `roles:`");
  const roles = new Map<string, RoleDefinition>();
  for (const [key, raw] of Object.entries(doc.roles as Raw)) {
    const fail = (problem: string): never => {
      throw new KnowledgeBaseDataError(path, key, problem);
    };
    const r = raw as Raw;
    if (typeof r?.title !== "string") fail("role needs a title");
    roles.set(key, { key, title: r.title as string, phrases: readPhrases(r, ["title", "several"], fail), several: r.several === true });
  }
  const portfolios = new Map<string, PortfolioDefinition>();
  for (const [key, raw] of Object.entries((doc.portfolios ?? {}) as Raw)) {
    const fail = (problem: string): never => {
      throw new KnowledgeBaseDataError(path, key, problem);
    };
    const p = raw as Raw;
    if (typeof p?.head !== "string" || !roles.has(p.head)) fail("portfolio needs `head`: a role key of `roles:`");
    portfolios.set(key, { key, head: p.head as string, templates: readPhrases(p, ["head"], fail) });
  }
  const fail = (problem: string): never => {
    throw new KnowledgeBaseDataError(path, null, problem);
  };
  return {
    roles,
    portfolios,
    headWords: readPhrases((doc.headWords ?? {}) as Raw, [], fail),
    actingWords: readPhrases((doc.actingWords ?? {}) as Raw, [], fail),
  };
}

function readNamePatterns(path: string): NamePatternVocabulary {
  const doc = (parseYaml(path) ?? {}) as Raw;
  const fail = (problem: string): never => {
    throw new KnowledgeBaseDataError(path, null, problem);
  };
  const section = (key: string) => readPhrases((doc[key] ?? {}) as Raw, [], (p) => fail(`${key}: ${p}`));
  return {
    titles: section("titles"),
    surnameTitles: section("surnameTitles"),
    notNames: section("notNames"),
    stopWords: section("stopWords"),
    notActors: section("notActors"),
  };
}

function readPhrases(raw: Raw, skip: string[], fail: (p: string) => never): Record<string, string[]> {
  const phrases: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(raw)) {
    if (skip.includes(lang)) continue;
    phrases[lang] = readStringList(list, fail, lang);
  }
  return phrases;
}

function checkReferences(
  actors: KbActor[],
  vocabulary: RoleVocabulary,
  ministries: Map<string, { state: string; portfolio: string }>,
  origin: Map<string, string>,
): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const actor of actors) {
    const file = origin.get(actor.id) ?? "?";
    const fail = (problem: string): never => {
      throw new KnowledgeBaseDataError(file, actor.id, problem);
    };
    if (actor.country !== null && byId.get(actor.country)?.kind !== "STATE") fail(`country "${actor.country}" is not a state id`);
    actor.roles.forEach((role, i) => {
      if (!vocabulary.roles.has(role.role)) fail(`roles[${i}]: role "${role.role}" is not in roles.yaml`);
      if (role.of !== null && !byId.has(role.of)) fail(`roles[${i}]: "of: ${role.of}" is not an id`);
      if (!role.title) role.title = defaultTitle(vocabulary.roles.get(role.role)!.title, role, byId);
    });
    const ministry = ministries.get(actor.id);
    if (ministry) {
      if (byId.get(ministry.state)?.kind !== "STATE") fail(`ministry.of "${ministry.state}" is not a state id`);
      if (!vocabulary.portfolios.has(ministry.portfolio)) fail(`ministry.portfolio "${ministry.portfolio}" is not in roles.yaml`);
    }
  }
}

function defaultTitle(title: string, role: KbRole, byId: Map<string, KbActor>): string {
  const body = role.of ? byId.get(role.of)?.name : null;
  return `${role.acting ? "Acting " : ""}${title}${body ? ` of ${body}` : ""}`;
}
