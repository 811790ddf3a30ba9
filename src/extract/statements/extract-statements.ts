/**
 * The statements stage: quotations and reported speech in an article body, each with its speaker,
 * relay (via) and the date the words were said.
 *
 * saidOn is read only from a time expression in the statement's own attribution ("said on Thursday",
 * "в среду", "in August", "last Friday"), resolved against the publication date. Without one it is
 * UNKNOWN: the publication date is not taken as the day of speaking. A quotation that continues the
 * previous one in the same paragraph (“A,” he said. “B.”) shares its date and relay.
 */
import type { KnowledgeBase } from "../../knowledge/types";
import type { ArticleMetadata, ExtractedStatement } from "../types";
import type { Candidate } from "./candidate";
import { findIndirect } from "./indirect";
import { findQuotations } from "./quotations";
import { findQuoteSpans } from "./quote-spans";
import { withDashDialogue } from "./dash-dialogue";
import { readSaidOn } from "./said-on";
import { SpeakerResolver } from "./speaker-resolver";
import { maskQuotes, splitSentences } from "./text-units";
import { findInterviewRelays, findReportRelays, findVia } from "./via";
import { bodyBehindOutlet, speakerOfQuotedWords } from "./relayed-speaker";
import { feedParagraphs } from "./page-furniture";
import { CONTINUATION_VERBS } from "./lexicon";
import { withAnswerCache } from "./cached-knowledge-base";
import type { ActorRef } from "../../model/actor-ref";
import { UNKNOWN_DATE, type PartialDate } from "../../model/partial-date";

interface Resolved {
  candidate: Candidate;
  statement: ExtractedStatement;
}

/** The language of a statement's text: Russian when it is written in Cyrillic, else the article's. */
function languageOf(text: string, articleLanguage: string): string {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic > latin) return "ru";
  return articleLanguage === "ru" && latin > 0 ? "en" : articleLanguage;
}

function sameActor(a: ActorRef | null, b: ActorRef | null): boolean {
  if (!a || !b) return false;
  return a.kbId !== null ? a.kbId === b.kbId : a.name === b.name;
}

interface Attribution {
  speaker: ActorRef | null;
  speakerLabel: string | null;
  via: ActorRef | null;
  saidOn: PartialDate;
}

/**
 * Who said a candidate's words. A quotation without attribution continues the previous statement (the
 * next paragraph at most; a fragment only within its paragraph) and, in the same paragraph, shares its
 * relay and date; with no statement close by, a full quotation goes to the person the text was just
 * about. "He added" shares relay and date too. Otherwise the attribution phrase is resolved.
 */
function attribute(c: Candidate, previous: Resolved | undefined, resolver: SpeakerResolver, masked: string): Attribution {
  if (c.kind !== "INDIRECT") {
    for (const [from, to] of c.frames) {
      const relayed = speakerOfQuotedWords(masked, from, to, resolver);
      if (relayed) return { speaker: relayed.speaker, speakerLabel: relayed.label, via: relayed.via, saidOn: UNKNOWN_DATE };
    }
  }
  const reach = c.kind === "DIRECT" ? 1 : 0;
  const distance = previous ? c.paragraph - previous.candidate.paragraph : Infinity;
  if (c.continuation && previous && distance <= reach) {
    const { speaker, speakerLabel, via, saidOn } = previous.statement;
    return distance === 0 ? { speaker, speakerLabel, via, saidOn } : { speaker, speakerLabel, via: null, saidOn: UNKNOWN_DATE };
  }
  if (c.continuation && c.kind === "DIRECT" && !c.speakerPhrase) {
    return { speaker: resolver.salientPerson(c.sentence, c.start), speakerLabel: null, via: null, saidOn: UNKNOWN_DATE };
  }
  const r = resolver.resolve(c.speakerPhrase, c.start, c.sentence);
  const frameEnd = Math.max(...c.frames.map(([, to]) => to));
  const behind = c.speakerPhrase && r.actor ? bodyBehindOutlet(masked, c.speakerPhrase, r.actor, frameEnd, resolver) : null;
  if (behind) return { speaker: behind.speaker, speakerLabel: behind.label, via: behind.via, saidOn: UNKNOWN_DATE };
  if (c.verb && CONTINUATION_VERBS.has(c.verb) && previous && distance <= 1 && sameActor(previous.statement.speaker, r.actor)) {
    return { speaker: r.actor, speakerLabel: r.label, via: previous.statement.via, saidOn: previous.statement.saidOn };
  }
  return { speaker: r.actor, speakerLabel: r.label, via: null, saidOn: UNKNOWN_DATE };
}

