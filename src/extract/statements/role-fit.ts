/**
 * Reads a role description ("the top Russian military official", "президент Азербайджана", "the
 * Armenian head of state") into the office it names and the country, and tells whether an actor fits
 * it, from the knowledge base's roles at a date or from the words the article puts before the name.
 */
import { isStateWord, statesNamedIn } from "../../knowledge/state-words";
import type { KbActor, KnowledgeBase } from "../../knowledge/types";

/** What a role description says: kinds of office ("president", "defence", "minister"…) and countries. */
export interface RoleDescription {
  concepts: Set<string>;
  countries: Set<string>;
}

const CONCEPTS: Array<[string, RegExp]> = [
  ["president", /president|президент|head of state|глав[аыеу] государства|(?<![\p{L}])(?:king|emir|корол[ья]|эмир)(?![\p{L}])/iu],
  ["prime", /prime[\s-]minister|premier|премьер|chancellor|канцлер/iu],
  ["defence", /defen[cs]e|military|обороны|военн|армии/iu],
  ["foreign", /foreign|иностранных дел|(?<![\p{L}])мид(?![\p{L}])|diplomat/iu],
  ["minister", /minister|министр/iu],
  ["deputy", /deputy|вице|заместител/iu],
  ["secretary-general", /secretary[\s-]general|генсек|генеральн\p{L}* секретар/iu],
  ["spokesperson", /spokes|пресс-секретар|официальн\p{L}* представител/iu],
  ["official", /official|чиновник|leader|лидер|(?<![\p{L}])(?:head|глав[аыеу])(?![\p{L}])/iu],
  ["diplomat", /diplomat|дипломат|ambassador|посол|посла|envoy/iu],
  ["officer", /(?<![\p{L}])(?:colonel|admiral|brigadier|полковник\p{L}*|подполковник\p{L}*|генерал(?:а|ом|у|-\p{L}+)?|адмирал\p{L}*|майор\p{L}*)(?![\p{L}])/iu],
];

/** Concepts that name a person's office; "official" fits any office and is not compared. */
const PERSON_CONCEPTS = ["president", "prime", "minister", "secretary-general", "spokesperson", "official", "diplomat", "officer"];

const DESCRIPTION_CACHE = new WeakMap<KnowledgeBase, Map<string, RoleDescription>>();

/** Reads the offices and countries a role description names (remembered per text; treat the result as read-only). */
export function describeRole(text: string, kb: KnowledgeBase): RoleDescription {
  let cache = DESCRIPTION_CACHE.get(kb);
  if (!cache) DESCRIPTION_CACHE.set(kb, (cache = new Map()));
  let found = cache.get(text);
  if (!found) cache.set(text, (found = readRole(text, kb)));
  return found;
}

function readRole(text: string, kb: KnowledgeBase): RoleDescription {
  const concepts = new Set<string>();
  for (const [name, re] of CONCEPTS) if (re.test(text)) concepts.add(name);
  const countries = new Set(statesNamedIn(kb, text).map((state) => state.id));
  return { concepts, countries };
}

/** True when the description names an office of a person (not just a country). */
export function isPersonRole(role: RoleDescription): boolean {
  return PERSON_CONCEPTS.some((c) => role.concepts.has(c));
}

function within(date: string | null, from: string | null, to: string | null): boolean {
  if (!date) return true;
  return (!from || from.slice(0, date.length) <= date) && (!to || date <= to.padEnd(date.length, "9"));
}

/**
 * The role descriptions an actor carries: the base's roles valid at `date`, plus the words the article
 * itself puts before the actor's name (`articleRoles`).
 */
export function actorRoles(actor: KbActor | null, articleRoles: readonly string[], date: string | null, kb: KnowledgeBase): RoleDescription[] {
  const out: RoleDescription[] = [];
  for (const r of actor?.roles ?? []) {
    if (!within(date, r.from, r.to)) continue;
    const d = describeRole(`${r.title} ${r.role.replace(/-/gu, " ")}`, kb);
    out.push(r.of && !d.countries.has(r.of) ? { concepts: d.concepts, countries: new Set([...d.countries, r.of]) } : d);
  }
  for (const text of articleRoles) out.push(describeRole(text, kb));
  return out;
}

/** True when one of `roles` fits the description `wanted` (every office and country it names). */
export function fits(wanted: RoleDescription, roles: readonly RoleDescription[]): boolean {
  return roles.some((r) => {
    for (const c of wanted.concepts) if (c !== "official" && !r.concepts.has(c)) return false;
    if (r.concepts.has("deputy") && !wanted.concepts.has("deputy")) return false;
    if (r.concepts.has("prime") && !wanted.concepts.has("prime") && wanted.concepts.has("president")) return false;
    for (const c of wanted.countries) if (!r.countries.has(c)) return false;
    return wanted.concepts.size > 0;
  });
}

/** True when a single word is a state's name, capital or adjective in the knowledge base, in any case form ("Russian", "Азербайджана"). */
export function isCountryWord(word: string, kb: KnowledgeBase): boolean {
  return isStateWord(kb, word);
}
