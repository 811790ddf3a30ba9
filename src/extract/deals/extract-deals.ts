/**
 * The deals stage: who supplies which weapons to whom, read clause by clause from an article body
 * in English or Russian, with the passages that report each deal.
 */
import type { KbActor, KnowledgeBase } from "../../knowledge/types";
import type { ActorRef } from "../../model/actor-ref";
import type { WeaponGazetteer, WeaponMatch } from "../../knowledge/weapons";
import type { ArticleMetadata, ExtractedDeal, ExtractedMention, ExtractedStatement } from "../types";
import { hasOnlyVagueItems } from "./deal-facts";
import { findPeriod } from "./find-period";
import { findQuantity } from "./find-quantity";
import { findValue } from "./find-value";
import { stateRef } from "./find-parties";
import { CONTINUATION, DEAL_ANAPHOR, DEAL_IN_PASSING, DOMESTIC_PRODUCTION } from "./lexicon";
import { type ReportedDeal, mergeDeals } from "./merge-deals";
import { itemsOf, readClause, splitAtTransfers } from "./read-clause";
import { turnAroundOwnMake } from "./turn-around-own-make";
import { SpansAhead } from "../spans-ahead";
import { type Span, splitClauses, splitSentences, wordsOf } from "./text-spans";

export type { ReportedDeal } from "./merge-deals";

/** A deal as read, with its sentence, and whether its missing side was named as no state (so is not to be borrowed). */
interface Found {
  deal: ReportedDeal;
  sentence: number;
  closed: boolean;
}

/** A sentence whose subject stands for a state named before ("In 2021 it ordered …", "The country also bought …"). */
const OPENS_WITH_STAND_IN = /^\s*(?:(?:in|since|by)\s+\d{4},?\s+|[^,]{0,30},\s+)?(?:it|the\s+(?:country|kingdom|republic|emirate|nation)|страна|республика|королевство)\s/iu;

/** How many sentences back "the system" may point to the system of a deal reported before. */
const POINTER_SENTENCES = 6;

/** How many sentences back a report with one party missing may borrow it from ("We are holding negotiations…"). */
const CONTEXT_SENTENCES = 3;

/**
 * The arms deals an article reports, one per transfer: supplier and recipient states (by name,
 * capital, demonym, or a quoted speaker's "we"), items with designations and SIPRI category,
 * quantity, value, period, status, and evidence (the reporting sentences, with the statement that
 * carries them). A deal needs a transfer word, an item, and a supplier or a recipient; a report
 * naming only one of them borrows the other from a deal reported in the sentences just before with
 * the same party. Reports of the same transfer in several sentences are merged. A one-sided report
 * of vague items with no figures ("Yerevan will diversify its arms purchases") is a policy, not a
 * deal, and is left out; so is one whose counterparty was only borrowed from context. A recipient
 * left with no supplier gets the gazetteer maker of its items (marked `inferred`, lower
 * `confidence`, a note on the evidence). A sentence opening "The deal…"/"Контракт…" that names no
 * other state adds its value and period to the deal reported just before.
 */
