import type { KbActor, KnowledgeBase } from "../../knowledge/types";
import type { WeaponGazetteer, WeaponMatch } from "../../knowledge/weapons";
import type { ExtractedDeal, ExtractedMention } from "../types";
import { assignRoles } from "./assign-roles";
import { findParties, stateRef } from "./find-parties";
import { findPeriod } from "./find-period";
import { findQuantity } from "./find-quantity";
import { findValue } from "./find-value";
import type { ReportedDeal } from "./merge-deals";
import { ABSTRACT_AFTER_GENERIC, ABSTRACT_BEFORE_GENERIC, ARRIVAL, FACILITY_AFTER, FACILITY_BEFORE, HYPOTHETICAL, REPLACED_BEFORE, TAKE_DELIVERY, TRIGGERS, type TriggerDirection } from "./lexicon";
import { readStatus } from "./read-status";
import { type Span, type Word, wordsOf } from "./text-spans";
import type { ActorRef } from "../../model/actor-ref";
import type { DealStatus } from "../../model/deal-status";

/** What reading a clause needs besides its text. */
export interface ClauseContext {
  body: string;
  kb: KnowledgeBase;
  weapons: WeaponGazetteer;
  /** `YYYY[-MM[-DD]]` of the article, for relative periods. */
  publishedOn: string | null;
  /** The state a quoted "we" in this clause stands for, if the clause is inside a known speaker's statement. */
  speakerState: KbActor | null;
  /** Index of the statement the clause belongs to, if any. */
  statementIndex: number | null;
  /** States the actors stage found in this clause (body offsets), beyond the knowledge base's own matches. */
  extraStates: ExtractedMention[];
  /**
   * Deals of the sentence's previous clause: a clause naming no party continues theirs ("…, выяснило
   * издание, услуги включали поставку…"), and one naming only a recipient keeps their supplier
   * ("Russia sold tanks to Armenia and agreed to deliver S-400s to Turkey").
   */
  inherited: ExtractedDeal[];
  /** The last named system of the deals reported in the sentences just before: what "the system" stands for. */
  recentSystem: WeaponMatch | null;
  /** The recipient of the deal that named `recentSystem`: who got "the jets" a clause points back to. */
  recentRecipient: ActorRef | null;
  /** The first state the sentence before names: what "it" or "the country" opening this one stands for. */
  previousSubject: ActorRef | null;
}

/** The deals of a clause; `otherSideUnnamed` when the clause names a side as no state ("from several European governments"), which must not be filled from context. */
export interface ClauseReading {
  deals: Array<ExtractedDeal & Pick<ReportedDeal, "inferred">>;
  otherSideUnnamed: boolean;
}

/** A transfer word of a clause and the direction it gives its subject. */
interface Trigger {
  word: Word;
  direction: TriggerDirection;
  /** The word itself gives ("supply", "поставить"), even when a deal word before it made the direction NEUTRAL: its object is the recipient. */
  gives?: boolean;
}

/**
 * The deals one clause reports: a transfer word (supply, buy, contract, поставки, закупка…), at
 * least one item (a named system, an unknown designation, or a kind of equipment), and at least a
 * supplier or a recipient. One deal per supplier/recipient pair ("to both Armenia and Azerbaijan"
 * gives two). Hypothetical clauses ("could have purchased elsewhere") give none.
 */
