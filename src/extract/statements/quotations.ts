/**
 * Direct and partial quotations: which quotation marks hold someone's words (not a weapon, an event
 * title, an organisation or a scare-quoted term), whether the words are a full quotation or a fragment
 * inside reported speech, and which words of the sentence attribute them.
 */
import type { Candidate } from "./candidate";
import { NAMING_NOUNS } from "./lexicon";
import { documentOwner, locativeBefore, type Phrase, phraseAfter, speakerAfterVerb, subjectBefore } from "./noun-phrase";
import { followsComma, PARTICIPLE_VERB, participleSubject } from "./participle-subject";
import type { QuoteSpan } from "./quote-spans";
import { findSpeechVerbs, isImpersonal, type VerbMatch } from "./speech-verbs";
import { type Sentence, sentenceIndexAt } from "./text-units";

/** What the quotation rules found, for the indirect-speech rules to build on. */
export interface QuotationResult {
  candidates: Candidate[];
  /** Offsets of the speech verbs that attribute a quotation (indirect-speech rules skip them). */
  attributionVerbs: Set<number>;
}

interface Attribution {
  phrase: Phrase | null;
  verb: VerbMatch | null;
  /** The attribution sits right after (or, with a colon, right before) the quotation. */
  adjacent: boolean;
}

const NAMING = new Set(NAMING_NOUNS.map((w) => w.toLowerCase()));
const NAMING_CUE = /(?:на тему|под названием|под лозунгом|titled|entitled|called|dubbed|so-called|так называем\p{L}+)\s*$/iu;
const LEADING_PUNCT = /^[\s,.!?…—–-]*$/u;
const RELAY_AS_SAYING = /(?<![\p{L}])(?:quoted|cited)(?![\p{L}])/gu;
/** "», — в беседе с корреспондентом издания заявил X": an occasion between the dash and the speech verb. */
const OCCASION_AFTER_DASH = /^[\s,]*[—–-]\s*(?:в|во|на|in|during)\s[^,.;!?:—–]{3,80}$/u;
const ACCORDING_TO = /(?:according\s+to|по\s+словам|по\s+мнению)\s+$/iu;

const words = (s: string): string[] => s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** A short capitalised quotation with no sentence inside: a name («Гроза-С», «Хезболла»), not words said. */
function looksLikeName(content: string): boolean {
  const w = words(content);
  return w.length > 0 && w.length <= 4 && /^\p{Lu}/u.test(content) && !/[.!?,;…]/u.test(content);
}

/**
 * How far from a quotation its speech verb is looked for, in characters: attributions sit next to
 * the quotation, and the bound keeps a run-on paragraph of many quotations linear.
 */
const ATTRIBUTION_WINDOW = 400;

function lastWord(text: string): string {
  const m = /([\p{L}\p{N}-]+)[\s]*$/u.exec(text);
  return m ? m[1].toLowerCase() : "";
}

/** The attribution after a quotation: "…,” he said", "», — сказал Алиев", "…,” said Aliyev", "…, the statement said". */
function attributionAfter(body: string, masked: string, q: QuoteSpan, s: Sentence): Attribution | null {
  const from = q.close + 1;
  const according = /^[\s,.]*[—–-]?\s*(?:according\s+to|по\s+словам)\s+/iu.exec(masked.slice(from, s.end));
  if (according) {
    const np = phraseAfter(masked, from + according[0].length, s.end);
    if (np) return { phrase: np, verb: null, adjacent: true };
  }
  for (const v of findSpeechVerbs(masked, from, Math.min(s.end, from + ATTRIBUTION_WINDOW))) {
    const between = masked.slice(from, v.start);
    const commaBefore = /,\s*[—–-]?\s*$/u.test(between);
    if (LEADING_PUNCT.test(between) || commaBefore || OCCASION_AFTER_DASH.test(between)) {
      const np = relaySubject(masked, v, s.end) ?? speakerAfterVerb(masked, v.end, s.end);
      if (np) return { phrase: np, verb: v, adjacent: LEADING_PUNCT.test(between) };
    }
    const subject = subjectBefore(masked, from, v.start);
    if (subject) {
      const lead = masked.slice(from, subject.start);
      const adjacent = LEADING_PUNCT.test(lead);
      if (adjacent || /,\s*$/u.test(lead)) {
        return { phrase: relaySubject(masked, v, s.end) ?? subject, verb: v, adjacent };
      }
    }
    if (isImpersonal(v.verb)) {
      const owner = documentOwner(masked, v.end, s.end, body);
      if (owner) return { phrase: owner, verb: v, adjacent: LEADING_PUNCT.test(between) };
    }
  }
  return null;
}

