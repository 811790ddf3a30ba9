/**
 * The actors stage: every actor the body names — knowledge-base actors with their offsets, people
 * the base does not know (found by a title next to their name), and the statements' speakers and
 * relays — as mentions and as a distinct list.
 */
import type { ExtractedMention, ExtractedStatement } from "../types";
import type { KbActor, KnowledgeBase } from "../../knowledge/types";
import { ActorKnowledgeBase } from "../../knowledge/actor-knowledge-base";
import type { UnknownPerson } from "../../knowledge/person-finder";
import { findUnknownOrganizations } from "./find-unknown-organizations";
import { tokenize } from "../../language/fold-text";
import { NAME_PARTICLES } from "../../language/name-particles";
import { isGenitiveContext, nominativeOfName } from "../../language/russian-inflection";
import { SURNAME_CASE_ENDINGS, endingPattern } from "../../language/russian-endings";
import type { ActorKind } from "../../model/actor-kind";
import type { ActorRef } from "../../model/actor-ref";
import { loadWeaponGazetteer, type WeaponGazetteer, type WeaponMatch } from "../../knowledge/weapons";
import { SpansAhead } from "../spans-ahead";

/** "in the", "at the", "inside the" right before a building's name: the place, not the body. */
const LOCATIVE_BEFORE = /\b(in|at|inside|outside)\s+(the\s+)?$/i;

/** What the stage may know beyond the text. */
export interface MentionContext {
  /** The article's date (`YYYY[-MM[-DD]]`): picks among namesakes ("Aliyev") the one in office. */
  date?: string | null;
  /** The weapon gazetteer: no actor is taken from a designation ("HQ-22", "Leopard 1 AP"). Default: the repository's. */
  weapons?: WeaponGazetteer;
}

/**
 * Mentions of actors in `body` (text order, offsets into `body`) and the distinct actors named,
 * knowledge-base actors by id and unknown ones by name. A person found by title whose name is a
 * spelling of a knowledge-base person ("Davit Tonoian") is taken for that person. Unknown people are kept with their title
 * text; a capitalised phrase with no title next to it is never taken for a person. Statement
 * speakers and relays are included when they have a name (not "Armenian leaders").
 */
