/**
 * Indirect (reported) speech: "X said (on Thursday) that …", "X stressed, however, that …", "…, X said",
 * "…, RIA Novosti quoted X as saying", "according to X, …", "X also said he would …", "X заявил, что …",
 * "…, заявил X", "по словам X, …", "по его словам, …", "X: …". The statement's text is the reported
 * clause only; the rest of the sentence is its attribution frame.
 */
import { NP_WORDS } from "./lexicon";
import type { Candidate } from "./candidate";
import { documentOwner, locativeBefore, type Phrase, phraseAfter, quotedNameAt, speakerAfterVerb, subjectBefore, wholeLocative } from "./noun-phrase";
import { followsComma, PARTICIPLE_VERB, participleSubject } from "./participle-subject";
import { findSpeechVerbs, isImpersonal, type VerbMatch } from "./speech-verbs";
import { MASK_CHAR, type Sentence } from "./text-units";
import { isGenitiveContext } from "../../language/russian-inflection";
import { WEEKDAYS } from "../../language/calendar-words";

interface Clause {
  verb?: string;
  start: number;
  end: number;
  phrase: Phrase | null;
  confidence: number;
  requireSpeaker: boolean;
  requireKnownSpeaker?: boolean;
}

const THAT_EN = /^(?<middle>[^.;:!?]{0,80}?)(?:,\s*|\s+)that\s+/u;
const THAT_RU = /^(?<middle>[^.;:!?]{0,60}?),?\s*(?:что|будто|мол)(?![\p{L}])\s*/u;
const BARE_VERBS = new Set(["said", "says", "added", "believes", "thinks", "insisted", "claimed", "warned"]);
/** A finite verb among the first words of a bare clause ("he would be", "Russia is ready"). */
const FINITE_VERB = /^(?:\S+\s+){0,8}?(?:is|are|was|were|will|would|could|can|cannot|can’t|can't|won’t|won't|should|shall|must|may|might|has|have|had|does|did|do|doesn’t|doesn't|don’t|don't|didn’t|didn't|isn’t|isn't|aren’t|aren't|wasn’t|wasn't|\p{L}+ed|\p{Ll}{2,}s)(?![\p{L}])/u;
/** An auxiliary or a past tense among the first words of a bare clause ("the fleet was", "Greece would"). */
const AUXILIARY_OR_PAST = /^(?:\S+\s+){0,8}?(?:is|are|was|were|will|would|could|can|cannot|won’t|won't|should|shall|must|may|might|has|have|had|\p{L}+ed)(?![\p{L}])/u;
/** A finite verb between a speech verb and "that" means the "that" belongs to another clause. */
const FINITE_IN_MIDDLE = /(?<![\p{L}])(?:is|are|was|were|will|would|could|can|has|have|had|did|does|было|был|была|были|будет)(?![\p{L}])/u;
/** What may follow the verb of "…, X said": nothing, a time, a place, an occasion or a relay. */
/** A weekday standing alone after the verb, as news agencies write it ("said Monday", "said late Tuesday"). */
const BARE_WEEKDAY = `(?:late\\s+|early\\s+)?(?:${WEEKDAYS.en.map((d) => d[0].toUpperCase() + d.slice(1)).join("|")})`;
const INVERTED_TAIL = new RegExp(
  `^(?:\\s*$|\\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier|later|while|when|to|as|from|told|via|through|${BARE_WEEKDAY})(?![\\p{L}])|,\\s*(?:according\\s+to|as\\s+(?:reported|quoted|cited)\\s+by|citing)\\s)`,
  "u",
);
const BARE_TIME = new RegExp(
  `^(?:\\s+(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+|\\s+${BARE_WEEKDAY}|\\s+(?:yesterday|today|earlier|later|also))?\\s+(?=(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their|this|these|\\p{Lu}[\\p{L}’'-]+)\\s+[\\p{L}])`,
  "u",
);
/**
 * Whom words were told before a clause with no "that" ("told reporters", "told parliament on Thursday",
 * "told Reuters"): the shortest audience after which a clause's subject and verb begin.
 */
const TOLD_AUDIENCE = /^\s+(?:(?:the\s+)?(?:reporters|journalists|lawmakers|legislators|parliament|senators|deputies|MPs|press|media|audience|crowd|committee|summit|conference|forum)|him|her|them|us|me|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}?)(?=\s)/u;
/** ", the defence secretary" closing the words before a name: the apposed role, its last word captured. */
const ROLE_BEFORE_NAME = /,\s*(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,4}([\p{Ll}-]+)$/u;
/** An outlet noun in the genitive before the outlet's name ("издания", "агентства"). */
const OUTLET_GENITIVE = new RegExp(`^(?:[\\p{Ll}-]+\\s+)?(?:издания|агентства|газеты|телеканала|портала|журнала|сайта|информагентства)\\s+(?=\\p{Lu}|[«"“][\\p{Lu}${MASK_CHAR}])`, "u");
const NOT_CLAUSE_START = /^(?:in|at|on|to|during|after|before|with|about|for|from|that|by|as|of|and|but)\s/iu;
const RELAY_VERBS = /^(?:quoted|cited|quotes|cites)$/u;
/** "quoted him as" right before "saying": the words after "quoted" name the speaker. */
const QUOTED_AS = new RegExp(`(?:quoted|cited)\\s+(?=[^${MASK_CHAR}]{1,60}\\s+as\\s+$)`, "u");
/** "was quoted by Interfax as", "has been cited as" right before "saying". */
const PASSIVE_QUOTED_AS = /(?<![\p{L}])(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+$/u;
/** "…, Andina reports" after an inverted speech verb: the outlet that carries the report, not part of the clause. */
const OUTLET_REPORTS_TAIL = /^\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:reports|reported|writes|wrote)(?![\p{L}])/u;
/** ", Name Surname, " closing the words before an apposition that precedes the verb. */
const APPOSED_NAME = /,\s*((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)\s*,\s*$/u;
const ACCORDING_LEAD = /^(?:[^,]{0,25},\s*)?(?:according\s+to|по\s+словам|по\s+мнению|по\s+данным|по\s+информации|по\s+сведениям|согласно|как\s+(?:сообщил|заявил|отметил|рассказал|пояснил|подчеркнул|сказал|передает|передаёт|сообщает|пишет|пишут|сообщают|уточняет|уточнил|отмечает|указывает|утверждает|информирует|подчеркивает|подчёркивает)\p{L}*(?:\s+(?:журналистам|репортерам|репортёрам|корреспондентам))?)\s+/iu;
/** "по его словам, …", "по ее мнению, …": the pronoun stands between the preposition and the noun. */
const ACCORDING_PRONOUN = /^(?:[^,]{0,25},\s*)?по\s+(его|ее|её|их)\s+(?:словам|мнению|данным|информации|сведениям|оценке|оценкам)\s*,\s*/iu;
const ACCORDING_TAIL = /,\s*(?:according\s+to|по\s+словам|по\s+мнению)\s+/giu;
/** "Israeli media", "local reports", "российские СМИ": unnamed outlets, whose words have no speaker the text names. */
const UNNAMED_MEDIA = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+)?(?:media|press|reports|сми|прессы|печати)\s*,\s*/iu;
const DOCUMENT_WORDS = /statement|report|release|media|data|estimates|information|заявлени|сообщени|данн|документ|сми/iu;
/** "Speaking after the talks", "Asked about …", "Отвечая на вопрос": a participle clause that frames a statement, never one. */
const PARTICIPLE_LEAD = /^(?:speaking|asked|commenting|answering|responding|referring|addressing|talking|replying|отвечая|комментируя|выступая|говоря|касаясь)(?![\p{L}])/iu;
/** "MOSCOW, June 3 (Reuters) —", "RIYADH:": the place (and date, agency) opening a report, no part of its first clause. */
const DATELINE = /^(?:\p{Lu}{3,}[^—–\n]{0,35}?\s[—–-]\s*|\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}:\s+)/u;

