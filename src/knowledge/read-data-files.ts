/**
 * Reads and validates the YAML files of the knowledge base. Every problem is reported with the
 * file and the entry it was found in, so a data editor can fix it without reading code.
 */
import { KnowledgeBaseDataError } from "../errors/knowledge-base-data-error";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// yaml is required only when a file is not in the parsed-JSON cache yet: most processes never load it.
import type * as YamlModule from "yaml";
import type { KbActor, KbAlias, KbRole } from "./types";
import type { ForceDefinition, NamePatternVocabulary, PortfolioDefinition, RoleDefinition, RoleVocabulary } from "./role-vocabulary";
import { nameKey } from "../language/fold-text";
import type { ActorKind } from "../model/actor-kind";
import type { NameCondition } from "./name-matcher";
import { type WorldStateEntry, type WorldStatesFile, buildWorldStates, packageVersions, slugOf } from "./world-states";

export interface KnowledgeBaseData {
  actors: KbActor[];
  vocabulary: RoleVocabulary;
  /** Words for finding people the base does not know (`name-patterns.yaml`; empty lists when absent). */
  namePatterns: NamePatternVocabulary;
  /** Alias keys (see `nameKey`) that several actors share on purpose, e.g. "aliyev". */
  sharedAliasKeys: Set<string>;
  /** Ministry id → { state, portfolio } for ministries declared with `ministry:` and those made by rule. */
  ministries: Map<string, { state: string; portfolio: string }>;
  /**
   * Bodies named by a template of roles.yaml, by actor id: every state's ministries (`portfolios`)
   * and armed forces (`forces`), declared or made by rule. A rule is "portfolio:defence",
   * "force:air-force", …; one body may answer several ("Israel Defense Forces": armed forces and army).
   */
  bodies: Map<string, { state: string; rules: string[] }>;
  /** Name key → how the name may match (`matching` in world-states.yaml). */
  nameConditions: Map<string, NameCondition>;
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
const WORLD_STATES_FILE = "world-states.yaml";
const VOCABULARY_FILES = [ROLES_FILE, NAME_PATTERNS_FILE, WORLD_STATES_FILE];
const ISO = /^[A-Z]{2}$/;

type Raw = Record<string, unknown>;

/**
 * Reads every `*.yaml` file of `dir`: `roles.yaml` and `name-patterns.yaml` are vocabularies,
 * `world-states.yaml` completes the country packages into every state of the world, the others
 * hold actors. Ministries and armed forces are then made by rule for every state.
 */
export function readKnowledgeBaseData(dir: string): KnowledgeBaseData {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
  // reading and merging the files and the country packages costs more than 100 ms: the result is
  // kept as JSON in the system's temporary directory, keyed by everything it is made from
  const hash = createHash("sha256").update(dir);
  for (const file of files) hash.update(`\u0000${file}\u0000`).update(readFileSync(join(dir, file)));
  for (const source of [__filename, require.resolve("./world-states")]) hash.update(readFileSync(source));
  hash.update(packageVersions());
  const cached = join(tmpdir(), `armsgraph-kb-data-${hash.digest("hex").slice(0, 32)}.json`);
  try {
    return fromJson(JSON.parse(readFileSync(cached, "utf8")) as JsonData);
  } catch {
    // not cached yet: read the files below
  }
  const data = readFiles(dir, files);
  try {
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(toJson(data)));
    renameSync(partial, cached);
  } catch {
    // a read-only temporary directory only costs speed
  }
  return data;
}

/** KnowledgeBaseData with its Maps and Sets as arrays, for the cache. */
type JsonData = Omit<KnowledgeBaseData, "vocabulary" | "sharedAliasKeys" | "ministries" | "bodies" | "nameConditions" | "capitals" | "origins"> & {
  vocabulary: Omit<RoleVocabulary, "roles" | "portfolios" | "forces"> & { roles: RoleDefinition[]; portfolios: PortfolioDefinition[]; forces: ForceDefinition[] };
  sharedAliasKeys: string[];
  ministries: [string, { state: string; portfolio: string }][];
  bodies: [string, { state: string; rules: string[] }][];
  nameConditions: [string, NameCondition][];
  capitals: [string, KbAlias[]][];
  origins: [string, string][];
};

