/**
 * The states a clause names, with the grammatical clues that tell supplier from recipient: the
 * preposition before each ("to Baku", "от Минска"), its Russian case ("Азербайджану"), whether it
 * is a possessor ("Moscow's readiness"), the origin of an item ("Russian-made Smerch",
 * "американское оружие") or a state body ("the Azerbaijani army").
 */
import type { KbActor, KnowledgeBase } from "../../knowledge/types";
import { foldWord } from "../../language/fold-text";
import { NOUN_CASE_ENDINGS } from "../../language/russian-endings";
import { NameMatcher } from "../../knowledge/name-matcher";
import type { WeaponMatch } from "../../knowledge/weapons";
import type { ExtractedMention } from "../types";
import { COMPANY_DESCRIPTOR, INTO_RU, PRESSURE, VARIANT, PREPOSITIONS, STATE_BODY, TRANSPARENT_BEFORE_STATE, TRIGGERS, WE } from "./lexicon";
import { type Span, type Word, wordsOf } from "./text-spans";
import type { ActorRef } from "../../model/actor-ref";

/** The role a preposition gives the state after it; LOCATIVE keeps the state out of the deal. */
export type PrepositionRole = "RECIPIENT" | "SUPPLIER" | "COUNTERPART" | "AGENT" | "LOCATIVE";
/** A Russian case as far as the ending tells it ("dat-gen": -ии, dative or genitive). */
export type RussianCase = "nom" | "gen" | "dat" | "acc" | "ins" | "loc" | "dat-gen";

/** One place where a clause names a state. Offsets are in the body. */
export interface PartyHit {
  actor: ActorRef;
  start: number;
  end: number;
  /**
   * name: "Russia", "Moscow"; origin: a demonym before an item; body: "the Azerbaijani army", or an
   * organisation of the state ("Defense Ministry of Uzbekistan", "Rosoboronexport"); pair:
   * "Russian-Azerbaijani"; variant: a demonym before a variant of an item, naming its
   * customer ("a Polish variant of the K2", "индийская версия Су-30"); we: the speaker's "we"; member: a person of the state ("Putin"), who acts
   * for it as subject or after a preposition but is never guessed.
   */
  source: "name" | "origin" | "variant" | "body" | "pair" | "we" | "member";
  preposition: PrepositionRole | null;
  /** "Moscow's readiness", "our needs": the state owns what follows rather than acting in the clause. */
  possessor: boolean;
  /** Russian case of a Cyrillic name, when the ending tells it. */
  grammaticalCase: RussianCase | null;
  /** Named in Cyrillic: Russian word order is free, so a preposition counts wherever the state stands. */
  russian: boolean;
  /** Joined to the previous hit by "and"/"и"/a comma ("to both Armenia and Azerbaijan"). */
  coordinated: boolean;
  /** Inside a parenthetical aside ("(не знаю, как это связано с Россией)"): never a party by elimination. */
  aside: boolean;
}

const demonymIndex = new WeakMap<KnowledgeBase, NameMatcher<KbActor>>();

/** A matcher for the demonyms ("Russian", "российский") of every state in the knowledge base, built once per base. */
function demonymsOf(kb: KnowledgeBase): NameMatcher<KbActor> {
  let matcher = demonymIndex.get(kb);
  if (!matcher) {
    matcher = new NameMatcher<KbActor>();
    for (const actor of kb.actors) for (const d of actor.kind === "STATE" ? actor.demonyms ?? [] : []) matcher.add(d.text, actor);
    demonymIndex.set(kb, matcher);
  }
  return matcher;
}

/** The state an actor stands for in a deal: a state itself, else none. */
export function stateRef(actor: KbActor): ActorRef {
  return { kbId: actor.id, name: actor.name, kind: "STATE" };
}

/**
 * Every state named in `clause` (body offsets), with its clues. `items` are the clause's weapon
 * matches (body offsets); `speakerState` is the state a quoted "we" stands for, when the clause is
 * inside a statement whose speaker is known; `extraStates` are state mentions the actors stage found.
 */