export function extractMentions(
  body: string,
  statements: ExtractedStatement[],
  kb: KnowledgeBase,
  context: MentionContext = {},
): { mentions: ExtractedMention[]; actors: ActorRef[] } {
  const date = context.date ?? null;
  const designations = (context.weapons ?? loadWeaponGazetteer()).find(body).filter((w) => w.designation);
  const known = kb.findMentions(body, { date }).filter((m) => !partOfDesignation(body, m, designations));
  const mentions: ExtractedMention[] = known
    .filter((m) => !(m.actor.alsoPlace && LOCATIVE_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start))))
    .map((m) => ({ actor: refOf(m.actor), text: m.text, start: m.start, end: m.end }));
  mentions.push(...statesInBodyNames(mentions, kb));
  const found = (kb instanceof ActorKnowledgeBase ? kb.findUnknownPeople(body, { date }, known) : []).filter((p) => !partOfDesignation(body, p, designations));
  const unknown: UnknownPerson[] = [];
  const namedBySurname = knownPeopleBySurname(mentions);
  for (const person of found) {
    const respelled = kb.lookup(person.name);
    // "Mr Asif" after "Khawaja Asif": the known person the text named in full
    const named = respelled?.kind === "PERSON" ? refOf(respelled) : namedBySurname.get(surnameKey(person.name));
    if (named) mentions.push({ actor: named, text: person.name, start: person.start, end: person.end });
    else unknown.push(person);
  }
  const people = mergeNamesakes(unknown, body);
  for (const person of unknown) {
    mentions.push({ actor: people.get(person)!, text: person.name, start: person.start, end: person.end });
  }
  mentions.push(...surnameMentions(body, [...new Set(people.values())], mentions));
  const organizations = findUnknownOrganizations(body, [...mentions, ...designations], (word) => kb.lookup(word)?.kind === "STATE");
  // one ActorRef per organisation name, however often the article names it
  const organizationRefs = new Map<string, ActorRef>();
  for (const o of organizations) {
    const key = `${o.kind}:${o.name}`;
    if (!organizationRefs.has(key)) organizationRefs.set(key, { kbId: null, name: o.name, kind: o.kind });
    mentions.push({ actor: organizationRefs.get(key)!, text: o.name, start: o.start, end: o.end });
  }
  const named = (actor: ActorRef | null): actor is ActorRef =>
    actor !== null && (actor.kbId !== null || (isProperName(actor.name, actor.kind) && !isDesignation(actor.name, context.weapons ?? loadWeaponGazetteer())));
  for (const statement of statements) {
    for (const actor of [statement.speaker, statement.via]) {
      if (named(actor) && actor.kbId === null) mentions.push(...unknownSpeakerMentions(body, actor, statement, mentions));
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byAdjective = kb instanceof ActorKnowledgeBase ? statesByAdjective(body, kb, mentions) : [];
  const actors = distinctActors([...mentions.map((m) => m.actor), ...statements.flatMap((s) => [s.speaker, s.via]).filter(named), ...byAdjective]);
  return { mentions, actors };
}

/** A short code written right after a designation ("Leopard 1 AP", "Su-30 SM"): the variant, not an actor. */
const VARIANT_CODE = /^\p{Lu}{1,3}$/u;
/** A maker's name followed by a model number ("Antonov 124", "Ильюшин 76"): the aircraft, not a person. */
const MODEL_NUMBER_AFTER = /^[\s-]\d/;

/**
 * True when a name found in the text belongs to a weapon's designation: inside a designation the
 * gazetteer knows ("HQ-22", "Iron Dome"), a variant code right after one ("Leopard 1 AP"), or a
 * name followed by a model number ("Antonov 124").
 */
function partOfDesignation(body: string, found: { start: number; end: number }, designations: WeaponMatch[]): boolean {
  if (designations.some((w) => found.start < w.end && w.start < found.end)) return true;
  const text = body.slice(found.start, found.end);
  if (VARIANT_CODE.test(text) && designations.some((w) => /^[\s-]$/.test(body.slice(w.end, found.start)))) return true;
  return MODEL_NUMBER_AFTER.test(body.slice(found.end, found.end + 2));
}

/** True when a speaker's name is a weapon's designation ("HQ-22", "Swathi WLR"): a misread speaker, not an actor. */
function isDesignation(name: string, weapons: WeaponGazetteer): boolean {
  return weapons.find(name).some((w) => w.designation && w.start === 0 && w.end >= name.trimEnd().length - 4);
}

/** A state's government named by its adjective ("German government", "правительство Германии"): it speaks for the state as a body of its own. */
const STATE_GOVERNMENT = /^(?:\p{Lu}[\p{L}-]+ (?:government|cabinet)|[Пп]равительство \p{Lu}[\p{L}-]+)$/u;

const BODY_NAME_LINKS = new Set(["of", "for", "and", "the", "on", "по", "и"]);


/**
 * True when a name is written as a proper name ("Arman Petrosyan", "Jane's"), not as a common
 * noun phrase ("Armenian leaders", "Russian newspapers"): such speakers stay on their statements
 * but are not listed as actors.
 */
function isProperName(name: string, kind: ActorKind): boolean {
  if (STATE_GOVERNMENT.test(name)) return true;
  const words = tokenize(name);
  // "Об", "Я": a word of two letters or fewer, not an acronym, is a misread function word
  if (words.length === 1 && words[0].raw.length <= 2 && !/^\p{Lu}{2}$/u.test(words[0].raw)) return false;
  // a body's name may link its words: "Department of National Defense", "Office of the President"
  const linked = (i: number) => kind !== "PERSON" && i > 0 && i < words.length - 1 && BODY_NAME_LINKS.has(words[i].fold);
  return words.length > 0 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w.raw) || NAME_PARTICLES.has(w.fold) || linked(i));
}

function refOf(actor: KbActor): ActorRef {
  return { kbId: actor.id, name: actor.name, kind: actor.kind };
}

