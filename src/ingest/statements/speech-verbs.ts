/**
 * Compiled patterns for the speech verbs of the lexicon, and a finder that lists them in a range of
 * the masked body.
 */
import { EN_SPEECH_VERBS, RU_IMPERSONAL_VERBS, RU_SPEECH_VERBS } from "./lexicon";

export interface VerbMatch {
  start: number;
  end: number;
  verb: string;
  lang: "en" | "ru";
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+");
const byLength = (a: string, b: string): number => b.length - a.length;

const ruForms = (verb: string): string => {
  const [head, ...rest] = verb.split(" ");
  const inflected = head.endsWith("л") ? `${escape(head)}(?:а|и|о)?(?:сь)?` : escape(head);
  return [inflected, ...rest.map(escape)].join("\\s+");
};

const EN_ALTERNATION = [...new Set(EN_SPEECH_VERBS)].sort(byLength).map(escape).join("|");
const RU_ALTERNATION = [...new Set([...RU_SPEECH_VERBS, ...RU_IMPERSONAL_VERBS])].sort(byLength).map(ruForms).join("|");

/** Any speech verb, English or Russian, as a whole word. */
export const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<en>${EN_ALTERNATION})|(?<ru>${RU_ALTERNATION}))(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Speech verbs found in `text` between `from` and `to`, in text order. */
export function findSpeechVerbs(text: string, from: number, to: number): VerbMatch[] {
  const out: VerbMatch[] = [];
  SPEECH_VERB.lastIndex = from;
  for (let m = SPEECH_VERB.exec(text); m && m.index < to; m = SPEECH_VERB.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, verb: m[0], lang: m.groups?.en ? "en" : "ru" });
  }
  return out;
}

/** True for Russian impersonal reporting forms ("говорится", "сказано") that have no grammatical subject. */
export function isImpersonal(verb: string): boolean {
  return RU_IMPERSONAL_VERBS.includes(verb.toLowerCase());
}
