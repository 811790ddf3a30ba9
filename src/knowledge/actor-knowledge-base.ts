/**
 * The in-memory knowledge base: actors from the data files, an index of their names, and the
 * helpers other pipeline stages need (`findMentions`, `resolveRole`, `findDemonyms`, …).
 */
import type { KbActor, KbMatch, KnowledgeBase } from "./types";
import type { KnowledgeBaseData } from "./read-data-files";
import { KnowledgeBaseDataError } from "../errors/knowledge-base-data-error";
import type { RoleVocabulary } from "./role-vocabulary";
import { NameMatcher, type NameMatch, type NameOptions } from "./name-matcher";
import { type Token, nameKey, startsUpper, tokenize } from "../language/fold-text";
import { BodyFinder, bodyKey } from "./body-finder";
import { activeOn } from "./term-dates";
import { type RoleDescription, RoleReader } from "./role-reader";
import { PersonFinder, type UnknownPerson } from "./person-finder";
import { spellingSkeleton } from "../language/spelling-skeleton";

/** Skeletons shorter than this ("Xi", "Ли") are too likely to collide. */
const MIN_SKELETON = 6;

/** A one-word state name or capital may inflect from a stem this short, being capitalised ("Кубы", "Чада", "Риме"). */
const STATE_MIN_STEM = 3;

/** A name written right before a currency sign is part of a currency ("US$", "HK$", "A$"). */
const CURRENCY_AFTER = /^[$€£¥₽₹]/;

/** A state's name or capital before "-based" names a place: "a Stockholm-based institute", "US-based firms". */
const PLACE_AFTER = /^[-‐]based\b/i;

/** Options for reading a text. */
export interface MentionOptions {
  /** The text's date (`YYYY[-MM[-DD]]`): picks among namesakes the one in office then. */
  date?: string | null;
}

/** A place where a text names a state by its adjective ("Azerbaijani", "российского"). */
export interface DemonymMatch {
  state: KbActor;
  text: string;
  start: number;
  end: number;
}

export class ActorKnowledgeBase implements KnowledgeBase {
  readonly actors: readonly KbActor[];
  readonly vocabulary: RoleVocabulary;
  private readonly ids = new Map<string, KbActor>();
  private readonly order = new Map<KbActor, number>();
  private readonly byKey = new Map<string, KbActor[]>();
  private readonly bySkeleton = new Map<string, Set<KbActor>>();
  /** Actor names, and (as null) names that contain an alias but denote no actor ("Latin America"). */
  private readonly names = new NameMatcher<KbActor | null>();
  private readonly demonyms = new NameMatcher<KbActor>();
  private readonly bodies: BodyFinder;
  private readonly roles: RoleReader;
  private readonly people: PersonFinder;
  private readonly notNames = new Set<string>();

  constructor(data: KnowledgeBaseData, source = "knowledge base") {
    this.actors = data.actors;
    this.vocabulary = data.vocabulary;
    data.actors.forEach((actor, i) => {
      this.ids.set(actor.id, actor);
      this.order.set(actor, i);
    });
    for (const actor of data.actors) {
      const options = (text: string): NameOptions => {
        const condition = data.nameConditions.get(nameKey(text));
        return { minStem: actor.kind === "STATE" ? STATE_MIN_STEM : undefined, condition };
      };
      this.addName(actor.name, actor, options(actor.name));
      for (const alias of actor.aliases) this.addName(alias.text, actor, options(alias.text));
      for (const alias of data.capitals.get(actor.id) ?? []) this.addName(alias.text, actor, options(alias.text));
      for (const demonym of actor.demonyms ?? []) this.demonyms.add(demonym.text, actor);
    }
    for (const list of Object.values(data.namePatterns.notActors)) for (const name of list) this.names.add(name, null);
    for (const list of Object.values(data.namePatterns.notNames)) for (const word of list) this.notNames.add(word.toLowerCase());
    const bodyIds = new Map<string, KbActor>();
    for (const [id, body] of data.bodies) for (const rule of body.rules) bodyIds.set(bodyKey(body.state, rule), this.ids.get(id)!);
    const templates = new Map<string, Record<string, string[]>>();
    for (const p of data.vocabulary.portfolios.values()) templates.set(`portfolio:${p.key}`, p.templates);
    for (const f of data.vocabulary.forces.values()) templates.set(`force:${f.key}`, f.templates);
    this.bodies = new BodyFinder(templates, { names: this.names, demonyms: this.demonyms }, bodyIds);
    checkAmbiguity(this.byKey, data.sharedAliasKeys, data.origins, source);
    this.roles = new RoleReader(this, data);
    this.people = new PersonFinder(data.namePatterns);
  }

