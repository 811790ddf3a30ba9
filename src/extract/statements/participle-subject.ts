/**
 * The speaker of a participle of speech that follows a comma ("X acknowledged …, insisting …", "X called
 * the jet “…,” saying …", "X заявил …, добавив, что …"): the subject of the sentence, not the noun
 * nearest to the participle. Promises the phrase of the subject of the last finite speech verb before
 * it, else the sentence's first noun phrase that does not follow a preposition, else null.
 */
import { locativeBefore, type Phrase, phrasesIn, subjectBefore } from "./noun-phrase";
import { findSpeechVerbs, type VerbMatch } from "./speech-verbs";
import { MASK_CHAR } from "./text-units";

/** Participles of speech verbs, English and Russian. */
export const PARTICIPLE_VERB = /^(?:adding|saying|insisting|noting|stressing|arguing|warning|claiming|explaining|emphasi[sz]ing|dismissing|rejecting|denying|describing|calling|urging|accusing|praising|critici[sz]ing|welcoming|vowing|pledging|promising|hailing|admitting|acknowledging|confirming|добавив|отметив|подчеркнув|заявив|сказав|пояснив|указав|уточнив|назвав|опровергнув|отвергнув|пообещав|признав)$/iu;

/**
 * True when the participle `v` follows a comma: directly, or as the last character of a quotation right
 * before it (“Dragon from the East,” saying …).
 */
export function followsComma(body: string, masked: string, from: number, v: VerbMatch): boolean {
  const before = masked.slice(from, v.start);
  if (/,\s*(?:and\s+)?$/u.test(before)) return true;
  const closed = new RegExp(`${MASK_CHAR}[”"»’]\\s*$`, "u").exec(before);
  return closed !== null && body[from + closed.index] === ",";
}

/** The subject of the sentence starting at `from` that the participle `v` belongs to. */
export function participleSubject(masked: string, from: number, v: VerbMatch): Phrase | null {
  const earlier = findSpeechVerbs(masked, from, v.start).filter((e) => !PARTICIPLE_VERB.test(e.verb));
  for (let i = earlier.length - 1; i >= 0; i--) {
    const subject = subjectBefore(masked, from, earlier[i].start) ?? locativeBefore(masked, from, earlier[i].start);
    if (subject) return subject;
  }
  return phrasesIn(masked, from, v.start).find((p) => !p.prepositional) ?? null;
}