export function extractDeals(
  body: string,
  meta: ArticleMetadata,
  statements: ExtractedStatement[],
  mentions: ExtractedMention[],
  kb: KnowledgeBase,
  weapons: WeaponGazetteer,
): ReportedDeal[] {
  const found: Found[] = [];
  const statementsAhead = new SpansAhead(statements);
  const stateMentions = mentions.filter((m) => m.actor.kind === "STATE" && m.actor.kbId);
  const mentionsAhead = new SpansAhead(stateMentions);
  // An empty mention lies inside a clause without overlapping it: then every mention is tested.
  const statesWithin = stateMentions.some((m) => m.end <= m.start)
    ? (clause: Span) => stateMentions.filter((m) => m.start >= clause.start && m.end <= clause.end)
    : (clause: Span) => mentionsAhead.overlapping(clause.start, clause.end).map((i) => stateMentions[i]).filter((m) => m.start >= clause.start && m.end <= clause.end);
  let previousSubject: ActorRef | null = null;
  let topic: ActorRef | null = null;
  splitSentences(body).forEach((sentence, index) => {
    // "Rabat is modernising its army. In 2021 it ordered …": the state that opens the sentence before is what "it"
    // stands for, and stays so while sentences open with "it" or "the country"
    previousSubject = topic;
    topic = OPENS_WITH_STAND_IN.test(sentence.text) && previousSubject ? previousSubject : statesWithin(sentence)[0]?.actor ?? null;
    const previous = inSentence(found, index - 1);
    if (previous.length && CONTINUATION.test(sentence.text)) {
      continueDeal(previous[previous.length - 1].deal, sentence, weapons);
      found.push(...previous.map((f) => ({ ...f, sentence: index })));
      return;
    }
    const latest = found.length ? found[found.length - 1].sentence : -1;
    const antecedents = inSentence(found, latest);
    if (latest >= 0 && index - latest <= ANAPHOR_SENTENCES && DEAL_ANAPHOR.test(sentence.text) && !namesOtherState(sentence, antecedents.map((f) => f.deal), kb)) {
      for (const f of antecedents) addFigures(f.deal, sentence, meta.publishedAt.date, weapons);
      found.push(...antecedents.map((f) => ({ ...f, sentence: index })));
      return;
    }
    let inherited: ExtractedDeal[] = [];
    const recent = latest >= 0 && index - latest <= POINTER_SENTENCES ? systemOf(antecedents.map((f) => f.deal), weapons) : null;
    for (const clause of splitClauses(sentence).flatMap((c) => splitAtTransfers(c, weapons))) {
      const statementIndex = statementsAhead.overlapping(clause.start, clause.end)[0] ?? -1;
      const { deals, otherSideUnnamed } = readClause(clause, sentence, {
        body,
        kb,
        weapons,
        publishedOn: meta.publishedAt.date,
        speakerState: statementIndex >= 0 ? speakerStateOf(statements[statementIndex], kb) : null,
        statementIndex: statementIndex >= 0 ? statementIndex : null,
        extraStates: statesWithin(clause),
        inherited,
        recentSystem: recent?.system ?? null,
        recentRecipient: recent?.recipient ?? null,
        previousSubject,
      });
      if (deals.length) inherited = deals;
      for (const deal of deals) found.push({ deal: { ...deal, additionalEvidence: [] }, sentence: index, closed: otherSideUnnamed });
    }
    // "The 18 aircraft complete a deal worth $8.1 billion that was signed in 2022": a sentence that reads as no
    // deal of its own but names one in passing tells of the deal reported just before
    if (!inherited.length && latest >= 0 && index - latest <= ANAPHOR_SENTENCES && DEAL_IN_PASSING.test(sentence.text) && !namesOtherState(sentence, antecedents.map((f) => f.deal), kb)) {
      for (const f of antecedents) addFigures(f.deal, sentence, meta.publishedAt.date, weapons);
    }
  });
  for (const f of found) turnAroundOwnMake(f.deal, weapons);
  borrowMissingParties(found);
  // "Nigeria, Ethiopia and Togo have all bought TB2s": each buyer's deal comes from the same sentence, and the other buyers are no suppliers
  const buyersAt = new Map<number, Set<string>>();
  for (const f of found) {
    const id = f.deal.recipient?.kbId;
    if (id) buyersAt.set(f.deal.evidence.start, (buyersAt.get(f.deal.evidence.start) ?? new Set()).add(id));
  }
  // "Ukraine received its first F-16s … The jets were delivered by Denmark and the Netherlands": suppliers the text names
  // for the same recipient and system leave nothing to infer from the maker
  // (indexed by recipient and designation, so that a page of thousands of deals stays linear)
  const suppliedDeals = new Map<string, ReportedDeal>();
  for (const f of found) {
    if (!f.deal.supplier || !f.deal.recipient?.kbId) continue;
    for (const d of f.deal.designations) if (!suppliedDeals.has(`${f.deal.recipient.kbId}|${d}`)) suppliedDeals.set(`${f.deal.recipient.kbId}|${d}`, f.deal);
  }
  const namedElsewhere = (deal: ReportedDeal): ReportedDeal | undefined =>
    deal.supplier || !deal.recipient?.kbId ? undefined : deal.designations.map((d) => suppliedDeals.get(`${deal.recipient!.kbId}|${d}`)).find(Boolean);
  for (const f of found) if (!f.closed && !namedElsewhere(f.deal)) inferSupplierFromOrigin(f.deal, kb, weapons, buyersAt.get(f.deal.evidence.start));
  completeFromArticle(found);
  // the receipt told without its supplier is the same transfer as those that name the suppliers: its passage is their evidence
  const unsupplied = new Set<ReportedDeal>();
  for (const f of found) {
    const named = namedElsewhere(f.deal);
    if (!named || unsupplied.has(f.deal)) continue;
    unsupplied.add(f.deal);
    named.additionalEvidence.push({ excerpt: f.deal.evidence.excerpt, start: f.deal.evidence.start, end: f.deal.evidence.end, statementIndex: f.deal.evidence.statementIndex });
  }
  const merged = mergeDeals([...new Set(found.map((f) => f.deal))].filter((deal) => !unsupplied.has(deal)));
  // Vague items ("weapons") make a deal only with both parties named by the text itself, or with a figure or a period.
  return merged.filter((deal) => (deal.supplier && deal.recipient && !deal.inferred) || !hasOnlyVagueItems(deal) || deal.amount !== null || deal.periodStart !== null);
}

