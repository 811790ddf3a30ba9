import type { WeaponMatch } from "../../knowledge/weapons";
import type { PartyHit } from "./find-parties";
import { ARRIVAL, PREPOSITIONS, type TriggerDirection } from "./lexicon";
import type { Word } from "./text-spans";
import type { ActorRef } from "../../model/actor-ref";
import type { DealStatus } from "../../model/deal-status";

/** A noun for the one who supplies ("supplier", "поставщик"): its owner ("Armenia's supplier") gets the weapons. */
const SUPPLIER_NOUN = /^(suppliers?|поставщик\p{L}*)$/u;

/** "from" (and Russian "от"/"из"/"у"): a phrase that names the supplying side ("закупает оружие у многих стран"). */
const PREPOSITION_OF_SIDE = /^(from|от|из|у)$/u;
/** "with"/"с": names the other side of talks or a contract ("talks … with several European governments"). */
const PREPOSITION_OF_PARTNER = /^(with|с|со)$/u;

/** Words that open examples of a side named as no state ("including", "such as", "в том числе", "включая"). */
const INCLUDING = /^(including|includes|notably|particularly|especially|such|among|включая|числе|частности|особенности)$/u;

/** The offices that act for the state owning them ("Argentina's defence minister", "India's army"). */
const STATE_OFFICE = /^(?:minister|ministry|president|government|army|navy|military|officials?|leader|forces|premier|chancellor|cabinet)$/u;

/** The verb after a state in "the contract Poland signed": the state is the deal's signer. */
const SIGNED = /^(?:signed|agreed|concluded|inked|placed|подписал\p{L}*|заключил\p{L}*)$/u;

/** The auxiliaries of an English passive ("were delivered", "have been sold"). */
const PASSIVE_AUXILIARY = /^(?:was|were|been|being|be|is|are)$/u;

/** Words that may stand between an item (or the transfer word) and the "to"/"from" phrase that belongs to it. */
const MAX_WORDS_TO_PREPOSITION = 4;

/** Who gives and who gets in a clause (several recipients for "to both Armenia and Azerbaijan"). */
export interface Roles {
  suppliers: ActorRef[];
  recipients: ActorRef[];
  /** The clause gives a side that is no state ("buys weapons from many countries"): it is not left to guesswork. */
  unnamedSide: boolean;
}

/**
 * Decides who gives and who gets in one clause, from the strongest clue to the weakest:
 * prepositions after the transfer ("to Baku", "from Russia", "для Азербайджана", "со стороны
 * Минска"), an item's origin ("Russian weapons"), the object of a supply verb ("supplying
 * Azerbaijan with"), Russian dative/instrumental case, the subject before the transfer word
 * (supplier of "sell", recipient of "buy"), the maker of a named system ("Akash" → India) among
 * the states left, and last the one other state left when only one role is filled
 * ("Russian-Azerbaijani contracts", "the Armenian army") unless the clause names that side as no
 * state ("from many countries"). A deal with no direction between two states ("Azerbaijan signed an
 * arms deal with Israel") goes from the one that makes its items, else from the one that makes
 * weapons at all (a maker in the gazetteer), to the other. `commas`: offsets of the clause's commas and semicolons.
 */
