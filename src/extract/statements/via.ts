import { phraseAfter, subjectBefore } from "./noun-phrase";
import type { SpeakerResolver } from "./speaker-resolver";
import type { ActorRef } from "../../model/actor-ref";

/** Cues after which the relay's name follows. */
const RELAY_BEFORE_NAME = new RegExp(
  [
    "(?<![\\p{L}])(?:told|telling)",
    "(?:in|during)\\s+(?:an?\\s+|his\\s+|her\\s+|the\\s+)?(?:exclusive\\s+)?interview\\s+(?:with|to)",
    "(?:talking|speaking|spoke|talked)\\s+(?:to|with)",
    "in\\s+(?:comments|remarks)\\s+to",
    "(?:cited|quoted|carried|published|reported|released)\\s+by",
    "as\\s+saying\\s+by",
    "according\\s+to",
    "со\\s+ссылкой\\s+на",
    "(?:передает|передаёт|сообщает|сообщило|сообщил|пишет|цитирует)",
    "в\\s+(?:эксклюзивном\\s+)?интервью",
    "в\\s+беседе\\s+с",
    "(?:отвечая\\s+)?на\\s+вопрос(?:\\s+корреспондента)?",
  ].join("|"),
  "giu",
);

/** "рассказал РИА Новости", "заявил ТАСС": an outlet in the dative right after the verb (capitalised). */
const RELAY_AFTER_VERB = /(?<![\p{L}])(?:рассказал|заявил|сообщил|сказал|признался)(?:а|и)?(?=\s+\p{Lu})/gu;

/** "RIA Novosti quoted X as saying", "The Russian Defense Ministry quoted him": the subject relays. */
const RELAY_SUBJECT_VERB = /(?<![\p{L}])(?:quoted|cited|quotes|cites)(?![\p{L}])/gu;

/** Words of a relay phrase that name a document of a body rather than the body ("a ministry statement"). */
const DOCUMENT_TAIL = /\s+(?:statement|report|release|communique|announcement)$/iu;

/**
 * The relay named in the frame `[from, to)` of the masked body, other than `speaker`; null when none.
 */
export function findVia(masked: string, from: number, to: number, speaker: ActorRef | null, resolver: SpeakerResolver): ActorRef | null {
  const frame = masked.slice(from, to);
  for (const m of frame.matchAll(RELAY_SUBJECT_VERB)) {
    const at = from + (m.index ?? 0);
    const subject = subjectBefore(masked, from, at);
    const ref = subject && !subject.pronoun ? resolver.resolveRelay(subject.text, at) : null;
    if (ref && !same(ref, speaker)) return ref;
  }
  for (const m of [...frame.matchAll(RELAY_BEFORE_NAME), ...frame.matchAll(RELAY_AFTER_VERB)]) {
    const cueEnd = from + (m.index ?? 0) + m[0].length;
    const after = phraseAfter(masked, cueEnd, to);
    if (!after || after.pronoun) continue;
    const label = after.text.replace(DOCUMENT_TAIL, "");
    const ref = resolver.resolveRelay(label === after.text ? label : label.replace(/^(?:a|an|the)\s+/iu, "the "), cueEnd);
    if (ref && !same(ref, speaker) && (ref.kind === "MEDIA" || ref.kind === "ORGANIZATION")) return ref;
  }
  return null;
}

function same(a: ActorRef, b: ActorRef | null): boolean {
  if (!b) return false;
  return a.kbId !== null ? a.kbId === b.kbId : a.name === b.name;
}
