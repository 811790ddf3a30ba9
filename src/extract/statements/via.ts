import { phraseAfter, quotedNameAt, subjectBefore } from "./noun-phrase";
import type { SpeakerResolver } from "./speaker-resolver";
import type { ActorRef } from "../../model/actor-ref";

/** Outlet nouns in the dative: the words were told to the outlet named next ("рассказал изданию X"). */
const OUTLET_DATIVE = "изданию|агентству|информагентству|газете|телеканалу|каналу|порталу|журналу|радиостанции|сайту";
/** A cue that ends with an outlet noun: the capitalised name after it is an outlet even when the base does not know it. */
const OUTLET_NOUN_CUE = /(?:изданию|агентству|информагентству|газете|телеканалу|каналу|порталу|журналу|радиостанции|сайту|телеканала|канала|радио|программы|издания|агентства|газеты|портала|журнала|newspaper|daily|agency|broadcaster|channel|outlet|website|magazine)$/iu;
/**
 * "в беседе с корреспондентом новостного издания", "told a correspondent of the agency": the outlet a
 * correspondent works for, described rather than named, is the one the text named last.
 */
const CORRESPONDENT_OF = /(?<![\p{L}])(?:(?:в\s+беседе\s+с\s+|рассказал\p{L}*\s+|заявил\p{L}*\s+|сказал\p{L}*\s+)?(?:корреспондент(?:ом|у)|журналист(?:ом|у))\s+(?:[\p{Ll}-]+\s+)?(?:издания|агентства|газеты|телеканала|портала)|(?:told|telling)\s+(?:a|an|the)\s+(?:correspondent|reporter)\s+(?:of|for)\s+(?:the|this)\s+(?:[\p{Ll}-]+\s+)?(?:newspaper|agency|outlet|website|channel|broadcaster))(?![\p{L}])/iu;

/** "as quoted by X", "published by X", "when contacted by X": what follows is a medium, even one the base does not know. */
const PUBLISHED_BY = /(?:cited|quoted|carried|published|reported|released|contacted|reached|approached|asked)\s+by$/iu;

/** "in an interview with", "told": an outlet or a person may follow. */
const INTERVIEW_CUE = /interview|^(?:told|telling)$/iu;
/**
 * A name only a title bears, never a person: with a number ("France 24", "Il Sole 24 Ore"), opening with an
 * article ("Le Monde", "Die Welt", "El País"), or of four words or more.
 */
const TITLE_OF_OUTLET = /\p{N}|^(?:Il|Lo|La|Le|Les|El|Los|Las|Der|Die|Das|De|Het|O|A)\s|^\S+(?:\s\S+){3,}$/u;

/** True when the base knows `label` as a person (who may quote, but is no outlet). */
function knownPerson(label: string, at: number, resolver: SpeakerResolver): boolean {
  const ref = resolver.resolve({ start: at, end: at + label.length, text: label, pronoun: false, prepositional: false }, at, -1).actor;
  return ref?.kind === "PERSON" && ref.kbId !== null;
}

/** Cues after which the relay's name follows. */
const RELAY_BEFORE_NAME = new RegExp(
  [
    "(?<![\\p{L}])(?:told|telling)",
    "(?:in|during)\\s+(?:an?\\s+|his\\s+|her\\s+|the\\s+)?(?:exclusive\\s+)?interview\\s+(?:with|to)",
    "(?:talking|speaking|spoke|talked)\\s+(?:to|with)",
    "in\\s+(?:comments|remarks)\\s+to",
    "(?:cited|quoted|carried|published|reported|released|contacted|reached|approached|asked)\\s+by",
    "as\\s+saying\\s+by",
    "according\\s+to",
    "со\\s+ссылкой\\s+на",
    "(?:передает|передаёт|сообщает|сообщило|сообщил|пишет|цитирует)",
    "в\\s+(?:эксклюзивном\\s+)?интервью",
    "в\\s+беседе\\s+с",
    // an outlet noun in the dative or genitive names the outlet the words were given to: "изданию Informer",
    // "в эфире телеканала «Россия 24»", "told the newspaper X"
    `(?:${OUTLET_DATIVE})`,
    "(?:корреспондент\\p{L}*|журналист\\p{L}*)\\s+(?:издания|агентства|газеты|телеканала|портала|журнала)",
    "в\\s+эфире(?:\\s+(?:телеканала|канала|радиостанции|радио|программы))?",
    "(?:told|telling)\\s+(?:the\\s+)?(?:newspaper|daily|agency|news\\s+agency|broadcaster|channel|outlet|website|magazine)",
    "(?:отвечая\\s+)?на\\s+вопрос(?:\\s+корреспондента)?",
    // "собеседник «Ъ»", "источник «Известий»": the outlet a source spoke to, named in quotation marks
    "(?:источник|собеседник)\\p{L}*(?=\\s+[«\"“„])",
  ].join("|"),
  "giu",
);