/** ", according to Interfax", ", as reported by X", ", пишет ТАСС" closing a sentence: the relay's words, not the reported clause's. */
const RELAY_TAIL = /,\s*(?:according\s+to|as\s+(?:reported|quoted|cited)\s+by|citing|со\s+ссылкой\s+на|передает|передаёт|сообщает|пишет)\s/giu;
/** A participle of speech after a comma: "…, adding that …", "…, insisting …", "…, добавив, что …" start another statement of the same speaker. */
const PARTICIPLE_TAIL = /,\s*(?:and\s+)?(?:adding|saying|insisting|noting|stressing|arguing|warning|claiming|explaining|emphasi[sz]ing|speaking|asking|declining|requesting|citing|referring|добавив|отметив|подчеркнув|заявив|сказав|пояснив|указав|уточнив|пожелав|попросив)(?![\p{L}])/giu;

function clauseEnd(body: string, masked: string, s: Sentence): number {
  let e = s.end;
  if (/[.!?…]/u.test(masked[e - 1])) e--;
  while (e > s.start && /\s/u.test(body[e - 1])) e--;
  return e;
}

/**
 * True when quoted fragments make up 40% or more of a clause's words: the words are then recorded as
 * partial quotations ("relations are “strategic and friendly”"), not again as an indirect statement.
 */