/** For "X quoted Y as saying" the speaker is Y, after the verb. */
function relaySubject(masked: string, v: VerbMatch, to: number): Phrase | null {
  if (!/^(?:quoted|cited|quotes|cites|цитирует|процитировал\p{L}*)$/u.test(v.verb)) return null;
  return phraseAfter(masked, v.end, to);
}

/** "Aliyev said:" closing the sentence (or paragraph) before a quotation that opens the next one. */
function attributionEndingInColon(masked: string, previous: Sentence): Attribution | null {
  if (!/:\s*$/u.test(masked.slice(previous.start, previous.end))) return null;
  const verbs = findSpeechVerbs(masked, previous.start, previous.end);
  const v = verbs[verbs.length - 1];
  const phrase = v ? subjectBefore(masked, previous.start, v.start) : subjectBefore(masked, previous.start, previous.end - 1);
  return phrase ? { phrase, verb: v ?? null, adjacent: true } : null;
}

/** “We,” he said, “will win.”: the second part resumes the quotation and shares its attribution. */
function resumesQuotation(masked: string, earlier: QuoteSpan, q: QuoteSpan, attribution: Attribution | null): Attribution | null {
  if (!attribution?.verb || attribution.verb.start < earlier.close || attribution.verb.end > q.open) return null;
  return /^[\s,]*[^,.;!?]{1,80}[,.]\s*$/u.test(masked.slice(earlier.close + 1, q.open)) ? attribution : null;
}

/** The attribution before a quotation or fragment: "X said:", "X:", "praised Russia’s “…”", "quoted him as saying that … “…”". */
function attributionBefore(body: string, masked: string, q: QuoteSpan, s: Sentence): Attribution | null {
  const verbs = findSpeechVerbs(masked, s.start, q.open);
  const pre = masked.slice(s.start, q.open);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    if (v.verb === "saying") {
      const relay = [...masked.slice(s.start, v.start).matchAll(RELAY_AS_SAYING)].pop();
      if (relay && relay.index !== undefined) {
        const at = s.start + relay.index;
        const np = phraseAfter(masked, at + relay[0].length, v.start);
        if (np) return { phrase: np, verb: v, adjacent: false };
      }
    }
    const relay = relaySubject(masked, v, q.open);
    if (relay) return { phrase: relay, verb: v, adjacent: false };
    if (PARTICIPLE_VERB.test(v.verb) && followsComma(body, masked, s.start, v)) {
      // "X called the jet “…,” saying the “…” aircraft …": the fragment is the sentence subject's
      const subject = participleSubject(masked, s.start, v);
      if (subject) return { phrase: subject, verb: v, adjacent: false };
    }
    if (isImpersonal(v.verb)) return { phrase: documentOwner(masked, s.start, q.open, body), verb: v, adjacent: false };
    const subject = subjectBefore(masked, s.start, v.start) ?? locativeBefore(masked, s.start, v.start) ?? phraseAfter(masked, v.end, q.open);
    if (subject) return { phrase: subject, verb: v, adjacent: /:\s*$/u.test(pre) };
  }
  const according = /(?:according\s+to|по\s+словам|по\s+мнению)\s+/iu.exec(pre);
  if (according) {
    const np = phraseAfter(masked, s.start + according.index + according[0].length, q.open);
    if (np) return { phrase: np, verb: null, adjacent: false };
  }
  const colon = /^(.{1,80}?)\s*:\s*$/u.exec(pre);
  if (colon) {
    const np = subjectBefore(masked, s.start, s.start + colon[1].length);
    if (np && np.start === s.start + pre.indexOf(np.text)) return { phrase: np, verb: null, adjacent: true };
  }
  return null;
}

/**
 * Where relay and time of a quotation are read: around a full quotation, the whole sentence outside it;
 * for a fragment, only the attribution (the words up to the speech verb, or after the fragment when the
 * attribution follows it), so that dates inside the reported clause are not taken for the day of speaking.
 */