/** The deals found in sentence `sentence`: `found` is in sentence order, so they are at its end or just before. */
function inSentence(found: Found[], sentence: number): Found[] {
  const out: Found[] = [];
  for (let k = found.length - 1; k >= 0 && found[k].sentence >= sentence; k--) if (found[k].sentence === sentence) out.unshift(found[k]);
  return out;
}

/** How many sentences after a deal's report a sentence opening with "The deal"/"Контракт" may still refer to it. */
const ANAPHOR_SENTENCES = 2;

/** True when a sentence names a state (by name, capital, or through a person or body of it) that is no party to `deals`. */
function namesOtherState(sentence: Span, deals: ExtractedDeal[], kb: KnowledgeBase): boolean {
  const parties = new Set(deals.flatMap((d) => [d.supplier?.kbId, d.recipient?.kbId]));
  return kb.findMentions(sentence.text).some((m) => {
    const state = m.actor.kind === "STATE" ? m.actor.id : m.actor.country && kb.byId(m.actor.country)?.kind === "STATE" ? m.actor.country : null;
    return state !== null && !parties.has(state);
  });
}

/**
 * Adds what a sentence referring back to a deal ("The deal, worth around $250 million, was signed
 * last year") tells of it: items, quantity, value and period, when the deal lacks them; the
 * sentence becomes more evidence.
 */
function addFigures(deal: ReportedDeal, sentence: Span, publishedOn: string | null, weapons: WeaponGazetteer): void {
  const words = wordsOf(sentence);
  const items = itemsOf(sentence, words, weapons).filter((i) => i.specific);
  for (const item of items) {
    if (!deal.items.includes(item.text)) deal.items.push(item.text);
    if (item.designation && !deal.designations.includes(item.designation)) deal.designations.push(item.designation);
  }
  const value = findValue(sentence.text, sentence.start);
  if (value && deal.amount === null) Object.assign(deal, { valueText: value.text, amount: value.amount, currency: value.currency });
  const period = findPeriod(sentence.text, publishedOn, sentence.start);
  if (period && deal.periodStart === null && (period.startYear !== null || deal.period === null)) {
    Object.assign(deal, { period: period.text, periodStart: period.startYear, periodEnd: period.endYear });
  }
  if (items.length) deal.quantity ??= findQuantity(words, items[0].start);
  if (!deal.additionalEvidence.some((e) => e.start === sentence.start)) {
    deal.additionalEvidence.push({ excerpt: sentence.text, start: sentence.start, end: sentence.end, statementIndex: null });
  }
}