function mostlyQuoted(body: string, masked: string, start: number, end: number): boolean {
  const all = wordCount(body.slice(start, end));
  const unquoted = wordCount(masked.slice(start, end).split(MASK_CHAR).join(" "));
  return all === 0 || (all - unquoted) / all >= 0.4;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Speaker for a verb at `v`: "X quoted Y as saying" gives Y; otherwise the verb's subject. */
function speakerOf(body: string, masked: string, s: Sentence, v: VerbMatch): Phrase | null {
  if (RELAY_VERBS.test(v.verb)) return phraseAfter(masked, v.end, s.end);
  if (v.verb === "saying") {
    const before = masked.slice(s.start, v.start);
    // "X was quoted by Interfax as saying": the subject of the passive spoke
    const passive = PASSIVE_QUOTED_AS.exec(before);
    if (passive) return subjectBefore(masked, s.start, s.start + passive.index);
    const relay = QUOTED_AS.exec(before);
    if (relay) return phraseAfter(masked, s.start + relay.index + relay[0].length - 1, v.start);
  }
  if (isImpersonal(v.verb)) return documentOwner(masked, s.start, s.end, body);
  return quotedNameBefore(body, masked, s.start, v.start) ?? subjectBefore(masked, s.start, v.start) ?? locativeBefore(masked, s.start, v.start);
}

/**
 * "газета «Коммерсантъ» писала", "компания «Иркут» сообщила": a short capitalised name in quotation
 * marks right before the verb is the subject's name.
 */
function quotedNameBefore(body: string, masked: string, from: number, verbAt: number): Phrase | null {
  const m = new RegExp(`[«"“„](${MASK_CHAR}{2,40})[»"”“]\\s*$`, "u").exec(masked.slice(Math.max(from, verbAt - 50), verbAt));
  if (!m) return null;
  const start = Math.max(from, verbAt - 50) + m.index + 1;
  return quotedNameAt(body, start - 1, verbAt);
}

/** Where the clause after a verb ends: the sentence's end, or a relay tail after the verb (", according to X"). */
function clauseEndAfter(body: string, masked: string, s: Sentence, from: number): number {
  let end = clauseEnd(body, masked, s);
  // searched within the clause only, so a page of many sentences stays linear
  const clause = masked.slice(from, end);
  for (const tail of [RELAY_TAIL, PARTICIPLE_TAIL]) {
    tail.lastIndex = 0;
    const m = tail.exec(clause);
    if (m && from + m.index < end) end = from + m.index;
  }
  return end;
}

/**
 * "X acknowledged that A, insisting B", "The portal said that A, adding that B": the participle's clause,
 * spoken by the subject of the sentence (the subject of the speech verb before it, else its first noun
 * phrase). None when the clause reports someone else's words ("adding that Y said that …").
 */
function participleClause(body: string, masked: string, s: Sentence, v: VerbMatch): Clause[] {
  const lead = /^[\s,]*(?:(?:that|что)(?![\p{L}])\s*)?/u.exec(masked.slice(v.end, s.end))?.[0] ?? "";
  const start = v.end + lead.length;
  const end = clauseEndAfter(body, masked, s, start);
  const reportsOther = (inner: VerbMatch): boolean => subjectBefore(masked, start, inner.start) !== null && THAT_EN.test(masked.slice(inner.end, end));
  if (findSpeechVerbs(masked, start, end).some(reportsOther)) return [];
  const phrase = participleSubject(masked, stripDateline(masked, s.start, v.start), v);
  return phrase ? [{ start, end, phrase, confidence: 0.7, requireSpeaker: false }] : [];
}

/** "It should be noted that …", "it must be stressed that …": the author's own remark, no one's statement. */
const AUTHOR_REMARK = /(?<![\p{L}])it\s+(?:should|must|can|may|is\s+to)\s+(?:also\s+)?be\s+$/iu;

/**
 * "Poland agreed to buy", "Baku promised to pay", "continued to insist": a verb that takes an infinitive
 * reports an act, not words, when "to" and a verb follow it ("said to reporters" names an audience).
 */
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|reporters|journalists|lawmakers|parliament|me|him|them|us)(?![\p{L}]))\p{Ll}/u;
const TAKES_INFINITIVE = /^(?:agreed|agrees|promised|vowed|urged|asked|continued|claimed|claims|threatened|pledged|declined|refused|appeared|seemed|expected)$/u;