export function readClause(clause: Span, evidence: Span, ctx: ClauseContext): ClauseReading {
  const none = { deals: [], otherSideUnnamed: false };
  if (HYPOTHETICAL.test(clause.text.toLowerCase())) return none;
  const words = wordsOf(clause);
  const trigger = findTrigger(words);
  if (!trigger) return ctx.inherited.length && GAPPED_CLAUSE.test(clause.text) ? readGappedClause(clause, evidence, words, ctx) : none;
  const items = withSystemReferredTo(itemsOf(clause, words, ctx.weapons), words, ctx.recentSystem);
  if (!items.length) return none;
  const stated = readStatus(clause.text, words, trigger.word, trigger.direction, clause.start);
  // a bare transfer word reads as delivered, until another report of the same transfer says how far it went
  const status = stated ?? "DELIVERED";
  const hits = findParties(ctx.body, clause, ctx.kb, items, ctx.speakerState, ctx.extraStates);
  let { suppliers, recipients, unnamedSide } = assignRoles(hits, trigger.word, trigger.direction, status, items, words, producersOf(ctx.weapons), trigger.gives ?? false, commasOf(clause));
  if (unnamedSide && items.every((i) => !i.specific)) return none;
  // a subject the clause leaves to context takes the side its transfer word gives a subject, when that side is empty
  const asSubject = (subject: ActorRef | null) => {
    if (!subject || [...suppliers, ...recipients].some((a) => a.kbId === subject.kbId)) return;
    if (trigger.direction === "ACQUIRE" && !recipients.length) recipients = [subject];
    if (trigger.direction === "SUPPLY" && !suppliers.length) suppliers = [subject];
  };
  // "Turkey was removed from the programme after buying Russia's S-400": the participle's subject is the sentence's
  if (SUBJECTLESS_CLAUSE.test(clause.text) && trigger.direction !== "NEUTRAL") asSubject(sentenceSubjectBefore(clause, evidence, items, ctx));
  if (!suppliers.length && !recipients.length && !hits.length) {
    suppliers = distinct(ctx.inherited.map((d) => d.supplier));
    recipients = distinct(ctx.inherited.map((d) => d.recipient));
  }
  // "In 2021 it ordered Israeli Barak MX systems", "The country also bought …": the subject stands for the state named before
  if (ctx.previousSubject && !hits.some((h) => h.end <= trigger.word.start && h.preposition === null && !h.possessor && h.source !== "origin") && subjectStandIn(words, trigger.word)) {
    asSubject(ctx.previousSubject);
  }
  // a minister quoted: "С Францией подписан контракт на три радара" — the contract's other side is the speaker's state
  const speaker = ctx.speakerState;
  if (speaker && trigger.direction === "NEUTRAL" && !unnamedSide && suppliers.length && !recipients.length && !suppliers.some((a) => a.kbId === speaker.id) && hits.some((h) => h.preposition === "COUNTERPART")) {
    recipients = [stateRef(speaker)];
  }
  // "Indonesia wants to buy the system": the system pointed back to comes from where it came before
  const pointedOrigin = ctx.recentSystem?.origin && items.some((i) => i.designation === ctx.recentSystem!.designation) ? ctx.kb.byId(ctx.recentSystem.origin) : undefined;
  if (!suppliers.length && recipients.length && pointedOrigin?.kind === "STATE" && !recipients.some((r) => r.kbId === pointedOrigin.id)) suppliers = [stateRef(pointedOrigin)];
  // "The jets were delivered by Denmark and the Netherlands": the jets pointed back to went where they went before
  const pointedRecipient = ctx.recentRecipient;
  const pointed = ctx.recentSystem !== null && items.some((i) => i.designation === ctx.recentSystem!.designation && i.text === ctx.recentSystem!.text);
  if (pointed && pointedRecipient && suppliers.length && !recipients.length && !unnamedSide && !suppliers.some((a) => a.kbId === pointedRecipient.kbId)) recipients = [pointedRecipient];
  // A clause with its own subject ("…; Azerbaijan also buys weapons") only guesses that the supplier is the previous clause's.
  let supplierFromContext = false;
  if (!suppliers.length && recipients.length && !unnamedSide) {
    suppliers = distinct(ctx.inherited.map((d) => d.supplier));
    supplierFromContext = suppliers.length > 0 && hits.some((h) => h.start < trigger.word.start);
  }
  if (!suppliers.length && !recipients.length) return none;
  const deals = dealsOf(clause, evidence, words, items, status, suppliers, recipients, supplierFromContext, ctx);
  return { deals: stated ? deals : deals.map((d) => ({ ...d, statusUnstated: true })), otherSideUnnamed: unnamedSide };
}

/** Words that stand for a state named before when they are a clause's subject ("it", "the country", "страна"). */
const STATE_STAND_IN = /^(?:it|country|kingdom|republic|emirate|nation|страна|республика|королевство)$/u;
/** Words that may stand between a subject and its verb ("it has also ordered", "страна также закупила"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:has|have|had|will|would|is|was|also|already|recently|since|then|subsequently|также|уже|недавно|ранее|тоже)$/u;

/** True when the clause's subject before `trigger` is a stand-in for a state ("it", "the country"). */
function subjectStandIn(words: Word[], trigger: Word): boolean {
  let k = words.indexOf(trigger) - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.test(words[k].fold)) k--;
  if (k < 0 || !STATE_STAND_IN.test(words[k].fold)) return false;
  return words[k].fold === "it" || /^[\u0400-\u04ff]/u.test(words[k].fold) || words[k - 1]?.fold === "the";
}