/** Drops an indirect clause that overlaps a full quotation (the quotation already holds those words). */
function withoutShadowedIndirect(candidates: Candidate[]): Candidate[] {
  const direct = candidates.filter((c) => c.kind === "DIRECT");
  return candidates.filter((c) => c.kind !== "INDIRECT" || !direct.some((d) => d.start < c.end && c.start < d.end));
}

/**
 * Every statement in `body` in text order: direct quotations, partial (quoted fragments of reported
 * speech) and indirect statements, with speaker, relay and saidOn; `body.slice(start, end) === text`.
 */
export function extractStatements(body: string, meta: ArticleMetadata, knowledgeBase: KnowledgeBase): ExtractedStatement[] {
  const kb = withAnswerCache(knowledgeBase);
  const spans = withDashDialogue(body, findQuoteSpans(body));
  const masked = maskQuotes(body, spans);
  const sentences = splitSentences(body, masked, spans);
  const quotations = findQuotations(body, masked, spans, sentences);
  const indirect = findIndirect(body, masked, sentences, quotations.attributionVerbs);
  const feed = feedParagraphs(body, sentences);
  const candidates = withoutShadowedIndirect([...quotations.candidates, ...indirect])
    .filter((c) => !feed.has(c.paragraph))
    .sort((a, b) => a.start - b.start);

  const resolver = new SpeakerResolver(body, masked, sentences, kb, meta.publishedAt.date);
  const out: Resolved[] = [];
  const relayOfUnnamed = new Map<string, ActorRef>();
  for (const c of candidates) {
    if (c.pointsBack && c.speakerPhrase && relaysPrevious(c, out, resolver)) continue;
    const who = attribute(c, out[out.length - 1], resolver, masked);
    if ((c.requireSpeaker && !who.speaker) || (c.requireKnownSpeaker && !who.speaker?.kbId)) continue;
    let { via, saidOn } = who;
    for (const [from, to] of c.frames) {
      via ??= findVia(body, masked, from, to, who.speaker, resolver);
      if (saidOn.precision === "UNKNOWN") saidOn = readSaidOn(masked.slice(from, to), meta.publishedAt);
    }
    via ??= carriedRelay(c, who.speaker, saidOn, out[out.length - 1], masked);
    const unnamed = unnamedSpeakerKey(who.speaker);
    if (unnamed !== null) {
      // "a source told TASS … the source said": an unnamed source can only go on speaking through the outlet it spoke to
      if (via) relayOfUnnamed.set(unnamed, via);
      else via = relayOfUnnamed.get(unnamed) ?? null;
    }
    if (who.speaker) resolver.recordSpeaker(who.speaker, c.sentence, c.start);
    if (via) resolver.recordRelay(via, c.start);
    const text = body.slice(c.start, c.end);
    const confidence = who.speaker ? c.confidence : Math.min(c.confidence, 0.4);
    out.push({
      candidate: c,
      statement: {
        text,
        kind: c.kind,
        speaker: who.speaker,
        speakerLabel: who.speakerLabel,
        via,
        saidOn,
        language: languageOf(text, meta.language),
        start: c.start,
        end: c.end,
        confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
      },
    });
  }
  // A report built on an interview: a sentence that frames the report ("… во время интервью каналу X")
  // without words of its own makes the interviewee's words (the first person quoted from there on)
  // come through that outlet, unless their attribution names another relay. An interview named in one
  // quotation's attribution relays that quotation only.
  const interviews = findInterviewRelays(masked, sentences, resolver).flatMap((interview) => {
    if (out.some((r) => r.candidate.sentence === interview.sentence)) return [];
    const interviewee = out.find((r) => r.candidate.sentence >= interview.sentence && r.statement.speaker?.kind === "PERSON")?.statement.speaker;
    return interviewee ? [{ via: interview.via, speaker: interviewee }] : [];
  });
  for (const relay of [...interviews, ...findReportRelays(masked, sentences, resolver)]) {
    for (const { statement } of out) {
      if (statement.via || sameActor(statement.speaker, relay.via)) continue;
      if (relay.speaker && !sameActor(statement.speaker, relay.speaker)) continue;
      statement.via = relay.via;
    }
  }
  return out.map((r) => r.statement);
}