function clausesForVerb(body: string, masked: string, s: Sentence, v: VerbMatch): Clause[] {
  if (AUTHOR_REMARK.test(masked.slice(Math.max(s.start, v.start - 40), v.start))) return [];
  if (v.lang === "en" && TAKES_INFINITIVE.test(v.verb) && INFINITIVE_AFTER.test(masked.slice(v.end, v.end + 40))) return [];
  if (PARTICIPLE_VERB.test(v.verb) && followsComma(body, masked, s.start, v)) return participleClause(body, masked, s, v);
  const end = clauseEnd(body, masked, s);
  let after = masked.slice(v.end, end);
  const that = (v.lang === "en" ? THAT_EN : THAT_RU).exec(after);
  const middle = that?.groups?.middle ?? "";
  // "told Reuters, a move that could …": "that" opens a relative clause of the apposition, no reported clause
  const apposition = /,\s*(?:a|an|the)\s/iu.test(middle);
  if (that && !apposition && wordCount(middle) <= 10 && !FINITE_IN_MIDDLE.test(middle) && !findSpeechVerbs(masked, v.end, v.end + middle.length).length) {
    const start = v.end + that[0].length;
    return [{ start, end: clauseEndAfter(body, masked, s, start), phrase: speakerOf(body, masked, s, v), confidence: 0.8, requireSpeaker: false }];
  }
  const before = masked.slice(s.start, v.start);
  if (v.lang === "ru") {
    // "На это указал X, …, пишет ТАСС": words that attribute speech themselves are no outlet's reported clause
    const attributes = findSpeechVerbs(masked, s.start, v.start).length > 0 || ABOUT_THIS.test(before);
    const outlet = /,\s*$/u.test(before) && !attributes ? speakerAfterVerb(masked, v.end, end) : null;
    const np = outlet && REPORTING_VERB.test(v.verb) ? citedAfter(masked, outlet, end) ?? outlet : outlet;
    if (np) return [{ start: s.start, end: s.start + before.replace(/,\s*$/u, "").length, phrase: np, confidence: 0.75, requireSpeaker: false }];
    return [];
  }
  if (/,\s*$/u.test(before) && !RELAY_VERBS.test(v.verb) && !/(?:ing|^told|^tells|^asked)$/u.test(v.verb)) {
    // "…, said (on Monday) Defense Minister X": the speaker follows the verb
    const np = phraseAfter(masked, v.end, end);
    // "…, said Pham Thi Lan, a researcher at the Institute …": a description after the name still ends the clause
    // "…, Mao Ning, said she was …" is no inversion: a pronoun after the verb must end the clause ("…, said he.")
    const rest = np ? masked.slice(np.end, end) : "";
    if (np && !np.prepositional && (/^[\s,]*$/u.test(rest) || (!np.pronoun && /^,\s+(?:a|an|the|who|which|one)\s/u.test(rest)))) {
      return [{ start: s.start, end: s.start + before.replace(/,\s*$/u, "").length, phrase: np, confidence: 0.75, requireSpeaker: false }];
    }
  }
  const subject = speakerOf(body, masked, s, v);
  const subjectStart = RELAY_VERBS.test(v.verb) ? subjectBefore(masked, s.start, v.start)?.start : subject?.start;
  // "…, X told parliament, adding that …": the participle starts another statement; the verb's own tail ends before it
  PARTICIPLE_TAIL.lastIndex = 0;
  const participle = PARTICIPLE_TAIL.exec(after);
  if (participle) after = after.slice(0, participle.index);
  // "…, three people told Reuters, a move that could …": what follows the audience's comma is no reported clause
  const toldTo = /^(?:told|tells)$/u.test(v.verb);
  const ownTail = toldTo ? after.split(",", 1)[0] : after;
  const tailOk = RELAY_VERBS.test(v.verb) || INVERTED_TAIL.test(after) || OUTLET_REPORTS_TAIL.test(after) || (toldTo && !/\sthat\s/u.test(ownTail));
  const verbsBetween = subject ? findSpeechVerbs(masked, subject.end, v.start).length : 0;
  if (subject && subjectStart !== undefined && tailOk && !verbsBetween && /,\s*$/u.test(masked.slice(s.start, subjectStart)) && !/\bthat\b/u.test(ownTail)) {
    const lead = masked.slice(s.start, subjectStart);
    // "…, Juan Carlos Ortega, Deputy Defense Minister of Peru, revealed": the name before the apposition speaks
    const named = subject.pronoun ? null : APPOSED_NAME.exec(lead);
    if (named) {
      const nameStart = s.start + named.index + named[0].indexOf(named[1]);
      const phrase: Phrase = { start: nameStart, end: nameStart + named[1].length, text: named[1], pronoun: false, prepositional: false, apposition: subject.text };
      return [{ start: s.start, end: s.start + named.index, phrase, confidence: 0.75, requireSpeaker: false }];
    }
    // "…, the defence secretary, John Healey, told MPs": the role set before the name is no part of the clause
    const clauseText = lead.replace(/,\s*$/u, "");
    const role = ROLE_BEFORE_NAME.exec(clauseText);
    const clauseStop = s.start + (role && NP_WORDS.has(role[1].toLowerCase()) ? role.index : clauseText.length);
    // "…, Reuters reported, citing two officials": the outlet carries the words of those it cites
    const cited = /^(?:reports|reported|writes|wrote)$/u.test(v.verb) ? citedAfter(masked, { ...subject, end: v.end }, end) : null;
    return [{ start: s.start, end: clauseStop, phrase: cited ?? subject, confidence: 0.75, requireSpeaker: false }];
  }
  // "Dendias told lawmakers the air force would retire …": a clause with no "that" after the audience
  const audience = /^(?:told|tells)$/u.test(v.verb) ? TOLD_AUDIENCE.exec(after)?.[0] : BARE_VERBS.has(v.verb) ? "" : undefined;
  if (audience !== undefined) {
    const bare = BARE_TIME.exec(after.slice(audience.length));
    if (bare && subject) {
      const start = v.end + audience.length + bare[0].length;
      const stop = clauseEndAfter(body, masked, s, start);
      const clause = masked.slice(start, stop);
      // after an audience a plural noun ("the details of the plan") is no verb: an auxiliary or a past tense is asked for
      const finite = audience ? AUXILIARY_OR_PAST.test(clause) : FINITE_VERB.test(clause);
      if (!NOT_CLAUSE_START.test(clause.slice(0, 8)) && wordCount(clause) >= 4 && finite) {
        return [{ start, end: stop, phrase: subject, confidence: 0.6, requireSpeaker: false }];
      }
    }
  }
  return [];
}