  private addName(name: string, actor: KbActor, options: NameOptions): void {
    const key = nameKey(name);
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(actor)) list.push(actor);
    this.byKey.set(key, list);
    this.names.add(name, actor, options);
    // the skeleton levels the romanisations of people's names ("Tonoian", "Тоноян"); it is not
    // needed for states, bodies and outlets, whose names the base lists in each script
    if (actor.kind !== "PERSON") return;
    const skeleton = spellingSkeleton(name);
    if (skeleton.length >= MIN_SKELETON) this.bySkeleton.set(skeleton, (this.bySkeleton.get(skeleton) ?? new Set()).add(actor));
  }

  /** The actor with this id. */
  byId(id: string): KbActor | undefined {
    return this.ids.get(id);
  }

  /** The single actor a name denotes (any spelling or case form); undefined when unknown or shared. */
  lookup(name: string): KbActor | undefined {
    const all = this.lookupAll(name);
    return all.length === 1 ? all[0] : undefined;
  }

  /**
   * Every actor a name may denote: one for most names, several for a shared surname ("Aliyev").
   * A spelling the base does not list ("Davit Tonoian") is tried last by its spelling skeleton.
   */
  lookupAll(name: string): KbActor[] {
    const exact = this.byKey.get(nameKey(name));
    if (exact) return [...exact];
    const text = name.trim().replace(/^the\s+/i, "");
    const tokens = tokenize(text);
    if (tokens.length === 0) return [];
    const body = this.bodies.find(text, tokens).find((b) => b.firstToken === 0 && b.endToken === tokens.length);
    if (body) return [body.actor];
    const matches = this.names.find(text, tokens);
    if (matches.length === 1 && matches[0].firstToken === 0 && matches[0].endToken === tokens.length) {
      return matches[0].values.filter((a): a is KbActor => a !== null);
    }
    return [...(this.bySkeleton.get(spellingSkeleton(text)) ?? [])];
  }

  /**
   * Every non-overlapping place in `text` that names a knowledge-base actor, in text order. A name
   * shared by several actors goes to the one the same text names unambiguously elsewhere, else to
   * the one in office at `options.date`, else to the one listed first in the data.
   */
  findMentions(text: string, options: MentionOptions = {}): KbMatch[] {
    const tokens = tokenize(text);
    const names = this.names
      .find(text, tokens)
      .filter((m): m is NameMatch<KbActor> => !m.values.includes(null) && !CURRENCY_AFTER.test(text.slice(m.end, m.end + 1)))
      .filter((m) => !(m.values[0].kind === "STATE" && PLACE_AFTER.test(text.slice(m.end, m.end + 7))));
    const bodies = this.bodies.find(text, tokens).map((b) => ({ ...b, values: [b.actor], body: true }));
    const matches = longestFirst([...names, ...bodies]).filter((m) => "body" in m || this.meetsCondition(m, text, tokens));
    const named = new Set(matches.filter((m) => m.values.length === 1).map((m) => m.values[0]));
    return matches.map((m) => ({
      actor: m.values.length === 1 ? m.values[0] : this.pickNamesake(m.values, named, options.date ?? null),
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    }));
  }

  /** Whether a name that is also an ordinary word or a person's name stands where it names the actor. */
  private meetsCondition(m: { condition?: string; firstToken: number; endToken: number; start: number }, text: string, tokens: Token[]): boolean {
    if (m.condition === "notAtSentenceStart") return !atSentenceStart(text, m.start);
    if (m.condition === "notBesideName") {
      const before = tokens[m.firstToken - 1];
      const after = tokens[m.endToken];
      const beside = (t: Token | undefined, gap: string) => !!t && /^ {1,2}$/.test(gap) && startsUpper(t.raw) && /\p{L}/u.test(t.raw) && !this.notNames.has(t.fold);
      return !beside(before, before ? text.slice(before.end, m.start) : "") && !beside(after, after ? text.slice(tokens[m.endToken - 1].end, after.start) : "");
    }
    return true;
  }

  private pickNamesake(candidates: KbActor[], named: Set<KbActor>, date: string | null): KbActor {
    const inText = candidates.filter((c) => named.has(c));
    if (inText.length === 1) return inText[0];
    if (date) {
      const inOffice = candidates.filter((c) => activeOn(c, date));
      if (inOffice.length === 1) return inOffice[0];
    }
    return [...candidates].sort((a, b) => this.order.get(a)! - this.order.get(b)!)[0];
  }

  /** Places where `text` names a state by its adjective ("Russian", "азербайджанского"). */
  findDemonyms(text: string): DemonymMatch[] {
    return this.demonyms.find(text).map((m) => ({ state: m.values[0], text: text.slice(m.start, m.end), start: m.start, end: m.end }));
  }

  /**
   * The person who held the office a label describes at a date ("президент Азербайджана",
   * "the Russian defense minister", "Azerbaijani Foreign Minister"). A label that names a person
   * gives that person. Without a date, only an office ever held by one person resolves.
   */
  resolveRole(label: string, date: string | null): KbActor | undefined {
    return this.roles.resolve(label, date);
  }

  /**
   * Role descriptions in running text ("the Russian defence minister", "министр обороны Армении",
   * "глава МИД России"), each with the office it names and, when `date` settles it, its holder.
   */
  findRoleDescriptions(text: string, date: string | null = null): RoleDescription[] {
    return this.roles.findIn(text, date);
  }

  /** Persons who held a role of a body (`of`: a state or organisation id), optionally at a date. */
  holders(role: string, of: string, date: string | null = null): KbActor[] {
    return this.roles.holders(role, of, date);
  }

  /**
   * People the knowledge base does not know, found by a title before or after their name
   * ("spokesman Artsrun Hovhannisyan", "Mehman Novruzov, Defence Attache…"), each with its
   * title text. Places that name a knowledge-base actor or a state adjective are never taken;
   * pass `mentions` when `findMentions(text)` has already run.
   */
  findUnknownPeople(text: string, options: MentionOptions = {}, mentions?: KbMatch[]): UnknownPerson[] {
    const known = [...(mentions ?? this.findMentions(text, options)), ...this.findDemonyms(text)];
    return this.people.find(text, known);
  }

  /** True for news outlets and agencies. */
  isMedia(actor: KbActor | string): boolean {
    const a = typeof actor === "string" ? this.lookup(actor) ?? this.byId(actor) : actor;
    return a?.kind === "MEDIA";
  }
}

/**
 * Non-overlapping matches, the earliest first and, at the same place, the longest; at the same
 * span, a name the data lists wins over a body found by template.
 */
function longestFirst<M extends { start: number; end: number; body?: boolean }>(matches: M[]): M[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end || Number(!!a.body) - Number(!!b.body));
  const kept: M[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

/**
 * True when `start` begins a sentence: nothing but spaces, quotation marks, brackets or a dash
 * stand between it and the start of the text, a line break, or the end of the previous sentence.
 */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n" || /[.!?…:;]/.test(c)) return true;
    if (/[\s«»“”„"'(\[—–-]/.test(c)) continue;
    return false;
  }
  return true;
}

function checkAmbiguity(byKey: Map<string, KbActor[]>, shared: Set<string>, origins: Map<string, string>, source: string): void {
  for (const [key, actors] of byKey) {
    if (actors.length > 1 && !shared.has(key)) {
      const files = [...new Set(actors.map((a) => origins.get(a.id) ?? source))];
      throw new KnowledgeBaseDataError(
        files.join(" and "),
        actors.map((a) => a.id).join(", "),
        `the name "${key}" denotes several actors; list it under sharedAliases of each if that is intended`,
      );
    }
  }
}