/**
 * The relay of the same speaker's statement just before, when this one follows it in the same or the
 * next paragraph: "X told Informer that …" and the quotation of X in the next paragraph came through the
 * same outlet. A paragraph with no statement between them, another speaker, or an occasion of its own (another
 * day, "at a press conference") ends the relay; a quotation with no attribution of its own is a continuation,
 * which keeps a relay only within its paragraph.
 */
function carriedRelay(c: Candidate, speaker: ActorRef | null, saidOn: PartialDate, previous: Resolved | undefined, masked: string): ActorRef | null {
  if (c.continuation || !previous?.statement.via || !sameActor(previous.statement.speaker, speaker)) return null;
  if (c.paragraph - previous.candidate.paragraph > 1) return null;
  if (saidOn.precision !== "UNKNOWN" && saidOn.date !== previous.statement.saidOn.date) return null;
  return c.frames.some(([from, to]) => OCCASION.test(masked.slice(from, to))) ? null : previous.statement.via;
}

/** Words that name an occasion of speaking of its own: the words were not given to the outlet of the statement before. */
const OCCASION = /(?<![\p{L}])(?:press\s+conference|briefing|news\s+conference|summit|forum|parliament|брифинг\p{L}*|пресс-конференци\p{L}*|форум\p{L}*|саммит\p{L}*|заседани\p{L}*|выступлени\p{L}*)/iu;

/**
 * An unnamed speaker ("a diplomatic source", "the source", "источник") by its head noun, so that "the
 * source" is the "diplomatic source" named before; null for anyone named or known to the base.
 */
function unnamedSpeakerKey(speaker: ActorRef | null): string | null {
  if (!speaker || speaker.kbId !== null || !/^\p{Ll}/u.test(speaker.name)) return null;
  return speaker.name.toLowerCase().split(/\s+/u).pop() ?? null;
}

/** Verbs only an outlet is the subject of: "reported by", "пишет", "передает". */
const OUTLET_ONLY_VERB = /^(?:reported|пиш\p{L}*|переда[её]т|передают)$/iu;

/**
 * "…, заявил X. Об этом сообщает ТАСС.": when the outlet of a pointing-back sentence relays words already
 * taken from the sentence before, it becomes their relay (not a speaker of a second copy). True when so.
 */
function relaysPrevious(c: Candidate, out: Resolved[], resolver: SpeakerResolver): boolean {
  const reported = out.filter((r) => r.candidate.sentence === c.sentence - 1);
  if (!reported.length || !c.speakerPhrase || c.speakerPhrase.prepositional) return false;
  const named = c.speakerPhrase.text;
  // "This was reported by Andina", "Об этом пишет Hetq": only an outlet reports or writes, even one the base does not know
  const relay = resolver.resolveRelay(named, c.start) ?? (c.verb && OUTLET_ONLY_VERB.test(c.verb) && /^\p{Lu}/u.test(named) && !resolver.resolve(c.speakerPhrase, c.start, c.sentence).actor?.kbId ? { kbId: null, name: named, kind: "MEDIA" as const, roleText: null } : null);
  if (relay?.kind !== "MEDIA") return false;
  for (const r of reported) if (!r.statement.via && !sameActor(r.statement.speaker, relay)) r.statement.via = relay;
  resolver.recordRelay(relay, c.start);
  return true;
}