/** Clauses for a verb, tagged with the verb. */
function clausesWithVerb(body: string, masked: string, s: Sentence, v: VerbMatch): Clause[] {
  return clausesForVerb(body, masked, s, v).map((c) => ({ ...c, verb: v.verb }));
}

function accordingClauses(masked: string, body: string, s: Sentence): Clause[] {
  const end = clauseEnd(body, masked, s);
  const from = stripDateline(masked, s.start, end);
  const text = masked.slice(from, end);
  const pronoun = ACCORDING_PRONOUN.exec(text);
  if (pronoun) {
    const at = from + pronoun[0].indexOf(pronoun[1], pronoun[0].search(/по\s/iu));
    const phrase: Phrase = { start: at, end: at + pronoun[1].length, text: pronoun[1], pronoun: true, prepositional: false };
    return [{ start: from + pronoun[0].length, end, phrase, confidence: 0.75, requireSpeaker: true }];
  }
  const lead = ACCORDING_LEAD.exec(text);
  if (lead) {
    const sourceAt = from + lead[0].length;
    // "According to Israeli media, …", "по данным местных СМИ, …": reported words whose speaker the text does not name
    const media = UNNAMED_MEDIA.exec(masked.slice(sourceAt, end));
    if (media) {
      const start = sourceAt + media[0].length;
      if (findSpeechVerbs(masked, start, end).some((v) => subjectBefore(masked, start, v.start))) return [];
      return [{ start, end, phrase: null, confidence: 0.6, requireSpeaker: false }];
    }
    // the source ends at the comma before the reported words: "Как рассказал генеральный директор «X» Имя Фамилия, …"
    const firstComma = masked.indexOf(",", sourceAt);
    const sourceEnd = firstComma > sourceAt && firstComma < end ? firstComma : end;
    // "по данным издания Defense News": the outlet noun in the genitive introduces the outlet's name
    const outletNoun = OUTLET_GENITIVE.exec(masked.slice(sourceAt, sourceEnd))?.[0].length ?? 0;
    const found = phraseAfter(masked, sourceAt + outletNoun, sourceEnd) ?? quotedNameAt(body, sourceAt + outletNoun, end);
    if (!found) return [];
    // after an outlet noun the whole name is the outlet's ("издания Andes Defence Review")
    const genitive = isGenitiveContext(lead[0]);
    const source: Phrase = outletNoun && !found.pronoun ? { ...found, quotedName: true } : { ...found, genitive };
    const np = citedAfter(masked, source, end) ?? authorOfDocument(masked, source, end) ?? source;
    const comma = masked.indexOf(",", np.end);
    if (comma < 0 || comma >= end || DOCUMENT_WORDS.test(np.text)) return [];
    const start = comma + 1 + (/^\s*/u.exec(masked.slice(comma + 1))?.[0].length ?? 0);
    if (findSpeechVerbs(masked, start, end).some((v) => subjectBefore(masked, start, v.start))) return [];
    return [{ start, end, phrase: np, confidence: 0.75, requireSpeaker: true }];
  }
  for (const m of text.matchAll(ACCORDING_TAIL)) {
    const at = from + (m.index ?? 0);
    // "X announced that …, according to Interfax": X spoke, the outlet after "according to" relays
    if (findSpeechVerbs(masked, from, at).some((v) => subjectBefore(masked, from, v.start))) continue;
    const found = phraseAfter(masked, at + m[0].length, end);
    const np = found && (authorOfDocument(masked, found, end) ?? found);
    if (!np || DOCUMENT_WORDS.test(np.text)) continue;
    return [{ start: from, end: at, phrase: np, confidence: 0.7, requireSpeaker: true }];
  }
  return [];
}