/**
 * Gives a deal with a recipient but no supplier the state that makes its items, when the weapon
 * gazetteer knows one maker for all of them ("Ереван получил первую партию истребителей Су-30СМ"
 * → Russia). Not when the passage names another state (other buyers in the same sentence aside), nor when it says the recipient makes them
 * itself ("собственного производства", "locally produced", "under licence"). The supplier is marked
 * inferred, with a note on the evidence, and the deal gets a lower confidence.
 */
/** "under pressure from (the) …", "под давлением …" right before a state: it presses, it takes no side. */
const PRESSED_BY = /(?:pressure\s+(?:from|by)\s+(?:the\s+)?|давлени\p{L}*\s+)$/iu;

function inferSupplierFromOrigin(deal: ReportedDeal, kb: KnowledgeBase, weapons: WeaponGazetteer, fellowBuyers: ReadonlySet<string> = new Set()): void {
  if (deal.supplier || !deal.recipient || !deal.designations.length) return;
  const entries = deal.designations.map((d) => weapons.byDesignation(d));
  const origins = new Set(entries.map((e) => e?.origin ?? null));
  const origin = origins.size === 1 ? [...origins][0] : null;
  if (!origin || origin === deal.recipient.kbId) return;
  const maker = kb.byId(origin);
  if (maker?.kind !== "STATE") return;
  const passages = [deal.evidence, ...deal.additionalEvidence];
  if (passages.some((p) => DOMESTIC_PRODUCTION.test(p.excerpt.toLowerCase()))) return;
  const others = passages.flatMap((p) => kb.findMentions(p.excerpt).filter((m) => !PRESSED_BY.test(p.excerpt.slice(Math.max(0, m.start - 30), m.start))))
    .map((m) => (m.actor.kind === "STATE" ? m.actor.id : m.actor.country && kb.byId(m.actor.country)?.kind === "STATE" ? m.actor.country : null))
    .filter((id) => id && id !== deal.recipient!.kbId && id !== origin && !fellowBuyers.has(id));
  if (others.length) return;
  deal.supplier = stateRef(maker);
  (deal.inferred ??= {}).supplier = "origin";
  const named = entries.map((e) => e!.designation).join(", ");
  deal.evidence = { ...deal.evidence, note: `supplier inferred: ${named} ${entries.length > 1 ? "are" : "is"} made in ${maker.name} (weapon gazetteer)` };
}

/**
 * The one named system of `deals` (the last one's first designation the gazetteer knows), as an item to point back
 * to, with the recipient of the deal that named it.
 */
function systemOf(deals: ReportedDeal[], weapons: WeaponGazetteer): { system: WeaponMatch; recipient: ActorRef | null } | null {
  for (const deal of [...deals].reverse()) {
    for (const designation of deal.designations) {
      const entry = weapons.byDesignation(designation);
      // a system made jointly ("BrahMos") comes from the supplier of the deal that named it
      const origin = entry?.origin ?? (deal.inferred?.supplier ? null : deal.supplier?.kbId ?? null);
      if (entry) return { system: { text: entry.designation, start: 0, end: 0, kind: "named", designation: entry.designation, category: entry.category, specific: true, origin }, recipient: deal.recipient };
    }
  }
  return null;
}

/** The state a speaker's "we" stands for: the speaker if a state, else the speaker's country. */
function speakerStateOf(statement: ExtractedStatement, kb: KnowledgeBase): KbActor | null {
  const speaker = statement.speaker?.kbId ? kb.byId(statement.speaker.kbId) : undefined;
  if (!speaker) return null;
  if (speaker.kind === "STATE") return speaker;
  const country = speaker.country ? kb.byId(speaker.country) : undefined;
  return country?.kind === "STATE" ? country : null;
}