/** Nouns that stand for a named system when pointed back to ("the system", "эти комплексы"). */
const SYSTEM_NOUN = /^(?:system|systems|platform|platforms|комплекс|комплексы|комплексов|систем[аыуе]?|систем)$/u;
/** Determiners that point back to something named before ("the system", "эти комплексы"). */
const POINTING_BACK = /^(?:the|this|these|that|those|such|этот|эта|это|эти|этих|этими|этого|этой|данн\p{L}*|такие|таких|такой)$/u;

/**
 * "Indonesia and Vietnam are also in talks to buy the system": a kind of equipment pointed back to, in a clause
 * that names no system, is the system of the deal just reported. Other clauses keep their items.
 */
function withSystemReferredTo(items: WeaponMatch[], words: Word[], recent: WeaponMatch | null): WeaponMatch[] {
  if (!recent) return items;
  if (!items.length) {
    // "the system", "этот комплекс": no kind of equipment of its own, only a pointer to the system named before
    const k = words.findIndex((w, i) => i > 0 && SYSTEM_NOUN.test(w.fold) && POINTING_BACK.test(words[i - 1].fold));
    return k < 0 ? items : [{ ...recent, start: words[k].start, end: words[k].end }];
  }
  if (items.some((i) => i.kind !== "generic")) return items;
  return items.map((item) => {
    const before = words[words.findIndex((w) => w.start >= item.start) - 1];
    return item.specific && before && POINTING_BACK.test(before.fold) ? { ...recent, start: item.start, end: item.end } : item;
  });
}

/**
 * A clause opened by a conjunction and a participle ("after buying", "before delivering"), a pronoun ("after it
 * purchased", "because it bought") or "and" with a verb of its own ("… and last year agreed to buy …"): its subject
 * is the sentence's.
 */
const SUBJECTLESS_CLAUSE = /^\s*(?:(?:after|before|since|despite|by)\s+\p{Ll}+ing|(?:after|because|when|since)\s+it|and\s+(?:(?:last|this|next|earlier|later|also|then|in)\s+(?:\p{L}+\s+)?)?(?:agreed|signed|bought|ordered|purchased|acquired|received|sold|supplied|delivered|plans|planned|has|have|will))(?![\p{L}])/u;

/** The state that opens the sentence before `clause` as its subject (no preposition, no possessive), or null. */
function sentenceSubjectBefore(clause: Span, evidence: Span, items: WeaponMatch[], ctx: ClauseContext): ActorRef | null {
  if (clause.start <= evidence.start) return null;
  const lead: Span = { start: evidence.start, end: clause.start, text: ctx.body.slice(evidence.start, clause.start) };
  const subject = findParties(ctx.body, lead, ctx.kb, items, ctx.speakerState, ctx.extraStates)[0];
  return subject && subject.preposition === null && !subject.possessor && subject.source !== "origin" ? subject.actor : null;
}

/** A clause that leaves out the transfer word of the clause before: "…, а у Франции – 54 самолета Rafale", "…, and from France 54 Rafale jets". */
const GAPPED_CLAUSE = /^\s*(?:а|и|and|while|whereas)\s/iu;

/**
 * The deal of a gapped clause: it names its items and one side after a preposition ("у Франции",
 * "to Greece"), and keeps the other side and the status of the clause before. None when the
 * clause names no item or not exactly one side.
 */
function readGappedClause(clause: Span, evidence: Span, words: Word[], ctx: ClauseContext): ClauseReading {
  const none = { deals: [], otherSideUnnamed: false };
  const items = itemsOf(clause, words, ctx.weapons);
  if (!items.length) return none;
  const hits = findParties(ctx.body, clause, ctx.kb, items, ctx.speakerState, ctx.extraStates);
  const suppliers = distinct(hits.filter((h) => h.preposition === "SUPPLIER").map((h) => h.actor));
  const recipients = distinct(hits.filter((h) => h.preposition === "RECIPIENT" || (h.preposition === null && h.grammaticalCase === "dat")).map((h) => h.actor));
  if (suppliers.length + recipients.length !== 1) return none;
  const before = ctx.inherited[0];
  const supplier = suppliers.length ? suppliers : distinct([before.supplier]);
  const recipient = recipients.length ? recipients : distinct([before.recipient]);
  return { deals: dealsOf(clause, evidence, words, items, before.status, supplier, recipient, false, ctx), otherSideUnnamed: false };
}