/**
 * "передает ТАСС со ссылкой на источник в ВПК", "как сообщает X со ссылкой на Y": the outlet only carries
 * the words; the one it cites spoke. The cited phrase, or null when the outlet cites nobody.
 */
function citedAfter(masked: string, outlet: Phrase, end: number): Phrase | null {
  const cue = /^[»"”]?\s*,?\s*(?:со\s+ссылкой\s+на|citing)\s+/iu.exec(masked.slice(outlet.end, end));
  if (!cue) return null;
  const cited = phraseAfter(masked, outlet.end + cue[0].length, end);
  return cited && !cited.pronoun && !DOCUMENT_WORDS.test(cited.text) ? cited : null;
}

/** A document named before its author: "a statement from the U.S. Embassy", "a report by Lockheed Martin", "the ministry statement". */
const DOCUMENT_NOUN_EN = /(?:^|\s)(?:statement|report|release|press\s+release|communique|announcement|notice)$/iu;
const AUTHOR_AFTER_DOCUMENT = /^\s+(?:from|by|of|issued\s+by|released\s+by)\s+/iu;

/**
 * Who wrote the document a phrase names: the phrase after "from"/"by" ("according to a statement from the U.S. Embassy"),
 * or the words before the document noun ("according to the ministry statement"). Null when the phrase is no document.
 */
function authorOfDocument(masked: string, document: Phrase, end: number): Phrase | null {
  if (!DOCUMENT_NOUN_EN.test(document.text)) return null;
  const by = AUTHOR_AFTER_DOCUMENT.exec(masked.slice(document.end, end));
  if (by) return phraseAfter(masked, document.end + by[0].length, end);
  const owner = document.text.replace(DOCUMENT_NOUN_EN, "").trim();
  return owner && !/^(?:a|an|the)$/iu.test(owner) ? { ...document, end: document.start + owner.length, text: owner } : null;
}

function colonClause(masked: string, body: string, s: Sentence): Clause[] {
  const m = /^([^:·]{2,60}):\s+/u.exec(masked.slice(s.start, s.end));
  if (!m) return [];
  const np = subjectBefore(masked, s.start, s.start + m[1].length);
  if (!np || np.start !== s.start || np.pronoun) return [];
  return [{ start: s.start + m[0].length, end: clauseEnd(body, masked, s), phrase: np, confidence: 0.6, requireSpeaker: true, requireKnownSpeaker: true }];
}

/** "Об этом заявил X", "Об этом сообщили в Минобороны": the sentence before is what X said. */
const ABOUT_THIS = /^(?:об\s+этом|о\s+том\s+же|на\s+это|такое\s+заявление)\s+/iu;
/** "в интервью газете Bild", "в ходе брифинга", "в эфире телеканала «Россия 24»": the occasion of the words. */
const OCCASION_BEFORE_VERB = /^\s*(?:(?:в|во)\s+(?:интервью|беседе|эфире|ходе|рамках|разговоре|кулуарах|комментарии)|на\s+(?:брифинге|пресс-конференции|встрече|форуме|заседании|выставке))(?:\s+[^,.;:!?]{0,80})?\s*$/iu;
/** "Это заявил X", "Такое мнение высказал X": a pointing word right before the verb. */
const THIS_RIGHT_BEFORE_VERB = /^(?<near>это|так|такое\s+мнение|такую\s+оценку|такую\s+позицию)\s+/iu;
/** "This was stated by X", "That was announced by the ministry": the sentence before is X's. */
const THIS_WAS = /^(?<passive>this|that)\s+(?:was|has\s+been|had\s+been)\s+(?=(?:stated|said|announced|reported|noted|declared|confirmed|emphasized|emphasised|stressed)\s+by\s)/iu;
/** Verbs with which an outlet reports words ("Об этом сообщает ТАСС"), as opposed to saying its own. */
const REPORTING_VERB = /^(?:сообща\p{L}*|сообщил\p{L}*|пиш\p{L}*|переда[её]т|передают|написал\p{L}*|reported)$/iu;

function aboutThisClause(masked: string, body: string, sentences: readonly Sentence[], si: number): Candidate | null {
  const s = sentences[si];
  const previous = sentences[si - 1];
  const text = masked.slice(s.start, s.end);
  const lead = ABOUT_THIS.exec(text) ?? THIS_RIGHT_BEFORE_VERB.exec(text) ?? THIS_WAS.exec(text);
  if (!lead || !previous || previous.paragraph !== s.paragraph) return null;
  const v = findSpeechVerbs(masked, s.start + lead[0].length, s.end)[0];
  const gap = v ? masked.slice(s.start + lead[0].length, v.start) : "";
  // "Об этом в интервью газете Bild заявил X": the occasion may stand between, however long
  const between = !v ? Infinity : lead.groups?.near === undefined && OCCASION_BEFORE_VERB.test(gap) ? 0 : wordCount(gap);
  if (!v || between > (lead.groups?.near !== undefined ? 0 : 3)) return null;
  // "This was stated by X": the agent after "by"
  const agent = lead.groups?.passive !== undefined ? /^\s+by\s+/iu.exec(masked.slice(v.end, s.end)) : null;
  if (lead.groups?.passive !== undefined && !agent) return null;
  const after = phraseAfter(masked, v.end + (agent?.[0].length ?? 0), s.end);
  if (!after) return null;
  const phrase = wholeLocative(masked, after, s.end);
  const start = stripDateline(masked, previous.start, previous.end);
  const end = clauseEnd(body, masked, previous);
  if (mostlyQuoted(body, masked, start, end)) return null;
  return {
    start,
    end,
    kind: "INDIRECT",
    speakerPhrase: phrase,
    continuation: false,
    frames: [[s.start, s.end]],
    verb: v.verb,
    sentence: si,
    paragraph: s.paragraph,
    confidence: 0.75,
    requireSpeaker: true,
    pointsBack: REPORTING_VERB.test(v.verb),
  };
}

function stripDateline(masked: string, start: number, end: number): number {
  const m = DATELINE.exec(masked.slice(start, end));
  return m && /\p{Lu}{2,}/u.test(m[0]) ? start + m[0].length : start;
}

/**
 * Indirect statements in `sentences`. Verbs listed in `attributionVerbs` already attribute a quotation and
 * are skipped; clauses that are mostly quoted text are left to the quotation rules.
 */
export function findIndirect(body: string, masked: string, sentences: readonly Sentence[], attributionVerbs: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, si) => {
    const aboutThis = si > 0 ? aboutThisClause(masked, body, sentences, si) : null;
    if (aboutThis) out.push(aboutThis);
    const clauses: Clause[] = [...accordingClauses(masked, body, s)];
    for (const v of findSpeechVerbs(masked, s.start, s.end)) {
      if (attributionVerbs.has(v.start)) continue;
      clauses.push(...clausesWithVerb(body, masked, s, v));
    }
    clauses.push(...colonClause(masked, body, s));
    const taken: Array<[number, number]> = [];
    for (const c of clauses) {
      const start = stripDateline(masked, c.start, c.end);
      let end = c.end;
      while (end > start && /[\s,;:]/u.test(body[end - 1])) end--;
      if (end - start < 10 || wordCount(body.slice(start, end)) < 3 || mostlyQuoted(body, masked, start, end)) continue;
      if (PARTICIPLE_LEAD.test(body.slice(start, end)) && !/[,;]/u.test(body.slice(start, end))) continue;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      out.push({
        start,
        end,
        kind: "INDIRECT",
        speakerPhrase: c.phrase,
        continuation: false,
        frames: [[s.start, start], [end, s.end]],
        verb: c.verb ?? null,
        sentence: si,
        paragraph: s.paragraph,
        confidence: c.phrase ? c.confidence : c.confidence - 0.3,
        requireSpeaker: c.requireSpeaker,
        requireKnownSpeaker: c.requireKnownSpeaker,
      });
    }
  });
  return out;
}