/** The key a surname is compared by: its last word, folded, without a Russian case ending. */
function surnameKey(name: string): string {
  const words = tokenize(name);
  return words.length ? stemOf(words[words.length - 1].fold) : "";
}

/** Known people the text names in full, by surname; a surname two of them share is left out. */
function knownPeopleBySurname(mentions: readonly ExtractedMention[]): Map<string, ActorRef> {
  const bySurname = new Map<string, ActorRef | null>();
  for (const m of mentions) {
    if (m.actor.kind !== "PERSON" || m.actor.kbId === null || !/\s/u.test(m.text.trim())) continue;
    const key = surnameKey(m.text);
    const seen = bySurname.get(key);
    bySurname.set(key, seen === undefined || seen?.kbId === m.actor.kbId ? m.actor : null);
  }
  return new Map([...bySurname].filter((entry): entry is [string, ActorRef] => entry[1] !== null));
}

/**
 * One ActorRef per unknown person, whatever the case form ("Иван Петров", "Ивана Петрова"): the
 * shortest form names the person, and the longest title text found describes them.
 */
function mergeNamesakes(people: UnknownPerson[], body: string): Map<UnknownPerson, ActorRef> {
  const attested = attestedIn(body);
  const groups = new Map<string, UnknownPerson[]>();
  for (const person of people) {
    const key = tokenize(person.name).map((t) => stemOf(t.fold)).join(" ");
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  // "Mr Asif" is "Khawaja Asif" when one full name of the text ends in that surname
  const bySurname = new Set<UnknownPerson>();
  for (const [key, group] of groups) {
    if (key.includes(" ")) continue;
    const fuller = [...groups.keys()].filter((k) => k.endsWith(` ${key}`));
    if (fuller.length !== 1) continue;
    for (const person of group) bySurname.add(person);
    groups.get(fuller[0])!.push(...group);
    groups.delete(key);
  }
  const refs = new Map<UnknownPerson, ActorRef>();
  for (const group of groups.values()) {
    // the nominative names the person: "Раджнатом Сингхом" is "Раджнат Сингх", and after "по словам" "Ивана Петрова" is "Иван Петров"
    const name = group
      .filter((p) => !bySurname.has(p))
      .map((p) => nominativeOfName(p.name, attested, isGenitiveContext(body.slice(Math.max(0, p.start - 90), p.start))))
      .sort((a, b) => a.length - b.length)[0];
    const roleText = group.map((p) => p.roleText).filter((r): r is string => !!r).sort((a, b) => b.length - a.length)[0] ?? null;
    const ref: ActorRef = { kbId: null, name, kind: "PERSON", roleText };
    for (const person of group) refs.set(person, ref);
  }
  return refs;
}

/** True for a word the text writes on its own, capitalised ("Сингх" in "Сингх отметил"): evidence for a nominative. */
export function attestedIn(body: string): (form: string) => boolean {
  let words: Set<string> | null = null;
  return (form) => (words ??= new Set(body.match(/\p{Lu}[\p{L}-]*/gu) ?? [])).has(form);
}

/**
 * The state a body's name names by its name, not by an adjective: "Azerbaijan's Foreign Ministry",
 * "Минобороны России", "Ministry of Defence of India" also mention Azerbaijan, Russia, India.
 */
function statesInBodyNames(mentions: ExtractedMention[], kb: KnowledgeBase): ExtractedMention[] {
  const out: ExtractedMention[] = [];
  for (const m of mentions) {
    if (m.actor.kind !== "ORGANIZATION" || !m.actor.kbId) continue;
    const country = kb.byId(m.actor.kbId)?.country;
    if (!country) continue;
    for (const word of m.text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)) {
      const state = kb.findMentions(word[0]).find((x) => x.actor.kind === "STATE" && x.actor.id === country && x.text.length >= word[0].length - 2);
      if (!state) continue;
      const start = m.start + (word.index ?? 0) + state.start;
      out.push({ actor: refOf(state.actor), text: state.text, start, end: start + state.text.length });
      break;
    }
  }
  return out;
}

/** "ex-Soviet", "post-Soviet", "pro-Russian", "former Soviet", "бывших советских": a past or a stance, not the state. */
const NOT_THE_STATE_BEFORE = /(\b(ex|post|pro|anti|non|pan)[-\u2010\u2011]\s*|\b(former|бывш\p{L}*)\s+)$/iu;