export function assignRoles(
  hits: PartyHit[],
  trigger: Word,
  direction: TriggerDirection,
  status: DealStatus,
  items: WeaponMatch[],
  words: Word[],
  producers: ReadonlySet<string>,
  triggerGives = direction === "SUPPLY",
  commas: readonly number[] = [],
): Roles {
  const role = new Map<string, { actor: ActorRef; role: "S" | "R"; at: number }>();
  const used = new Set<PartyHit>();
  const set = (hit: PartyHit, r: "S" | "R") => {
    used.add(hit);
    if (!role.has(hit.actor.kbId!)) role.set(hit.actor.kbId!, { actor: hit.actor, role: r, at: hit.start });
  };
  const anchors = [trigger.end, ...items.map((i) => i.end)];
  const wordBefore = (hit: PartyHit) => words.filter((w) => w.end <= hit.start).pop();
  // An English "to X"/"from X" belongs to the transfer when it follows the transfer word or an item closely.
  // "…munitions, two sources familiar with the talks said": a phrase after a comma belongs to another part of the sentence
  const afterComma = (w: Word) => {
    const anchor = Math.max(...anchors.filter((a) => a <= w.start));
    return commas.some((c) => c >= anchor && c < w.start);
  };
  const follows = (hit: { start: number }) => {
    const near = anchors.filter((a) => a <= hit.start);
    if (!near.length) return false;
    return words.filter((w) => w.start >= Math.max(...near) && w.end <= hit.start).length <= MAX_WORDS_TO_PREPOSITION;
  };

  // "delivered by Denmark and the Netherlands": a state coordinated with the agent is an agent too
  let agent: PartyHit | null = null;
  for (const hit of hits) {
    const after = hit.russian || follows(hit);
    if (hit.preposition === "RECIPIENT" && after && !hit.possessor) set(hit, "R");
    else if (hit.preposition === "SUPPLIER" && after) set(hit, "S");
    else if (hit.preposition === "AGENT" && ((hit.coordinated && agent !== null) || (after && (isJustAfter(words, trigger, wordBefore(hit)) || (direction !== "NEUTRAL" && hit.start > trigger.end && !hit.coordinated))))) {
      set(hit, direction === "ACQUIRE" ? "R" : "S");
      agent = hit;
    }
    else if (hit.preposition === "LOCATIVE" && ARRIVAL.test(trigger.fold) && hit.start > trigger.end && /^(in|at)$/.test(wordBefore(hit)?.fold ?? "") && follows(hit)) set(hit, "R");
    else if (hit.source === "origin") set(hit, "S");
    else if (hit.source === "variant") set(hit, "R");
    else if (hit.preposition === null && !hit.russian && triggerGives && hit.start > trigger.end && isJustAfter(words, trigger, wordBefore(hit) ?? trigger, 0)) set(hit, "R");
    else if (hit.preposition === null && hit.grammaticalCase === "dat") set(hit, "R");
    else if (hit.preposition === null && hit.grammaticalCase === "ins" && direction === "SUPPLY" && hit.start > trigger.end) set(hit, "S");
  }

  // "India has emerged as Armenia's largest arms supplier": the owner of a supplier is supplied
  if (SUPPLIER_NOUN.test(trigger.fold)) {
    const owner = hits.find((h) => h.possessor && !used.has(h) && h.end <= trigger.start && words.filter((w) => w.start >= h.end && w.end <= trigger.start).length <= MAX_WORDS_TO_PREPOSITION);
    if (owner) set(owner, "R");
  }

  // "Qatar operates 24 Typhoons delivered in 2022": a participle right after its item is passive, and the clause's subject holds the goods
  const reducedPassive = direction === "SUPPLY" && /ed$/u.test(trigger.fold) && items.some((i) => i.end <= trigger.start && !words.some((w) => w.start >= i.end && w.end <= trigger.start));
  // "Morocco has operated Apaches since 2024, when the first six were delivered": after "was"/"were"/"been" the
  // goods are the subject; a state before them holds the goods, unless the clause already names who gets them
  const auxiliary = words[words.indexOf(trigger) - 1]?.fold ?? "";
  const fullPassive = direction === "SUPPLY" && /(?:ed|sold|shipped)$/u.test(trigger.fold) && PASSIVE_AUXILIARY.test(auxiliary) && ![...role.values()].some((v) => v.role === "R");
  const subjectRole = reducedPassive || fullPassive ? "R" : direction === "SUPPLY" || (direction === "NEUTRAL" && status === "OFFERED") ? "S" : direction === "ACQUIRE" ? "R" : null;
  if (subjectRole) {
    const subjects = hits.filter((h, i) => !used.has(h) && h.end <= trigger.start && h.preposition === null && !h.coordinated && !hits[i + 1]?.coordinated
      && h.source !== "pair" && (h.grammaticalCase === null || h.grammaticalCase === "nom"));
    const subject = subjects[subjects.length - 1];
    if (subject) set(subject, subjectRole);
    else if (direction === "ACQUIRE") for (const buyer of listedBuyers(hits, trigger, words, items)) set(buyer, "R");
  }

  const makers = new Set(items.map((i) => i.origin).filter(Boolean));
  if (![...role.values()].some((v) => v.role === "S")) {
    const maker = hits.find((h) => !used.has(h) && !role.has(h.actor.kbId!) && makers.has(h.actor.kbId) && h.preposition !== "LOCATIVE" && h.preposition !== "RECIPIENT");
    if (maker) set(maker, "S");
  }

  const talks = status === "NEGOTIATING" || status === "CONTRACTED";
  // "supply India with an air-defence system": a "with" that leads to an item names no partner.
  const leadsToItem = (i: number) => items.some((item) => item.start >= words[i].end && item.start <= (words[i + MAX_WORDS_TO_PREPOSITION] ?? words[words.length - 1]).end);
  // "партию из 12 истребителей", "from 2019": a number after "from"/"из" is a part or a time, not a side
  const countsOrDates = (i: number) => /^(\p{N}|(one|two|three|four|five|six|seven|eight|nine|ten|twelve|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти)$)/u.test(words[i + 1]?.fold ?? "");
  const unnamedAt = words.findIndex((w, i) => (PREPOSITION_OF_SIDE.test(w.fold) && !countsOrDates(i) || (talks && PREPOSITION_OF_PARTNER.test(w.fold) && /^\p{L}/u.test(words[i + 1]?.fold ?? "") && !leadsToItem(i)))
    && follows(w) && !afterComma(w) && !hits.some((h) => h.start >= w.end && (h.start <= words[Math.min(i + 3, words.length - 1)].end || governedBy(h, w))));
  let unnamedSide = unnamedAt >= 0;
  // "from many countries, including Israel and Turkey", "у многих стран, в том числе у Израиля": the examples name that side.
  const including = unnamedAt < 0 ? -1 : words.findIndex((w, j) => j > unnamedAt && j <= unnamedAt + MAX_WORDS_TO_PREPOSITION + 1 && INCLUDING.test(w.fold));
  if (including >= 0) {
    const after = hits.filter((h) => h.start > words[including].end && !h.possessor);
    const gap = after.length ? words.filter((w) => w.start > words[including].end && w.end <= after[0].start).length : Infinity;
    if (gap <= 2) {
      const named = [after[0]];
      for (const hit of after.slice(1)) if (hit.coordinated) named.push(hit); else break;
      for (const hit of named) if (!role.has(hit.actor.kbId!)) set(hit, "S");
      unnamedSide = named.some((h) => role.get(h.actor.kbId!)?.role !== "S");
    }
  }
  const filled = new Set([...role.values()].map((v) => v.role));
  if (filled.size === 1 && !unnamedSide) {
    // "Argentina's Defense Minister Luis Petri signed a contract to buy …": a state's office acts for the state
    const actsForState = (h: PartyHit) => h.end <= trigger.start && words.filter((w) => w.start >= h.end).slice(0, 3).some((w) => STATE_OFFICE.test(w.fold));
    const left = hits.filter((h) => !used.has(h) && !role.has(h.actor.kbId!) && h.source !== "member" && h.preposition !== "LOCATIVE" && h.preposition !== "RECIPIENT" && h.preposition !== "SUPPLIER" && (!h.possessor || actsForState(h)) && !h.aside);
    const distinct = new Set(left.map((h) => h.actor.kbId));
    // "Ankara is in talks with Egypt and Saudi Arabia on the KAAN": each partner of a list takes the other side
    const partnerList = left.length > 1 && left.every((h) => h.preposition === "COUNTERPART") && left.slice(1).every((h) => h.coordinated);
    const otherSide = distinct.size === 1 ? [left[0]] : partnerList ? left : [];
    for (const h of otherSide) set(h, filled.has("S") ? "R" : "S");
  }

  if (role.size === 0 && direction === "NEUTRAL") {
    const parties = [...new Map(hits.filter((h) => h.preposition !== "LOCATIVE" && !h.possessor).map((h) => [h.actor.kbId, h])).values()];
    // "Польша и Южная Корея подписали контракт на поставку танков K2": the state that makes the items supplies them
    const itemMakers = parties.filter((h) => makers.has(h.actor.kbId));
    const producing = itemMakers.length === 1 ? itemMakers : parties.filter((h) => producers.has(h.actor.kbId!));
    if (parties.length === 2 && producing.length === 1) {
      set(producing[0], "S");
      set(parties.find((h) => h !== producing[0])!, "R");
    }
  }

  // "Armenia signed a contract with India for Pinaka launchers": with nothing else to go on, the signer buys
  // from its partner; not for mere "weapons", where the deal may as well run the other way.
  if (role.size === 0 && direction === "NEUTRAL" && items.some((i) => i.specific)) {
    const signer = hits.filter((h) => h.end <= trigger.start && h.preposition === null && !h.coordinated && !h.possessor && h.source !== "pair" && h.source !== "origin"
      && (h.grammaticalCase === null || h.grammaticalCase === "nom")).pop();
    const partner = hits.find((h) => h !== signer && h.preposition === "COUNTERPART" && !h.coordinated && PREPOSITION_OF_PARTNER.test(wordBefore(h)?.fold ?? ""));
    if (signer && partner && signer.actor.kbId !== partner.actor.kbId) {
      set(partner, "S");
      set(signer, "R");
    }
    // "Poland signed a contract for 180 K2 tanks", "a contract Poland signed in 2022 for …": with no partner named,
    // the signer buys what another state makes (the maker is inferred as supplier afterwards)
    const relativeSigner = hits.find((h) => h.start >= trigger.end && h.preposition === null && !h.possessor && SIGNED.test(words.find((w) => w.start >= h.end)?.fold ?? "")
      && !words.some((w) => w.start >= trigger.end && w.end <= h.start && !/^(?:the|a|an|that|which)$/u.test(w.fold)));
    const buyer = signer ?? relativeSigner;
    if (!partner && buyer && hits.length === 1 && makers.size > 0 && !makers.has(buyer.actor.kbId)) set(buyer, "R");
  }

  const ordered = [...role.values()].sort((a, b) => a.at - b.at);
  return { suppliers: ordered.filter((v) => v.role === "S").map((v) => v.actor), recipients: ordered.filter((v) => v.role === "R").map((v) => v.actor), unnamedSide };
}