function toJson(data: KnowledgeBaseData): JsonData {
  const { vocabulary: v } = data;
  return {
    ...data,
    vocabulary: { ...v, roles: [...v.roles.values()], portfolios: [...v.portfolios.values()], forces: [...v.forces.values()] },
    sharedAliasKeys: [...data.sharedAliasKeys],
    ministries: [...data.ministries],
    bodies: [...data.bodies],
    nameConditions: [...data.nameConditions],
    capitals: [...data.capitals],
    origins: [...data.origins],
  };
}

function fromJson(json: JsonData): KnowledgeBaseData {
  const { vocabulary: v } = json;
  return {
    ...json,
    vocabulary: {
      ...v,
      roles: new Map(v.roles.map((r) => [r.key, r])),
      portfolios: new Map(v.portfolios.map((p) => [p.key, p])),
      forces: new Map(v.forces.map((f) => [f.key, f])),
    },
    sharedAliasKeys: new Set(json.sharedAliasKeys),
    ministries: new Map(json.ministries),
    bodies: new Map(json.bodies),
    nameConditions: new Map(json.nameConditions),
    capitals: new Map(json.capitals),
    origins: new Map(json.origins),
  };
}

function readFiles(dir: string, files: string[]): KnowledgeBaseData {
  if (!files.includes(ROLES_FILE)) throw new KnowledgeBaseDataError(join(dir, ROLES_FILE), null, "file missing");
  const vocabulary = readVocabulary(join(dir, ROLES_FILE));
  const namePatterns = files.includes(NAME_PATTERNS_FILE)
    ? readNamePatterns(join(dir, NAME_PATTERNS_FILE))
    : { titles: {}, surnameTitles: {}, notNames: {}, stopWords: {}, notActors: {} };
  const actors: KbActor[] = [];
  const sharedAliasKeys = new Set<string>();
  const ministries = new Map<string, { state: string; portfolio: string }>();
  const capitals = new Map<string, KbAlias[]>();
  const isoCodes = new Map<string, string>();
  const forces = new Map<string, Raw>();
  const origin = new Map<string, string>();
  for (const file of files.filter((f) => !VOCABULARY_FILES.includes(f))) {
    const path = join(dir, file);
    const doc = parseYaml(path) as Raw | null;
    if (!doc || typeof doc !== "object") throw new KnowledgeBaseDataError(path, null, "expected a mapping with `actors:`");
    const defaultKind = doc.kind;
    if (!Array.isArray(doc.actors)) throw new KnowledgeBaseDataError(path, null, "expected a list under `actors:`");
    for (const raw of doc.actors as Raw[]) {
      const actor = readActor(path, raw, defaultKind, { sharedAliasKeys, ministries, capitals, isoCodes, forces });
      if (origin.has(actor.id)) {
        throw new KnowledgeBaseDataError(path, actor.id, `id already used in ${origin.get(actor.id)}`);
      }
      origin.set(actor.id, path);
      actors.push(actor);
    }
  }
  let nameConditions = new Map<string, NameCondition>();
  if (files.includes(WORLD_STATES_FILE)) {
    const path = join(dir, WORLD_STATES_FILE);
    const world = readWorldStatesFile(path);
    nameConditions = world.conditions;
    const hand = new Map<string, KbActor>();
    for (const actor of actors) if (isoCodes.has(actor.id)) hand.set(isoCodes.get(actor.id)!, actor);
    const taken = new Map<string, string>();
    for (const actor of actors) {
      for (const text of [actor.name, ...actor.aliases.map((a) => a.text), ...(capitals.get(actor.id) ?? []).map((a) => a.text)]) {
        taken.set(nameKey(text), actor.id);
      }
    }
    for (const state of buildWorldStates(world.file, hand, taken)) {
      if (world.forcesByIso.has(state.iso)) {
        if (forces.has(state.actor.id)) throw new KnowledgeBaseDataError(path, state.iso, "forces are given in states.yaml too");
        forces.set(state.actor.id, world.forcesByIso.get(state.iso)!);
      }
      if (isoCodes.has(state.actor.id)) continue; // a hand entry, completed in place
      if (origin.has(state.actor.id)) throw new KnowledgeBaseDataError(path, state.actor.id, `id already used in ${origin.get(state.actor.id)}`);
      origin.set(state.actor.id, path);
      actors.push(state.actor);
      if (state.capital.length) capitals.set(state.actor.id, state.capital);
    }
  }
  const bodies = makeBodies(actors, vocabulary, ministries, forces, origin);
  checkReferences(actors, vocabulary, ministries, origin);
  return { actors, vocabulary, namePatterns, sharedAliasKeys, ministries, bodies, nameConditions, capitals, origins: origin };
}

