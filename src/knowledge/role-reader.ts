/**
 * Reads role descriptions ("the Russian defence minister", "президента Азербайджана", "глава МИД
 * России", "и.о. министра обороны") and finds who held the office at a date.
 */
import type { KbActor, KbMatch } from "./types";
import type { KnowledgeBaseData } from "./read-data-files";
import { NameMatcher } from "./name-matcher";
import { roleCovers } from "./term-dates";

/** A role description found in a text. */
export interface RoleDescription {
  text: string;
  start: number;
  end: number;
  /** Role key from roles.yaml ("defence-minister"). */
  role: string;
  /** The state or organisation the office belongs to, when the text says. */
  of: KbActor | null;
  acting: boolean;
  /** The person in office at the date given, when exactly one was. */
  holder: KbActor | undefined;
}

type RoleWord = { type: "role"; key: string } | { type: "head" } | { type: "acting" };

/** The knowledge-base services a role reader needs. */
export interface RoleReaderHost {
  readonly actors: readonly KbActor[];
  byId(id: string): KbActor | undefined;
  findMentions(text: string, options?: { date?: string | null }): KbMatch[];
  findDemonyms(text: string): { state: KbActor; text: string; start: number; end: number }[];
}

const BODY_BEFORE_GAP = /^(\s{1,2}|['’]s\s{1,2})$/;
const BODY_AFTER_GAP = /^\s{1,2}((of|for|at|to|in)\s+(the\s+)?)?$/i;
const ACTING_GAP = /^\s{1,2}$/;

export class RoleReader {
  private readonly words = new NameMatcher<RoleWord>();
  private readonly ministryHead = new Map<string, { state: string; role: string }>();
  private readonly severalHolders = new Set<string>();
  /** Armed forces by rule → their state: an office of "the Pakistan Army" is held in Pakistan. */
  private readonly forceStates = new Map<string, string>();

  constructor(
    private readonly kb: RoleReaderHost,
    data: KnowledgeBaseData,
  ) {
    for (const role of data.vocabulary.roles.values()) {
      if (role.several) this.severalHolders.add(role.key);
      for (const list of Object.values(role.phrases)) for (const p of list) this.words.add(p, { type: "role", key: role.key });
    }
    for (const list of Object.values(data.vocabulary.headWords)) for (const p of list) this.words.add(p, { type: "head" });
    for (const list of Object.values(data.vocabulary.actingWords)) for (const p of list) this.words.add(p, { type: "acting" });
    for (const [id, m] of data.ministries) {
      this.ministryHead.set(id, { state: m.state, role: data.vocabulary.portfolios.get(m.portfolio)!.head });
    }
    for (const [id, body] of data.bodies) if (body.rules.some((r) => r.startsWith("force:"))) this.forceStates.set(id, body.state);
  }

  /** The holder of the office a label describes, or the person the label names. */
  resolve(label: string, date: string | null): KbActor | undefined {
    const person = this.kb.findMentions(label, { date }).find((m) => m.actor.kind === "PERSON");
    if (person) return person.actor;
    const described = this.findIn(label, date).find((d) => d.of !== null);
    return described?.holder;
  }

  /** Every role description in `text`, with its holder at `date` when one person fits. */
  findIn(text: string, date: string | null): RoleDescription[] {
    const hits = this.words.find(text);
    const bodies = this.bodiesIn(text, date);
    const found: RoleDescription[] = [];
    hits.forEach((hit, i) => {
      const word = hit.values[0];
      if (word.type === "acting") return;
      const previous = hits[i - 1];
      const acting = !!previous && previous.values[0].type === "acting" && ACTING_GAP.test(text.slice(previous.end, hit.start));
      let start = acting ? previous.start : hit.start;
      let end = hit.end;
      // a body may end inside the role's words: "Pakistan Army chief" is the Pakistan Army + "army chief"
      const before =
        bodies.filter((b) => b.end <= start && BODY_BEFORE_GAP.test(text.slice(b.end, start))).pop() ??
        bodies.find((b) => b.start < start && b.end > start && b.end <= end);
      const after = bodies.find((b) => b.start >= end && BODY_AFTER_GAP.test(text.slice(end, b.start)));
      const body = word.type === "head" ? after : before ?? after;
      if (body) {
        start = Math.min(start, body.start);
        end = Math.max(end, body.end);
      }
      const office = this.office(word, body?.actor ?? null);
      if (!office) return;
      const resolvable = !this.severalHolders.has(office.role);
      const holder = resolvable && office.of ? this.pick(this.holders(office.role, office.of.id, date, acting), acting, office.of.id, date) : undefined;
      found.push({ text: text.slice(start, end), start, end, role: office.role, of: office.of, acting, holder });
    });
    return found;
  }

  /** Persons who held `role` of `of` (or of a body of that state), at `date` when given. */
  holders(role: string, of: string, date: string | null, acting = false): KbActor[] {
    const fits = (belongs: (r: KbActor["roles"][number]) => boolean) =>
      this.kb.actors.filter(
        (a) => a.kind === "PERSON" && a.roles.some((r) => r.role === role && belongs(r) && (!date || roleCovers(r, date)) && (!acting || r.acting)),
      );
    const direct = fits((r) => r.of === of);
    if (direct.length > 0) return direct;
    const within = fits((r) => r.of !== null && this.kb.byId(r.of)?.country === of);
    const state = this.forceStates.get(of);
    return within.length > 0 || !state ? within : this.holders(role, state, date, acting);
  }

  private pick(candidates: KbActor[], acting: boolean, of: string, date: string | null): KbActor | undefined {
    if (candidates.length <= 1 || acting || !date) return candidates.length === 1 ? candidates[0] : undefined;
    const full = candidates.filter((a) => a.roles.some((r) => r.of === of && !r.acting && roleCovers(r, date)));
    return full.length === 1 ? full[0] : undefined;
  }

  private office(word: RoleWord, body: KbActor | null): { role: string; of: KbActor | null } | null {
    if (word.type === "role") {
      return { role: word.key, of: body };
    }
    const ministry = body ? this.ministryHead.get(body.id) : undefined;
    if (!ministry) return null;
    return { role: ministry.role, of: this.kb.byId(ministry.state) ?? null };
  }

  private bodiesIn(text: string, date: string | null): { actor: KbActor; start: number; end: number }[] {
    const named = this.kb
      .findMentions(text, { date })
      .filter((m) => m.actor.kind === "STATE" || m.actor.kind === "ORGANIZATION");
    const adjectives = this.kb.findDemonyms(text).map((d) => ({ actor: d.state, start: d.start, end: d.end }));
    return [...named, ...adjectives].sort((a, b) => a.start - b.start);
  }
}