/** "US$", "A$ 3": a currency, not the state. */
const CURRENCY_AFTER = /^\s?[$€£¥]/u;

/**
 * States the body names only by their adjective ("the Chinese FK-3 system", "Turkish and Pakistani
 * weapons", "российских военных"): the state is an actor of the text, listed but not a mention (the
 * deal and statement stages read names, not adjectives). Adjectives inside another mention
 * ("Russian Defence Ministry") are left to it; a word of the state's own name used as a modifier
 * ("the Karabakh war") names the region, not the state.
 */
function statesByAdjective(body: string, kb: ActorKnowledgeBase, taken: ExtractedMention[]): ActorRef[] {
  return kb
    .findDemonyms(body)
    .filter((d) => !taken.some((m) => d.start < m.end && d.end > m.start))
    .filter((d) => !NOT_THE_STATE_BEFORE.test(body.slice(Math.max(0, d.start - 20), d.start)))
    .filter((d) => !CURRENCY_AFTER.test(body.slice(d.end, d.end + 2)))
    .filter((d) => !tokenize(d.state.name).some((w) => w.fold === tokenize(d.text)[0]?.fold))
    .map((d) => refOf(d.state));
}

const SURNAME_ENDING = endingPattern(SURNAME_CASE_ENDINGS);

/** A word without its Russian case ending ("петровым" → "петров"); other scripts unchanged. */
function stemOf(fold: string): string {
  if (!/[\u0400-\u04ff]/.test(fold)) return fold;
  const stem = fold.replace(SURNAME_ENDING, "");
  return stem.length >= 3 ? stem : fold;
}

/** Later mentions of an unknown person by surname alone ("Novruzov said", "Петрова"), outside other mentions. */
function surnameMentions(body: string, people: ActorRef[], taken: ExtractedMention[]): ExtractedMention[] {
  const found: ExtractedMention[] = [];
  const surnames = people.map((ref) => {
    const words = tokenize(ref.name);
    return { ref, stem: stemOf(words[words.length - 1].fold) };
  });
  const takenAhead = new SpansAhead(taken);
  for (const token of tokenize(body)) {
    if (!/^\p{Lu}/u.test(token.raw) || token.raw.length < 4) continue;
    if (takenAhead.overlapping(token.start, token.end).length) continue;
    const stem = stemOf(token.fold);
    const match = surnames.find((s) => s.stem === stem);
    if (match) found.push({ actor: match.ref, text: token.raw, start: token.start, end: token.end });
  }
  return found;
}

/**
 * Where the body names a speaker or relay the knowledge base does not know: its name (or the
 * statement's speaker label) at the occurrence nearest the statement, unless already a mention.
 */
function unknownSpeakerMentions(
  body: string,
  actor: ActorRef,
  statement: ExtractedStatement,
  taken: ExtractedMention[],
): ExtractedMention[] {
  for (const label of [actor.name, statement.speakerLabel]) {
    if (!label || label.length < 2) continue;
    const hits: number[] = [];
    for (let at = body.indexOf(label); at >= 0; at = body.indexOf(label, at + 1)) hits.push(at);
    if (hits.length === 0) continue;
    const nearest = hits.sort((a, b) => Math.abs(a - statement.start) - Math.abs(b - statement.start))[0];
    const end = nearest + label.length;
    if (taken.some((m) => nearest < m.end && end > m.start)) return [];
    return [{ actor, text: label, start: nearest, end }];
  }
  return [];
}

/** Actors in first-seen order, one per knowledge-base id, or per kind and folded name for unknown ones. */
function distinctActors(refs: ActorRef[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const ref of refs) {
    const key = ref.kbId ?? `${ref.kind}:${tokenize(ref.name).map((t) => stemOf(t.fold)).join(" ")}`;
    const known = seen.get(key);
    if (!known) seen.set(key, ref);
    else if (!known.roleText && ref.roleText) seen.set(key, { ...known, roleText: ref.roleText });
  }
  return [...seen.values()];
}