/** world-states.yaml, validated; `forces` of its entries are returned by ISO code. */
function readWorldStatesFile(path: string): { file: WorldStatesFile; conditions: Map<string, NameCondition>; forcesByIso: Map<string, Raw> } {
  const doc = (parseYaml(path) ?? {}) as Raw;
  const fail = (entry: string | null) => (problem: string): never => {
    throw new KnowledgeBaseDataError(path, entry, problem);
  };
  const include = readStringList(doc.include, fail(null), "include");
  for (const code of include) if (!ISO.test(code)) fail(null)(`include: "${code}" is not an ISO 3166-1 alpha-2 code`);
  const ignore = (doc.ignore ?? {}) as Raw;
  const conditions = new Map<string, NameCondition>();
  const matching = (doc.matching ?? {}) as Raw;
  for (const [condition, byLang] of Object.entries(matching)) {
    if (condition !== "notAtSentenceStart" && condition !== "notBesideName") fail(null)(`matching: unknown condition "${condition}"`);
    for (const alias of readAliases(byLang, fail(null), `matching.${condition}`)) conditions.set(nameKey(alias.text), condition as NameCondition);
  }
  if (!Array.isArray(doc.states)) fail(null)("expected a list under `states:`");
  const states: WorldStateEntry[] = [];
  const forcesByIso = new Map<string, Raw>();
  const seen = new Set<string>();
  for (const raw of doc.states as Raw[]) {
    const iso = raw?.iso;
    if (typeof iso !== "string" || !ISO.test(iso)) fail(String(raw?.id ?? raw?.name ?? null))("each state needs `iso`: an ISO 3166-1 alpha-2 code");
    const f = fail(iso as string);
    if (seen.has(iso as string)) f("ISO code listed twice");
    seen.add(iso as string);
    for (const key of Object.keys(raw)) if (!["iso", "id", "name", "aliases", "capital", "demonyms", "forces"].includes(key)) f(`unknown field "${key}"`);
    if (raw.id !== undefined && (typeof raw.id !== "string" || !ID.test(raw.id))) f("id must be a lowercase slug");
    if (raw.name !== undefined && typeof raw.name !== "string") f("name must be a string");
    const entry: WorldStateEntry = {
      iso: iso as string,
      id: raw.id as string | undefined,
      name: raw.name as string | undefined,
      aliases: readAliases(raw.aliases, f, "aliases"),
      capital: readAliases(raw.capital, f, "capital"),
      demonyms: readAliases(raw.demonyms, f, "demonyms"),
    };
    states.push(entry);
    if (raw.forces !== undefined) forcesByIso.set(entry.iso, raw.forces as Raw);
  }
  const file: WorldStatesFile = {
    include,
    ignore: {
      names: readAliases(ignore.names, fail(null), "ignore.names"),
      capitals: readAliases(ignore.capitals, fail(null), "ignore.capitals"),
      demonyms: readAliases(ignore.demonyms, fail(null), "ignore.demonyms"),
    },
    conditions,
    states,
  };
  return { file, conditions, forcesByIso };
}

/**
 * The bodies named by roles.yaml's templates, for every state: ministries declared with
 * `ministry:`, ministries of the other portfolios made by rule ("{adj} Defense Ministry"), and the
 * armed forces (`forces`), named by rule or by the state's `forces:` entry (`name`, `aliases`, or
 * `id` of an actor written elsewhere, such as the Israel Defense Forces).
 */