/** Adds the items of a sentence that continues a deal ("Those included Iskander ballistic missiles.") to that deal. */
function continueDeal(deal: ReportedDeal, sentence: Span, weapons: WeaponGazetteer): void {
  const items = itemsOf(sentence, wordsOf(sentence), weapons);
  for (const item of items) {
    if (!deal.items.includes(item.text)) deal.items.push(item.text);
    if (item.designation && !deal.designations.includes(item.designation)) deal.designations.push(item.designation);
  }
  deal.category ??= items.find((i) => i.kind !== "generic" && i.category)?.category ?? items.find((i) => i.category)?.category ?? null;
  if (items.length) deal.additionalEvidence.push({ excerpt: sentence.text, start: sentence.start, end: sentence.end, statementIndex: null });
}

/** Fills a missing supplier (or recipient) from the latest deal a few sentences before with the same recipient (or supplier). */
function borrowMissingParties(found: Found[]): void {
  found.forEach(({ deal, sentence, closed }, i) => {
    if (closed || !!deal.supplier === !!deal.recipient) return;
    // The nearest one first; `found` is in sentence order, so the search ends a few sentences back.
    let earlier: Found | undefined;
    for (let k = i - 1; k >= 0 && sentence - found[k].sentence <= CONTEXT_SENTENCES && !earlier; k--) {
      const f = found[k];
      if (f.sentence < sentence && f.deal.supplier && f.deal.recipient
        && (deal.supplier ? f.deal.supplier.kbId === deal.supplier.kbId : f.deal.recipient.kbId === deal.recipient!.kbId)) earlier = f;
    }
    if (!earlier) return;
    const side = deal.supplier ? "recipient" : "supplier";
    deal[side] = earlier.deal[side];
    (deal.inferred ??= {})[side] = "context";
    deal.evidence = { ...deal.evidence, note: `${side} ${deal[side]!.name} taken from the deal reported just before` };
  });
}

/**
 * A one-sided report whose state stands, in every two-sided deal of the article, on one side facing
 * one counterpart takes that counterpart ("Germany also sent artillery shells" in an article on
 * Germany's deliveries to Ukraine). When the report put the state on the other side but shares a
 * designation with those deals ("the company won a contract to supply Barak-8 systems for four
 * Indian naval vessels" beside "IAI will sell the Barak-8 to India"), the clue that placed it was
 * weaker than the article's: it takes the article's side. The filled party is marked as taken from context.
 */
function completeFromArticle(found: Found[]): void {
  const complete = found.map((f) => f.deal).filter((d) => d.supplier && d.recipient);
  for (const { deal, closed } of found) {
    if (closed || !!deal.supplier === !!deal.recipient) continue;
    const named = (deal.supplier ?? deal.recipient)!;
    const facing = complete.filter((d) => d.supplier!.kbId === named.kbId || d.recipient!.kbId === named.kbId);
    if (!facing.length) continue;
    const sides = new Set(facing.map((d) => (d.supplier!.kbId === named.kbId ? "supplier" : "recipient")));
    const counterparts = new Set(facing.map((d) => (d.supplier!.kbId === named.kbId ? d.recipient! : d.supplier!).kbId));
    if (sides.size !== 1 || counterparts.size !== 1) continue;
    const side = [...sides][0] as "supplier" | "recipient";
    const other = side === "supplier" ? "recipient" : "supplier";
    if (!deal[side] && !facing.some((d) => d.designations.some((x) => deal.designations.includes(x)))) continue;
    deal[side] = named;
    deal[other] = side === "supplier" ? facing[0].recipient : facing[0].supplier;
    (deal.inferred ??= {})[other] = "context";
    deal.evidence = { ...deal.evidence, note: `${other} ${deal[other]!.name} taken from the article's other deals of ${named.name}` };
  }
}