/** One deal per supplier/recipient pair of a clause, with the clause's items and figures. */
function dealsOf(
  clause: Span,
  evidence: Span,
  words: Word[],
  items: WeaponMatch[],
  status: DealStatus,
  suppliers: ActorRef[],
  recipients: ActorRef[],
  supplierFromContext: boolean,
  ctx: ClauseContext,
): ClauseReading["deals"] {
  // a relative clause set off by commas dates and prices something else ("Turkey, which left the programme in 2019, …")
  const text = clause.text.replace(RELATIVE_ASIDE, (aside) => " ".repeat(aside.length));
  const value = findValue(text, clause.start);
  const period = findPeriod(text, ctx.publishedOn, clause.start);
  const specific = items.find((i) => i.kind !== "generic") ?? items.find((i) => i.specific) ?? items[0];
  const facts = {
    items: [...new Set(items.map((i) => i.text))],
    designations: [...new Set(items.flatMap((i) => (i.designation ? [i.designation] : [])))],
    category: items.find((i) => i.kind !== "generic" && i.category)?.category ?? items.find((i) => i.category)?.category ?? null,
    quantity: findQuantity(words, specific.start),
    valueText: value?.text ?? null,
    amount: value?.amount ?? null,
    currency: value?.currency ?? null,
    period: period?.text ?? null,
    periodStart: period?.startYear ?? null,
    periodEnd: period?.endYear ?? null,
    status,
    evidence: { excerpt: evidence.text, start: evidence.start, end: evidence.end, statementIndex: ctx.statementIndex },
  };
  // "French Rafale and American F-15 jets": a system made by one of the clause's suppliers is that supplier's alone
  const otherMakers = (supplier: ActorRef | null) => new Set(suppliers.filter((s) => s.kbId !== supplier?.kbId).map((s) => s.kbId));
  const itemsOfSupplier = (supplier: ActorRef | null) => {
    const others = otherMakers(supplier);
    const own = items.filter((i) => !i.origin || !others.has(i.origin));
    return own.length ? own : items;
  };
  const pairs: ClauseReading["deals"] = [];
  for (const supplier of suppliers.length ? suppliers : [null]) {
    const own = itemsOfSupplier(supplier);
    const split = own.length < items.length;
    for (const recipient of recipients.length ? recipients : [null]) {
      if (supplier && recipient && supplier.kbId === recipient.kbId) continue;
      pairs.push({ supplier, recipient, ...facts, evidence: { ...facts.evidence },
        items: split ? [...new Set(own.map((i) => i.text))] : [...facts.items],
        designations: split ? [...new Set(own.flatMap((i) => (i.designation ? [i.designation] : [])))] : [...facts.designations],
        ...(supplierFromContext ? { inferred: { supplier: "context" as const } } : {}) });
    }
  }
  return pairs;
}

/** Offsets in the body of a clause's commas and semicolons. */
function commasOf(clause: Span): number[] {
  return [...clause.text.matchAll(/[,;]/gu)].map((m) => clause.start + m.index);
}

const producerIndex = new WeakMap<WeaponGazetteer, Set<string>>();

/** The states that make at least one system of the gazetteer. */
function producersOf(weapons: WeaponGazetteer): Set<string> {
  let producers = producerIndex.get(weapons);
  if (!producers) {
    producers = new Set(weapons.weapons.flatMap((w) => (w.origin ? [w.origin] : [])));
    producerIndex.set(weapons, producers);
  }
  return producers;
}

function distinct(refs: Array<ActorRef | null>): ActorRef[] {
  const out: ActorRef[] = [];
  for (const ref of refs) if (ref && !out.some((r) => r.kbId === ref.kbId)) out.push(ref);
  return out;
}

/**
 * The items a clause names, without facilities ("helicopter maintenance center", "завод по ремонту
 * вертолетов"), the equipment the deal replaces ("to replace its ageing Soviet-era T-55s") and the
 * equipment of a relative clause set off by commas. Offsets in the body.
 */