function makeBodies(
  actors: KbActor[],
  vocabulary: RoleVocabulary,
  ministries: Map<string, { state: string; portfolio: string }>,
  forces: Map<string, Raw>,
  origin: Map<string, string>,
): Map<string, { state: string; rules: string[] }> {
  const bodies = new Map<string, { state: string; rules: string[] }>();
  const addBody = (id: string, state: string, rule: string) => {
    const body = bodies.get(id) ?? { state, rules: [] };
    body.rules.push(rule);
    bodies.set(id, body);
  };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const declared = new Set<string>();
  for (const [id, m] of ministries) {
    addBody(id, m.state, `portfolio:${m.portfolio}`);
    declared.add(`${m.state}:portfolio:${m.portfolio}`);
  }
  const rules: Array<{ rule: string; name: string; force: string | null }> = [
    ...[...vocabulary.portfolios.values()].filter((p) => p.name).map((p) => ({ rule: `portfolio:${p.key}`, name: p.name!, force: null })),
    ...[...vocabulary.forces.values()].map((f) => ({ rule: `force:${f.key}`, name: f.name, force: f.key })),
  ];
  for (const state of actors.filter((a) => a.kind === "STATE")) {
    const file = origin.get(state.id) ?? "?";
    const raw = (forces.get(state.id) ?? {}) as Raw;
    const fail = (problem: string): never => {
      throw new KnowledgeBaseDataError(file, state.id, problem);
    };
    for (const key of Object.keys(raw)) if (key !== "style" && !vocabulary.forces.has(key)) fail(`forces: "${key}" is not a force of roles.yaml`);
    if (raw.style !== undefined && raw.style !== "name" && raw.style !== "adj") fail("forces.style must be `name` or `adj`");
    const adjective = raw.style === "name" ? null : state.demonyms?.find((d) => d.lang === "en")?.text ?? null;
    for (const { rule, name, force } of rules) {
      if (declared.has(`${state.id}:${rule}`)) continue;
      const own = (force ? raw[force] : undefined) as Raw | undefined;
      if (own?.id !== undefined) {
        const existing = byId.get(String(own.id));
        if (!existing || existing.kind !== "ORGANIZATION") fail(`forces.${force}.id "${own.id}" is not an organisation`);
        existing!.country ??= state.id;
        addBody(existing!.id, state.id, rule);
        continue;
      }
      const canonical = typeof own?.name === "string" ? own.name : name.replace("{adj}", adjective ?? state.name).replace("{name}", state.name);
      const id = slugOf(canonical);
      const existing = byId.get(id);
      if (existing) {
        if (existing.country !== state.id) fail(`the ${rule.split(":")[1]} made by rule would take the id "${id}" of another actor`);
        addBody(id, state.id, rule);
        continue;
      }
      const actor: KbActor = {
        id,
        kind: "ORGANIZATION",
        name: canonical,
        wikidata: null,
        country: state.id,
        aliases: own ? readAliases(own.aliases, fail, `forces.${force}.aliases`) : [],
        roles: [],
      };
      actors.push(actor);
      byId.set(id, actor);
      origin.set(id, file);
      addBody(id, state.id, rule);
      if (rule.startsWith("portfolio:")) ministries.set(id, { state: state.id, portfolio: rule.slice("portfolio:".length) });
    }
  }
  return bodies;
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
    doc = (require("yaml") as typeof YamlModule).parse(text);
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
  /** State id → ISO 3166-1 code (`iso:` of a hand-written state). */
  isoCodes: Map<string, string>;
  /** State id → its `forces:` corrections. */
  forces: Map<string, Raw>;
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
  if (raw.iso !== undefined) {
    if (kind !== "STATE") fail("only states have an ISO code");
    if (typeof raw.iso !== "string" || !ISO.test(raw.iso)) fail(`iso "${raw.iso}" is not an ISO 3166-1 alpha-2 code`);
    into.isoCodes.set(id, raw.iso as string);
  }
  if (raw.forces !== undefined) {
    if (kind !== "STATE") fail("only states have armed forces");
    if (!raw.forces || typeof raw.forces !== "object") fail("forces must be a mapping");
    into.forces.set(id, raw.forces as Raw);
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
    if (p.name !== undefined && (typeof p.name !== "string" || !p.name.includes("{adj}"))) fail("portfolio `name` must be a template with {adj}");
    portfolios.set(key, { key, head: p.head as string, name: (p.name as string | undefined) ?? null, templates: readPhrases(p, ["head", "name"], fail) });
  }
  const forces = new Map<string, ForceDefinition>();
  for (const [key, raw] of Object.entries((doc.forces ?? {}) as Raw)) {
    const fail = (problem: string): never => {
      throw new KnowledgeBaseDataError(path, key, problem);
    };
    const f = raw as Raw;
    if (typeof f?.name !== "string" || !/\{adj\}/.test(f.name)) fail("force needs `name`: a template with {adj}");
    forces.set(key, { key, name: f.name as string, templates: readPhrases(f, ["name"], fail) });
  }
  const fail = (problem: string): never => {
    throw new KnowledgeBaseDataError(path, null, problem);
  };
  for (const definition of [...portfolios.values(), ...forces.values()]) {
    for (const list of Object.values(definition.templates)) {
      for (const template of list) {
        if ((template.match(/\{adj\}|\{name\}/g) ?? []).length !== 1) {
          throw new KnowledgeBaseDataError(path, definition.key, `template "${template}" needs exactly one {adj} or {name}`);
        }
      }
    }
  }
  return {
    roles,
    portfolios,
    forces,
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