/** "рассказал РИА Новости", "заявил ТАСС": an outlet in the dative right after the verb (capitalised). */
const RELAY_AFTER_VERB = /(?<![\p{L}])(?:рассказал|заявил|сообщил|сказал|признался)(?:а|и)?(?=\s+[\p{Lu}«"“„])/gu;

/** "RIA Novosti quoted X as saying", "The Russian Defense Ministry quoted him": the subject relays. */
const RELAY_SUBJECT_VERB = /(?<![\p{L}])(?:quoted|cited|quotes|cites)(?![\p{L}])/gu;

/** Words of a relay phrase that name a document of a body rather than the body ("a ministry statement"). */
const DOCUMENT_TAIL = /\s+(?:statement|report|release|communique|announcement)$/iu;

/**
 * The relay named in the frame `[from, to)` of the masked body, other than `speaker`; null when none.
 */
export function findVia(body: string, masked: string, from: number, to: number, speaker: ActorRef | null, resolver: SpeakerResolver): ActorRef | null {
  const frame = masked.slice(from, to);
  for (const m of frame.matchAll(RELAY_SUBJECT_VERB)) {
    const at = from + (m.index ?? 0);
    const subject = subjectBefore(masked, from, at);
    const ref = subject && !subject.pronoun ? resolver.resolveRelay(subject.text, at) : null;
    if (ref && !same(ref, speaker)) return ref;
  }
  for (const m of [...frame.matchAll(RELAY_BEFORE_NAME), ...frame.matchAll(RELAY_AFTER_VERB)]) {
    const cueEnd = from + (m.index ?? 0) + m[0].length;
    // "рассказал «Известиям» министр", "— сказал Шойгу «Коммерсанту»", "— цитирует Шойгу «Интерфакс»": a quoted name next to the speaker
    const quotedFirst = quotedNameAt(body, cueEnd, to)?.text ?? null;
    const after = quotedFirst ? null : phraseAfter(masked, cueEnd, to);
    const quoted = quotedFirst ?? (after && !after.pronoun ? quotedNameAt(body, after.end, to)?.text ?? null : null);
    if (quoted) {
      const outlet = quotedOutlet(quoted, cueEnd, resolver);
      if (!same(outlet, speaker)) return outlet;
    }
    if (!after || after.pronoun) continue;
    const written = after.text;
    const label = written.replace(DOCUMENT_TAIL, "");
    const ref =
      resolver.resolveRelay(label === written ? label : label.replace(/^(?:a|an|the)\s+/iu, "the "), cueEnd) ??
      ((OUTLET_NOUN_CUE.test(m[0]) || PUBLISHED_BY.test(m[0]) || (INTERVIEW_CUE.test(m[0]) && TITLE_OF_OUTLET.test(label))) && /^\p{Lu}/u.test(label) && !/\s\p{Ll}/u.test(label) && !knownPerson(label, cueEnd, resolver)
        ? { kbId: null, name: label, kind: "MEDIA" as const, roleText: null }
        : null);
    if (ref && !same(ref, speaker) && (ref.kind === "MEDIA" || ref.kind === "ORGANIZATION")) return ref;
  }
  const correspondent = CORRESPONDENT_OF.exec(frame);
  if (correspondent) {
    const ref = resolver.resolveRelay("the outlet", from + (correspondent.index ?? 0));
    if (ref && !same(ref, speaker)) return ref;
  }
  return null;
}

/**
 * The outlet a quoted name beside a speech verb stands for: the base's outlet in any case form («Коммерсанту»,
 * «Известиям»), else the name as written.
 */
function quotedOutlet(name: string, at: number, resolver: SpeakerResolver): ActorRef {
  // a plural title in the dative ("Известиям", "Ведомостям") is the one written "Известия", "Ведомости"
  const forms = [name, ...(/(?:ям|ам)$/u.test(name) ? [name.replace(/ам$/u, "а").replace(/ям$/u, "я"), name.replace(/ям$/u, "и").replace(/ам$/u, "ы")] : [])];
  for (const form of forms) {
    const ref = resolver.resolveRelay(form, at);
    if (ref?.kind === "MEDIA" || ref?.kind === "ORGANIZATION") return ref;
  }
  return { kbId: null, name, kind: "MEDIA", roleText: null };
}

function same(a: ActorRef, b: ActorRef | null): boolean {
  if (!b) return false;
  return a.kbId !== null ? a.kbId === b.kbId : a.name === b.name;
}

/**
 * A relay for a whole report, named in a line of its own: "Об этом сообщает X со ссылкой на Reuters",
 * "Trend reports, citing Kazakh media", "Source: the Defence Ministry citing Minister X". A cited outlet
 * relays every statement of the report; a cited speaker's words come through the body that cites them.
 */
export interface ReportRelay {
  via: ActorRef;
  /** Only this speaker's statements come through `via`; null: every statement of the report. */
  speaker: ActorRef | null;
}

const CITING = /(?<![\p{L}])(?:citing|со\s+ссылкой\s+на)\s+/giu;
/** What may stand before "citing" in a report line: a label, the reporting outlet and its verb, nothing else. */
const REPORT_LINE = /^(?:(?:source|sources|источник|источники)\s*:\s*|(?:об\s+этом|about\s+this|this\s+was)\s+)?(?<verb1>(?:сообща\p{L}*|пиш\p{L}*|переда[её]т|reported)\s+)?(?<relay>(?:[^,.;:!?]|\.(?=\S)){2,60}?)(?<verb2>\s+(?:reports|reported|writes|сообщает|пишет|передает|передаёт))?[\s,]*$/iu;

export function findReportRelays(masked: string, sentences: ReadonlyArray<{ start: number; end: number }>, resolver: SpeakerResolver): ReportRelay[] {
  const out: ReportRelay[] = [];
  for (const s of sentences) {
    const text = masked.slice(s.start, s.end);
    for (const m of text.matchAll(CITING)) {
      const lineStart = Math.max(text.lastIndexOf("\n", m.index ?? 0) + 1, lastClauseStart(text, m.index ?? 0));
      const line = REPORT_LINE.exec(text.slice(lineStart, m.index));
      if (!line?.groups) continue;
      const at = s.start + lineStart;
      const relayLabel = line.groups.relay.replace(DOCUMENT_TAIL, "").trim();
      const relay = resolver.resolveRelay(relayLabel, at) ?? bodyNamed(relayLabel, at, resolver);
      const citedPhrase = phraseAfter(masked, s.start + (m.index ?? 0) + m[0].length, s.end);
      if (!citedPhrase || citedPhrase.pronoun) continue;
      const citedRelay = resolver.resolveRelay(citedPhrase.text, citedPhrase.start);
      if (citedRelay?.kind === "MEDIA") {
        out.push({ via: citedRelay, speaker: null });
        continue;
      }
      const cited = resolver.resolve(citedPhrase, citedPhrase.start, -1).actor;
      if (relay && cited?.kind === "PERSON" && !same(relay, cited)) out.push({ via: relay, speaker: cited });
    }
  }
  return out;
}

/** Where the clause holding offset `at` starts: after the last sentence-like break (", X reports, citing"). */
function lastClauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /.*(?:[.!?]\s+|,\s+(?=\S+\s+(?:reports|reported|writes|сообщает|пишет)[\s,]))/su.exec(before);
  return m ? m[0].length : 0;
}

/** "German Defence Ministry" as the source of a report: a body the text names, known to the base or not. */
function bodyNamed(label: string, at: number, resolver: SpeakerResolver): ActorRef | null {
  const ref = resolver.resolve({ start: at, end: at + label.length, text: label, pronoun: false, prepositional: false }, at, -1).actor;
  return ref && (ref.kind === "ORGANIZATION" || ref.kind === "MEDIA") ? ref : null;
}

/**
 * "во время интервью американскому каналу Sky News", "в интервью газете «Известия»", "in an interview
 * with the BBC", "told CNN in an interview": the outlet a report's interview was given to. The words
 * after the outlet noun (or "with") name it; quotation marks around the name are allowed.
 */
const INTERVIEW_TO = /(?<![\p{L}])(?:интервью(?:\s+[\p{Ll}-]+){0,2}?\s+(?:каналу|телеканалу|изданию|газете|агентству|журналу|радиостанции|порталу)|interview\s+with(?:\s+the)?|interview\s+to(?:\s+the)?)\s+(?=[«"“]?\p{Lu})/giu;

/** An interview a report is built on: its outlet, and the sentence that names it. */
export interface InterviewRelay {
  via: ActorRef;
  sentence: number;
}

/** The interviews `masked` says its words were given in, in text order. */
export function findInterviewRelays(masked: string, sentences: ReadonlyArray<{ start: number; end: number }>, resolver: SpeakerResolver): InterviewRelay[] {
  const out: InterviewRelay[] = [];
  sentences.forEach((s, sentence) => {
    for (const m of masked.slice(s.start, s.end).matchAll(INTERVIEW_TO)) {
      const at = s.start + (m.index ?? 0) + m[0].length;
      const quoted = /^[«"“]([^»"”]{2,40})[»"”]/u.exec(masked.slice(at, s.end));
      const label = quoted ? quoted[1] : phraseAfter(masked, at, s.end)?.text;
      if (!label) continue;
      const via = resolver.resolveRelay(`${/[\p{Script=Cyrillic}]/u.test(m[0]) ? "издание" : "outlet"} ${label}`, at);
      // an outlet the base does not know keeps its name as written ("Sky News", not "Sky")
      if (via?.kind === "MEDIA") out.push({ via: via.kbId === null ? { ...via, name: label } : via, sentence });
    }
  });
  return out;
}