export function itemsOf(clause: Span, words: Word[], weapons: WeaponGazetteer): WeaponMatch[] {
  const asides = [...clause.text.matchAll(RELATIVE_ASIDE)].map((a) => ({ start: clause.start + a.index, end: clause.start + a.index + a[0].length }));
  return withQuotedNames(clause.text, weapons.find(clause.text))
    .map((m) => ({ ...m, start: m.start + clause.start, end: m.end + clause.start }))
    .filter((m) => !asides.some((a) => a.start <= m.start && m.end <= a.end))
    .filter((m) => {
      const i = words.findIndex((w) => w.start >= m.end);
      const after = i < 0 ? [] : words.slice(i, i + 2);
      const j = words.findIndex((w) => w.end > m.start);
      const before = words.slice(Math.max(0, j - 2), Math.max(0, j));
      const replaced = words.slice(Math.max(0, j - REPLACED_WINDOW), Math.max(0, j)).some((w) => REPLACED_BEFORE.test(w.fold));
      // "arms race", "торговли оружием": the generic word belongs to an abstract noun ("над" may stand between in Russian)
      const abstract = m.kind === "generic" && (ABSTRACT_AFTER_GENERIC.test(after[0]?.fold ?? "") || before.some((w) => ABSTRACT_BEFORE_GENERIC.test(w.fold)));
      // "контракт на производство беспилотников": production under a contract is a transfer, not a facility
      const contracted = (w: Word) => {
        const k = words.indexOf(w);
        const from = Math.max(0, k - CONTRACT_WINDOW);
        const c = words.slice(from, k).findLastIndex((x) => CONTRACT_NOUN.test(x.fold));
        // not "контракт на строительство завода по производству": a plant between makes the contract a facility's
        return c >= 0 && !words.slice(from + c + 1, k).some((x) => FACILITY_BEFORE.test(x.fold));
      };
      const facility = before.some((w) => FACILITY_BEFORE.test(w.fold) && !contracted(w));
      return !after.some((w) => FACILITY_AFTER.test(w.fold)) && !facility && !replaced && !abstract && !(m.kind === "generic" && inCapitalisedName(clause, m));
    });
}

/** A capitalised word before (not opening the sentence), or a capitalised word of letters after. */
const CAPITALISED_WORD_BEFORE = /(?<![.!?…]\s*)(?<![\p{L}])\p{Lu}[\p{Ll}-]+\s$/u;
const CAPITALISED_WORD_AFTER = /^\s\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/u;

/**
 * Whether a kind of equipment written with a capital is a word of a company's name: "Russian Helicopters",
 * "«Вертолеты России»", "Turkish Aerospace". "Истребители Су-35 …" opening a sentence stays an item.
 */
function inCapitalisedName(clause: Span, m: WeaponMatch): boolean {
  if (!/^\p{Lu}/u.test(m.text)) return false;
  const from = m.start - clause.start;
  return CAPITALISED_WORD_BEFORE.test(clause.text.slice(Math.max(0, from - 40), from)) || CAPITALISED_WORD_AFTER.test(clause.text.slice(m.end - clause.start, m.end - clause.start + 40));
}

/** A name in quotation marks right after a kind of equipment: "бронеавтомобилей «Тигр»", 'drones "Bayraktar"'. */
const QUOTED_NAME_AFTER = /^\s*[«"“„]([\p{Lu}][\p{L}\p{N}-]*(?:\s[\p{L}\p{N}-]+){0,2})[»"”“]/u;

/**
 * The gazetteer's matches and, after a specific kind of equipment, the name in quotation marks that
 * follows it when the gazetteer does not know it alone ("Тигр" names a vehicle and a corvette): that
 * system, as written. Offsets in `text`.
 */
function withQuotedNames(text: string, matches: WeaponMatch[]): WeaponMatch[] {
  const out: WeaponMatch[] = [];
  for (const [k, m] of matches.entries()) {
    out.push(m);
    if (m.kind !== "generic" || !m.specific) continue;
    const quoted = QUOTED_NAME_AFTER.exec(text.slice(m.end));
    if (!quoted) continue;
    const start = m.end + quoted[0].indexOf(quoted[1]);
    const next = matches[k + 1];
    if (next && next.start < start + quoted[1].length) continue;
    out.push({ text: quoted[1], start, end: start + quoted[1].length, kind: "shape", designation: quoted[1], category: m.category, specific: true, origin: null });
  }
  return out;
}

/**
 * A relative clause set off by commas inside the clause ("Colombia, which also evaluated the Gripen,
 * chose the Rafale"): it says something of a party, and its equipment is no item of the deal.
 */
const RELATIVE_ASIDE = /,\s+(?:which|who|whose|который|которая|которое|которые|которого|которой|которым|которую)\s[^,;]{1,120},/giu;