/**
 * "Nigeria, Ethiopia, Togo and Morocco have all bought TB2s": a list of states right before a purchase verb buys,
 * each of them, when the items name their maker (who then supplies). Elsewhere a list before the verb may be
 * the two sides of one deal ("Azerbaijan and Israel signed …"), so it is left alone.
 */
function listedBuyers(hits: PartyHit[], trigger: Word, words: Word[], items: WeaponMatch[]): PartyHit[] {
  const before = hits.filter((h) => h.end <= trigger.start);
  let first = before.length - 1;
  while (first > 0 && before[first].coordinated) first--;
  const list = before.slice(first);
  const gap = list.length ? words.filter((w) => w.start >= list[list.length - 1].end && w.end <= trigger.start).length : Infinity;
  const makers = new Set(items.map((i) => i.origin).filter(Boolean));
  const listed = list.length >= 2 && list.slice(1).every((h) => h.coordinated) && gap <= 5;
  if (!listed || makers.size === 0 || list.some((h) => h.preposition !== null || h.possessor || makers.has(h.actor.kbId))) return [];
  return list;
}

/** True when `hit` takes its role from the preposition `word`, the nearest one before it ("from major South Korean defense contractor Hyundai Rotem"). */
function governedBy(hit: PartyHit, word: Word): boolean {
  return hit.preposition !== null && !hit.coordinated && PREPOSITIONS[word.fold] === hit.preposition && hit.start - word.end < MAX_DESCRIBED_SIDE_CHARS;
}

/** How far after "from"/"with" the company that names that side may stand. */
const MAX_DESCRIBED_SIDE_CHARS = 80;

/** True when `word` is the transfer word itself or at most `gap` words after it ("supplied by", "supplying Azerbaijan"). */
function isJustAfter(words: Word[], trigger: Word, word: Word | undefined, gap = 1): boolean {
  if (!word) return false;
  const t = words.indexOf(trigger);
  const w = words.indexOf(word);
  return w >= t && w - t <= gap;
}