function framesFor(q: QuoteSpan, s: Sentence, kind: string, attribution: Attribution | null, attributedAfter: boolean): Array<[number, number]> {
  if (kind === "DIRECT" || !attribution) return [[s.start, q.open], [q.close + 1, s.end]];
  if (attributedAfter) return [[q.close + 1, s.end]];
  const stop = attribution.verb ? attribution.verb.end : attribution.phrase ? attribution.phrase.end : q.open;
  return [[s.start, Math.min(stop, q.open)]];
}

/**
 * The quotations of `body` that are someone's words, with the phrase that attributes each one.
 * `masked` is the body with quotation contents blanked; `sentences` never split a quotation.
 */
export function findQuotations(body: string, masked: string, spans: readonly QuoteSpan[], sentences: readonly Sentence[]): QuotationResult {
  const candidates: Candidate[] = [];
  const attributionVerbs = new Set<number>();
  let previous = null as { q: QuoteSpan; sentence: number; attribution: Attribution | null } | null;
  for (const q of spans) {
    const content = body.slice(q.start, q.end);
    if (!/\p{L}/u.test(content)) continue;
    const si = sentenceIndexAt(sentences, q.open);
    if (si < 0) continue;
    const s = sentences[si];
    const pre = masked.slice(s.start, q.open);
    const preTail = pre.slice(-60);
    // 'the ship "Admiral Nakhimov"' names the ship; 'the ship "will boost our capability"' quotes words said of it
    const named = NAMING.has(lastWord(preTail)) && (/^[\p{Lu}\p{N}«"“]/u.test(content.trim()) || words(content).length <= 3);
    if (named || NAMING_CUE.test(preTail) || ACCORDING_TO.test(preTail)) continue;

    const preTrimmed = pre.trim();
    const after = attributionAfter(body, masked, q, s);
    const sameParagraph = previous !== null && si - previous.sentence <= 1 && sentences[previous.sentence].paragraph === s.paragraph;
    const resumed: Attribution | null = sameParagraph && previous && !after?.adjacent ? resumesQuotation(masked, previous.q, q, previous.attribution) : null;
    const opensSentence = resumed !== null || preTrimmed === "" || /[:—–-]$/u.test(preTrimmed) || /^[\p{Lu}\p{N}\s.,()/]{2,40}\s[—–-]$/u.test(preTrimmed);
    const before = after?.adjacent ? null : attributionBefore(body, masked, q, s) ?? (preTrimmed === "" && si > 0 ? attributionEndingInColon(masked, sentences[si - 1]) : null);
    const attribution: Attribution | null = resumed ?? (after?.adjacent ? after : before ?? after);
    previous = { q, sentence: si, attribution };
    const wordCount = words(content).length;

    const introducedByColon = /:\s*$/u.test(pre);
    // «…», — в беседе с X сказал Y: a dash after the closing mark and a speech verb make even a short quotation words said
    const dashAttributed = after?.verb != null && /^\s*,?\s*[—–-]/u.test(masked.slice(q.close + 1, q.close + 6));
    if (looksLikeName(content) && !resumed && !dashAttributed && !((after?.adjacent || introducedByColon) && opensSentence)) continue;
    const kind = opensSentence ? "DIRECT" : "PARTIAL";
    if (kind === "PARTIAL" && wordCount <= 2 && !attribution?.phrase) continue;
    if (attribution?.verb && kind === "DIRECT") attributionVerbs.add(attribution.verb.start);

    const frames = framesFor(q, s, kind, attribution, attribution === after);
    let confidence = kind === "DIRECT" ? 0.9 : 0.7;
    if (!attribution?.phrase) confidence = kind === "DIRECT" ? 0.6 : 0.35;
    else if (attribution.phrase.pronoun) confidence -= 0.1;
    if (kind === "PARTIAL" && wordCount <= 2) confidence = 0.35;
    candidates.push({
      start: q.start,
      end: q.end,
      kind,
      speakerPhrase: attribution?.phrase ?? null,
      continuation: !attribution?.phrase || resumed !== null,
      frames,
      verb: attribution?.verb?.verb ?? null,
      sentence: si,
      paragraph: s.paragraph,
      confidence,
      requireSpeaker: false,
    });
  }
  return { candidates, attributionVerbs };
}
