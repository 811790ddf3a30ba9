/**
 * Attributions in which an outlet and a speaker share the words after the verb, so that the phrase
 * the attribution rules find names the outlet: "— приводит слова X издание Y", "— процитировали ТАСС
 * в пресс-службе слова X", "— сказали РИА Новости в ФСВТС". Promises the speaker (a person or a body)
 * and the outlet as its relay, or null when the words do not take one of these shapes.
 */
import { nominativeOfName } from "../../language/russian-inflection";
import type { ActorRef } from "../../model/actor-ref";
import type { Phrase } from "./noun-phrase";
import type { SpeakerResolver } from "./speaker-resolver";

export interface RelayedSpeaker {
  speaker: ActorRef;
  label: string;
  via: ActorRef | null;
}

/** "приводит слова X (издание Y)", "процитировал(и) Y (в пресс-службе) слова X", "цитирует слова X", "передает ТАСС слова X". */
const WORDS_OF = /(?<![\p{L}])(?:привод\p{L}*|процитировал\p{L}*|цитиру\p{L}*|переда[её]т|передают|переда[лв]\p{L}*)\s+(?<relay>[^,.;:!?]{0,60}?\s+)??слова\s+(?<rest>[^.;!?\n]{3,160})/iu;
/** A noun naming the kind of outlet right before its name ("издание The Irrawaddy"). */
const OUTLET_NOUN = /\s+(?:издание|агентство|газета|телеканал|портал|сайт|журнал)\s+(?=\S)/iu;
/** "РИА Новости в ФСВТС": a locative body right after the outlet the words were told to. */
const LOCATIVE_BODY = /^\s+(?:в|во)\s+(?=\p{Lu})/u;

function phraseAt(masked: string, start: number, end: number, prepositional: boolean): Phrase {
  while (end > start && /[\s,.·]/u.test(masked[end - 1])) end--;
  return { start, end, text: masked.slice(start, end), pronoun: false, prepositional };
}

/** The speaker and relay of "приводит слова X издание Y"-shaped attribution in `[from, to)` of the masked body. */
export function speakerOfQuotedWords(masked: string, from: number, to: number, resolver: SpeakerResolver): RelayedSpeaker | null {
  const frame = masked.slice(from, to);
  if (!frame.includes("слова")) return null;
  const m = WORDS_OF.exec(frame);
  if (!m?.groups || m.index === undefined) return null;
  const restStart = from + m.index + m[0].length - m.groups.rest.length;
  const outlet = OUTLET_NOUN.exec(m.groups.rest);
  const speakerEnd = outlet ? restStart + outlet.index : restStart + m.groups.rest.length;
  const written = phraseAt(masked, restStart, speakerEnd, false);
  // "слова" governs the genitive: "Петра Сидорова" is Пётр Сидоров, so the "-а" of a name word is an ending
  const known = resolver.resolve(written, written.start, -1).actor;
  const speaker = known?.kbId ? known : resolver.resolve({ ...written, text: nominativeOfName(written.text, () => true) }, written.start, -1).actor;
  if (!speaker || speaker.kind === "MEDIA") return null;
  const relayText = outlet ? m.groups.rest.slice(outlet.index + outlet[0].length) : m.groups.relay?.trim();
  const relayName = relayText?.replace(/[\s,.·]+$/u, "") ?? "";
  const resolved = relayName ? resolver.resolveRelay(relayName, restStart) : null;
  // "издание The Irrawaddy": the noun before the name says it is an outlet, even one the base does not know
  const via = resolved ?? (outlet && /^\p{Lu}/u.test(relayName) ? { kbId: null, name: relayName, kind: "MEDIA" as const, roleText: null } : null);
  return { speaker, label: written.text, via: via && via.kind !== "PERSON" ? via : null };
}

/**
 * "сказали РИА Новости в ФСВТС": when the phrase after the verb named an outlet and a body follows it
 * in the locative, the body spoke and the outlet relayed. Null unless that body resolves.
 */
export function bodyBehindOutlet(masked: string, outletPhrase: Phrase, outlet: ActorRef, to: number, resolver: SpeakerResolver): RelayedSpeaker | null {
  if (outlet.kind !== "MEDIA" || outletPhrase.prepositional) return null;
  const lead = LOCATIVE_BODY.exec(masked.slice(outletPhrase.end, to));
  if (!lead) return null;
  const start = outletPhrase.end + lead[0].length;
  const stop = /[,.;:!?\n]/u.exec(masked.slice(start, to));
  const phrase = phraseAt(masked, outletPhrase.end + lead[0].length - lead[0].trimStart().length, stop ? start + stop.index : to, true);
  const body = resolver.resolve(phrase, phrase.start, -1).actor;
  if (!body || body.kind === "MEDIA" || body.kind === "PERSON") return null;
  return { speaker: body, label: phrase.text, via: outlet };
}
