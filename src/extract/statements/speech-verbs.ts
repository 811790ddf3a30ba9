/**
 * Compiled patterns for the speech verbs of the lexicon, and a finder that lists them in a range of
 * the masked body.
 */
import { EN_SPEECH_VERBS, RU_IMPERSONAL_VERBS, RU_SPEECH_VERBS } from "./lexicon";

/** One speech verb in the masked body. */
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
const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<en>${EN_ALTERNATION})|(?<ru>${RU_ALTERNATION}))(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Speech verbs that are also nouns ("reports", "claims"), and the words that make them nouns when right before them. */
const NOUN_HOMOGRAPHS = new Set(["report", "reports", "claim", "claims", "comment", "comments", "warning", "warnings"]);
const NOUN_BEFORE = /(?<![\p{L}])(?:the|a|an|these|those|such|earlier|previous|recent|media|press|news|some|many|several|initial|latest|local|foreign|western|conflicting|unconfirmed|their|its|his|her|our|of|and|as|by|with|in|to)\s+$/iu;

let indexedText: string | null = null;
let indexedVerbs: VerbMatch[] = [];

/** Every speech verb of `text`, found in one pass and kept for the next calls on the same text. */
function allVerbs(text: string): VerbMatch[] {
  if (text !== indexedText) {
    indexedVerbs = [];
    for (const m of text.matchAll(SPEECH_VERB)) {
      const start = m.index ?? 0;
      // "dismissing earlier reports as …", "media claims": a noun after a determiner or an adjective, no verb
      if (m.groups?.en && NOUN_HOMOGRAPHS.has(m[0].toLowerCase()) && NOUN_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      indexedVerbs.push({ start, end: start + m[0].length, verb: m[0], lang: m.groups?.en ? "en" : "ru" });
    }
    indexedText = text;
  }
  return indexedVerbs;
}

/** Speech verbs found in `text` between `from` and `to`, in text order. */
export function findSpeechVerbs(text: string, from: number, to: number): VerbMatch[] {
  const verbs = allVerbs(text);
  let lo = 0;
  let hi = verbs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbs[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: VerbMatch[] = [];
  for (let i = lo; i < verbs.length && verbs[i].end <= to; i++) out.push(verbs[i]);
  return out;
}

/** True for Russian impersonal reporting forms ("говорится", "сказано") that have no grammatical subject. */
export function isImpersonal(verb: string): boolean {
  return RU_IMPERSONAL_VERBS.includes(verb.toLowerCase());
}