/** A contract or licence whose object may be production ("контракт на производство", "licence to build"). */
const CONTRACT_NOUN = /^(контракт\p{L}*|соглашени\p{L}*|договор\p{L}*|лицензи\p{L}*|contracts?|agreements?|licen[cs]es?|deals?)$/u;

/** How many words before "производство" its contract may stand ("контракт с турецкой компанией TUSAS на производство"). */
const CONTRACT_WINDOW = 6;

/** How many words before an item a "replace" may stand and still govern it ("replace its ageing Soviet-era T-55s"). */
const REPLACED_WINDOW = 4;

const CONJUNCTION = /^(and|и|а|also|также)$/u;

/**
 * Splits a clause that reports two transfers, each with its own items ("orders for artillery for
 * Baku and talks on buying Groza-S systems"): a new part starts at the first "and"/"и" after the
 * items of one transfer word, when another transfer word with items of its own follows.
 */
export function splitAtTransfers(clause: Span, weapons: WeaponGazetteer): Span[] {
  const words = wordsOf(clause);
  const items = itemsOf(clause, words, weapons);
  const transfers = words.filter((w) => TRIGGERS.some((t) => t.word.test(w.fold)));
  const parts: Span[] = [];
  let from = clause.start;
  let previous = transfers[0];
  for (const next of transfers.slice(1)) {
    const between = items.filter((i) => i.start > previous.end && i.end <= next.start);
    const after = items.some((i) => i.start > next.end);
    if (!between.length || !after) continue;
    const lastItem = between[between.length - 1];
    const cut = words.find((w) => w.start >= lastItem.end && w.end <= next.start && CONJUNCTION.test(w.fold));
    if (!cut) continue;
    parts.push(trimmedSpan(clause, from, cut.start));
    from = cut.start;
    previous = next;
  }
  parts.push(trimmedSpan(clause, from, clause.end));
  return parts.filter((p) => p.text.length > 0);
}

function trimmedSpan(clause: Span, start: number, end: number): Span {
  const raw = clause.text.slice(start - clause.start, end - clause.start);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: start + lead, end: start + lead + text.length };
}

/**
 * The first transfer word with a direction; else the first deal word ("contract", "переговоры").
 * When a deal word comes first ("signed contracts for the supply of", "подписала контракты на
 * поставку"), the subject signed the deal and may be either side: the direction is NEUTRAL.
 * "Took delivery of" makes its subject the recipient. An arrival ("arrived in", "прибыла") counts
 * only when the clause has no other transfer word.
 */
/** A receiving verb, and what may be received that is no goods: a request, an order, an offer. */
const RECEIVED = /^(?:receiv(?:e|es|ed|ing)|got|gets|получ\p{L}*)$/u;
const REQUEST_NOUN = /^(?:requests?|orders?|applications?|inquir(?:y|ies)|enquir(?:y|ies)|offers?|proposals?|bids?|invitations?|запрос\p{L}*|заявк\p{L}*|предложени\p{L}*|обращени\p{L}*|заказ\p{L}*)$/u;

function findTrigger(words: Word[]): Trigger | null {
  let neutral: Trigger | null = null;
  let arrival: Trigger | null = null;
  let requested = -1;
  for (const [i, word] of words.entries()) {
    if (word.fold === "order" && /^(in)$/.test(words[i - 1]?.fold ?? "")) continue;
    // "We have received a request for 12 more aircraft": whoever receives a request or an order is asked to supply
    if (RECEIVED.test(word.fold) && words.slice(i + 1, i + 4).some((w) => REQUEST_NOUN.test(w.fold))) requested = i + 3;
    if (i <= requested) continue;
    if (/^(?:deliver(y|ies)|поставк[уиа])$/u.test(word.fold) && TAKE_DELIVERY.test(words[words.indexOf(word) - 1]?.fold ?? "")) {
      return { word, direction: neutral ? "NEUTRAL" : "ACQUIRE" };
    }
    if (ARRIVAL.test(word.fold)) arrival ??= { word, direction: "ACQUIRE" };
    for (const { direction, word: pattern } of TRIGGERS) {
      if (!pattern.test(word.fold)) continue;
      // "in talks to buy the system": talks only frame a purchase, a contract or a deal makes it two-sided
      if (direction !== "NEUTRAL") return { word, direction: neutral && neutral.word.fold !== "talks" ? "NEUTRAL" : direction, gives: direction === "SUPPLY" };
      neutral ??= { word, direction };
    }
  }
  return neutral ?? arrival;
}
