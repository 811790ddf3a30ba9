/**
 * Which states a short text names, for rules that compare role descriptions ("the Russian defence
 * minister", "президент Азербайджана", "Kremlin spokesman", "ВВС Пакистана"). Works on any
 * KnowledgeBase (the per-article answer cache included): it needs only `actors`, `byId` and
 * `findMentions`.
 */
import type { KbActor, KnowledgeBase } from "./types";
import { NameMatcher } from "./name-matcher";
import { tokenize } from "../language/fold-text";

const DEMONYMS = new WeakMap<readonly KbActor[], NameMatcher<KbActor>>();

/** A matcher of every state's adjectives ("Russian", "российский"), built once per knowledge base. */
function demonymsOf(kb: KnowledgeBase): NameMatcher<KbActor> {
  let matcher = DEMONYMS.get(kb.actors);
  if (!matcher) {
    matcher = new NameMatcher<KbActor>();
    for (const actor of kb.actors) if (actor.kind === "STATE") for (const d of actor.demonyms ?? []) matcher.add(d.text, actor);
    DEMONYMS.set(kb.actors, matcher);
  }
  return matcher;
}

/** A place where a text names a state, and how. */
export interface StateReference {
  state: KbActor;
  start: number;
  end: number;
  /** "name": its name or capital; "adjective": "Russian", "азербайджанского"; "body": the state of a body named ("Kremlin", "Минобороны Германии"). */
  by: "name" | "adjective" | "body";
}

/**
 * Every place a text names a state, in text order: by its name or capital ("Russia", "Москвой"), by
 * its adjective ("Russian", "азербайджанского"), or as the country of a state body or company the
 * text names ("Kremlin", "Pakistan Air Force", "Минобороны Германии", "Rosoboronexport").
 */
export function stateReferences(kb: KnowledgeBase, text: string): StateReference[] {
  const found: StateReference[] = [];
  const mentions = kb.findMentions(text);
  for (const m of mentions) {
    if (m.actor.kind === "STATE") found.push({ state: m.actor, start: m.start, end: m.end, by: "name" });
    else if (m.actor.kind === "ORGANIZATION" && m.actor.country) {
      const state = kb.byId(m.actor.country);
      if (state) found.push({ state, start: m.start, end: m.end, by: "body" });
    }
  }
  for (const d of demonymsOf(kb).find(text)) {
    if (mentions.some((m) => d.start < m.end && d.end > m.start)) continue; // "Russian" of "Russian Defense Ministry"
    found.push({ state: d.values[0], start: d.start, end: d.end, by: "adjective" });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The states a text names (see `stateReferences`), each once, in text order. */
export function statesNamedIn(kb: KnowledgeBase, text: string): KbActor[] {
  return [...new Set(stateReferences(kb, text).map((r) => r.state))];
}

/**
 * True when a single word names or qualifies a state: a state's name, capital or adjective in any
 * case form ("Russia", "Russian", "Азербайджана", "US", "Britain's", "российского").
 */
export function isStateWord(kb: KnowledgeBase, word: string): boolean {
  const tokens = tokenize(word);
  if (tokens.length === 0) return false;
  const refs = stateReferences(kb, word).filter((r) => r.by !== "body");
  return tokens.every((t) => refs.some((r) => r.start <= t.start && t.end <= r.end));
}