export function findParties(
  body: string,
  clause: Span,
  kb: KnowledgeBase,
  items: WeaponMatch[],
  speakerState: KbActor | null,
  extraStates: ExtractedMention[] = [],
): PartyHit[] {
  const words = wordsOf(clause);
  const hits: PartyHit[] = [];
  const add = (actor: KbActor, start: number, end: number, source: PartyHit["source"], caseWord: string) => {
    if (hits.some((h) => h.start < end && start < h.end)) return;
    hits.push({ actor: stateRef(actor), start, end, source, preposition: null, possessor: false, grammaticalCase: russianCase(caseWord, actor, kb, source),
      russian: /[\u0400-\u04ff]/.test(body.slice(start, end)), coordinated: false, aside: inAside(body.slice(clause.start, start)) });
  };

  for (const m of kb.findMentions(clause.text)) {
    if (m.actor.kind === "STATE") add(m.actor, clause.start + m.start, clause.start + m.end, "name", m.text);
    const country = m.actor.kind === "PERSON" || m.actor.kind === "ORGANIZATION" ? kb.byId(m.actor.country ?? "") : undefined;
    // a ministry, a force or an arms maker stands for its state like "the Azerbaijani army"; a person only acts for it
    if (country?.kind === "STATE") add(country, clause.start + m.start, clause.start + m.end, m.actor.kind === "ORGANIZATION" ? "body" : "member", m.text);
  }
  for (const m of extraStates) {
    const actor = m.actor.kbId ? kb.byId(m.actor.kbId) : undefined;
    if (actor?.kind === "STATE") add(actor, m.start, m.end, "name", m.text);
  }
  for (const m of demonymsOf(kb).find(clause.text)) {
    const start = clause.start + m.start;
    const end = clause.start + m.end;
    const after = body.slice(end, end + 40);
    const next = words.find((w) => w.start >= end);
    const item = items.find((i) => i.start >= end && isModifierGap(body.slice(end, i.start)));
    const pairWith = /^[-‐‑]\p{L}/u.test(after) || /[-‐‑]$/u.test(body.slice(start - 1, start));
    const isBody = next && STATE_BODY.test(next.fold) && /^[\s‐‑-]*$/u.test(body.slice(end, next.start));
    if (pairWith && !MADE_AFTER_HYPHEN.test(after)) add(m.values[0], start, end, "pair", clause.text.slice(m.start, m.end));
    else if (next && MADE_BY.test(next.fold) && /^\s*[-‐‑]?\s*$/u.test(body.slice(end, next.start))) add(m.values[0], start, end, "origin", clause.text.slice(m.start, m.end));
    else if (isBody) add(m.values[0], start, next.end, "body", next.text);
    else if (item && !/\s(and|или|or|и)\s/u.test(body.slice(end, item.start))) {
      add(m.values[0], start, end, VARIANT.test(body.slice(end, item.start)) ? "variant" : "origin", clause.text.slice(m.start, m.end));
    }
  }
  if (speakerState) {
    // "US$890 million", "the US": the capitals write the state, not "us"
    for (const w of words) if (WE.test(w.fold) && !/^\p{Lu}{2}/u.test(w.text)) add(speakerState, w.start, w.end, "we", w.text);
  }

  hits.sort((a, b) => a.start - b.start);
  hits.forEach((hit, i) => {
    hit.possessor = /^['’]s(?![\p{L}])/u.test(body.slice(hit.end, hit.end + 3)) || (hit.source === "we" && /^(our|наш)/iu.test(body.slice(hit.start, hit.end)));
    const previous = hits[i - 1];
    const gap = body.slice(previous?.end ?? 0, hit.start);
    const listGoesOn = /^\s*(,|and|и)\s/u.test(body.slice(hit.end, hit.end + 6)) || previous?.coordinated;
    // "Denmark and the Netherlands": an article may open the next state's name
    if (previous && (/^\s*(and|both|и|or|или)(?:\s+the)?\s*$/iu.test(gap) || (/^\s*,\s*(?:the\s*)?$/.test(gap) && listGoesOn))) {
      hit.coordinated = true;
      hit.preposition = previous.preposition;
    } else {
      hit.preposition = prepositionBefore(words, hit, body);
    }
    // "its sale required Washington's approval": a state whose approval or objection is needed takes no side
    if (hit.possessor && CONSENT_AFTER.test(body.slice(hit.end, hit.end + 30))) hit.preposition = "LOCATIVE";
    if (hit.source === "we" && /^(us|нам|нас)$/iu.test(body.slice(hit.start, hit.end))) hit.grammaticalCase = "dat";
    // "нашу покупку": a possessive agrees with its noun, so its ending tells nothing of the speaker's role
    if (hit.source === "we" && hit.possessor) hit.grammaticalCase = null;
  });
  return hits;
}

/** "Chinese-made", "Russian-built": a demonym joined to a making word names the maker, not a pair of states. */
const MADE_AFTER_HYPHEN = /^[-‐‑](made|built|designed|produced|manufactured)(?![\p{L}])/iu;
/** The word after a demonym that makes it the maker ("китайского производства", "Chinese-made"). */
const MADE_BY = /^(производства|производство|разработки|сборки|made|built|designed|produced|manufactured)$/u;

/** True when the clause text before a name leaves a parenthesis open. */
function inAside(before: string): boolean {
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** True when only up to three modifier words stand between a demonym and an item ("Russian-made", "new Russian"): no punctuation, no transfer word. */
function isModifierGap(gap: string): boolean {
  if (!/^[\p{L}\s‐‑-]*$/u.test(gap)) return false;
  const words = gap.split(/[\s‐‑-]+/).filter(Boolean);
  return words.length <= 3 && !words.some((w) => TRIGGERS.some((t) => t.word.test(foldWord(w))));
}

/** How many words of a company's descriptive phrase a preposition may stand before ("from major South Korean defense contractor"). */
const MAX_COMPANY_DESCRIPTOR_WORDS = 6;

/**
 * The role of the preposition governing a hit, looking back over articles and "armed forces of";
 * for a company, also over the phrase describing it, demonyms included ("from major South Korean
 * defense contractor Hyundai Rotem").
 */
function prepositionBefore(words: Word[], hit: PartyHit, body: string): PrepositionRole | null {
  const before = words.filter((w) => w.end <= hit.start);
  const limit = hit.source === "body" ? MAX_COMPANY_DESCRIPTOR_WORDS : 5;
  for (let k = before.length - 1, steps = 0; k >= 0 && steps < limit; k--, steps++) {
    const w = before[k].fold;
    if (w === "стороны" && before[k - 1]?.fold === "со") return "SUPPLIER";
    if (INTO_RU.test(w)) return hit.grammaticalCase === "nom" || hit.grammaticalCase === "acc" ? "RECIPIENT" : "LOCATIVE";
    // "under pressure from Washington", "под давлением США": the state that presses takes no side of the deal
    if (PRESSURE.test(w) || (w in PREPOSITIONS && PRESSURE.test(before[k - 1]?.fold ?? ""))) return "LOCATIVE";
    // "made by IAI together with US firm Boeing": a partner in making the system is no side of its sale
    if (w === "with" && before[k - 1]?.fold === "together") return "LOCATIVE";
    if (w in PREPOSITIONS) return PREPOSITIONS[w];
    // a company's description runs on without punctuation: "to Taiwan, the Pentagon said" is no description
    const unbroken = /^[\s‐‑-]*$/u.test(body.slice(before[k].end, k + 1 < before.length ? before[k + 1].start : hit.start));
    const describesCompany = hit.source === "body" && unbroken && (COMPANY_DESCRIPTOR.test(w) || /^\p{Lu}/u.test(before[k].text));
    if (!TRANSPARENT_BEFORE_STATE.test(w) && !describesCompany) return null;
  }
  return null;
}

/** What a state may give a deal without taking part in it, after its possessive ("Washington's approval"). */
const CONSENT_AFTER = /^['’]s\s+(?:\p{L}+\s+)?(?:approval|consent|permission|blessing|green\s+light|objections?|veto|concerns?|sanctions|pressure)(?![\p{L}])/iu;

const RESTORE = ["", "а", "я", "ь", "й"];

/**
 * The case of a Russian state name or state-body noun: the ending that separates it from a
 * dictionary form the knowledge base knows ("Азербайджану" → dat, "Белоруссией" → ins, "Баку" → nom).
 */
function russianCase(text: string, actor: KbActor, kb: KnowledgeBase, source: PartyHit["source"]): RussianCase | null {
  const raw = (text.trim().split(/\s+/).pop() ?? "").replace(/ё/g, "е").replace(/Ё/g, "Е");
  const word = foldWord(raw);
  if (!/[\u0400-\u04ff]/.test(word)) return null;
  if (source !== "name") return adjectiveOrBodyCase(word);
  for (const ending of NOUN_CASE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = raw.slice(0, -ending.length);
    const listed = listedNominative(actor, stem);
    // "Армения" ends in "я" and is its own dictionary form: that ending is no case ending here
    if (listed !== null) {
      if (foldWord(stem + listed) === word) continue;
      return caseOfEnding(ending, listed);
    }
    for (const restore of RESTORE) {
      const candidate = stem + restore;
      // "Франци" + "а" is itself a case form of "Франция", not a dictionary form: -и- stems take -я.
      if (restore === "а" && /и$/u.test(stem)) continue;
      if (foldWord(candidate) === word || kb.lookup(candidate)?.id !== actor.id) continue;
      return caseOfEnding(ending, restore);
    }
  }
  return "nom";
}

/**
 * The ending that turns `stem` into a dictionary form the state lists, masculine forms first: the base also
 * lists case forms ("Египта", "Израиля" by inflection), which must not make "Египту", "Израилю" feminine.
 * A consonant stem whose vowel drops in the other cases ("Египет", "Египту") restores nothing. Null when none is listed.
 */
function listedNominative(actor: KbActor, stem: string): string | null {
  const listed = new Set(actor.aliases.map((a) => a.text));
  for (const restore of ["", "ь", "й"]) if (listed.has(stem + restore)) return restore;
  const base = stem.slice(0, -1);
  if (actor.aliases.some((a) => a.text.length === stem.length + 1 && a.text.startsWith(base) && /[бвгджзклмнпрстфхцчшщ]$/u.test(a.text))) return "";
  for (const restore of ["а", "я"]) if (listed.has(stem + restore)) return restore;
  return null;
}

function caseOfEnding(ending: string, restore: string): RussianCase {
  const feminine = restore === "а" || restore === "я" || restore === "ь";
  if (/^(ом|ем|ой|ей|ою|ею)$/.test(ending)) return "ins";
  // "Израилю" is dative: a feminine noun in -ь ("Беларусь") never ends in a bare -ю
  if (ending === "у" || ending === "ю") return restore === "а" || restore === "я" ? "acc" : "dat";
  if (ending === "а" || ending === "я") return "gen";
  if (ending === "е") return feminine ? "dat-gen" : "loc";
  return "dat-gen";
}

function adjectiveOrBodyCase(word: string): RussianCase | null {
  if (/(ому|ему|ам|ям)$/.test(word)) return "dat";
  if (/(ого|его|ых|их)$/.test(word)) return "gen";
  if (/(ым|им|ою|ею|ией|ами|ями)$/.test(word)) return "ins";
  if (/(ой|ей|ии)$/.test(word)) return "dat-gen";
  if (/(ую|ию|ю)$/.test(word)) return "acc";
  if (/(ий|ый|ая|ое|ее|ые|ие|ия|а|я|о|ство|ы)$/.test(word)) return "nom";
  return null;
}
