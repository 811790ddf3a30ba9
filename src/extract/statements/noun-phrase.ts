/**
 * Finds the noun phrase that names a speaker next to a speech verb: the subject before it
 * ("the top Russian military official added", "Ohanian, for his part, said") or the phrase after it
 * ("said Aliyev", "сказал президент Азербайджана", "говорили в Кремле"). Works on the masked body,
 * so quoted words are never taken for a speaker.
 */
import { MONTHS, WEEKDAYS, monthNumber } from "../../language/calendar-words";
import { isArticleSurname } from "../../language/name-particles";
import { MASK_CHAR as MASK } from "./text-units";
import { AFTER_VERB_ADVERBIALS, AFTER_VERB_SKIP, NP_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS, SUBJECT_SKIP_WORDS } from "./lexicon";

/** A noun phrase of the masked body that names (or stands for) a speaker or relay. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** A pronoun standing for someone named before ("he", "его"). */
  pronoun: boolean;
  /** The phrase follows a preposition ("в Кремле"): a body may speak there, a place may not. */
  prepositional: boolean;
  /** A name written in quotation marks («Российская газета»): the whole text is the name of an outlet or body. */
  quotedName?: boolean;
  /** The role set beside the name between commas ("X, Deputy Defence Minister of Y, said"): who the person is. */
  apposition?: string;
  /** The phrase is in the genitive ("по словам Ивана Петрова"): a name's nominative drops the case ending. */
  genitive?: boolean;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.’'\-][\p{L}\p{N}]+)*/gu;

/** Capitalised words that start sentences or clauses rather than names. */
const CAPITAL_STOP = new Set([
  "in", "at", "on", "during", "after", "before", "however", "besides", "meanwhile", "earlier", "later",
  "but", "and", "also", "speaking", "according", "last", "next", "despite", "while", "when", "as", "this", "that", "these",
  "those", "it", "there", "here", "remarkably", "moreover", "still", "yet", "so", "thus", "if", "since",
  ...MONTHS.en, ...WEEKDAYS.en,
  "в", "на", "по", "с", "ранее", "тогда", "однако", "кроме", "также", "как", "между", "после", "помимо",
  "при", "из-за", "по-прежнему", "впрочем", "кстати", "среди", "для", "итак", "но", "а", "и", "это",
  "фото", "видео", "photo", "video", "читайте", "read", "yesterday", "вчера", "сегодня",
  "asked", "commenting", "answering", "responding", "referring", "addressing", "replying", "talking",
  "отвечая", "комментируя", "выступая", "говоря", "касаясь",
  // prepositions and conjunctions that open a Russian sentence ("Об этом сообщает …", "О том же …")
  "об", "о", "во", "со", "к", "ко", "от", "из", "у", "за", "под", "над", "через", "перед", "согласно", "чтобы",
]);

const HEAD_WORDS = new Set([
  "official", "officials", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "ministry",
  "office", "statement", "leader", "leaders", "secretary", "ambassador", "chief", "commander", "agency",
  "newspaper", "newspapers", "media", "representative", "source", "sources", "people", "person", "insider", "insiders", "government", "director", "chairman", "analyst",
  "expert", "officer", "head", "intelligence", "service", "department", "council", "kremlin", "communique", "report",
  "website", "channel", "television", "publication", "outlet", "daily", "paper", "broadcaster", "portal", "gazette", "bulletin", "magazine",
  "company", "firm", "manufacturer", "maker", "exporter", "contractor", "corporation",
  "президент", "президента", "министр", "министра", "премьер", "премьер-министр", "премьер-министра",
  "глава", "главы", "пресс-секретарь", "пресс-секретаря", "представитель", "представителя", "ведомства",
  "издание", "агентство", "газета", "телеканал", "помощник", "заместитель", "вице-премьер", "министерство",
  "министерства", "министерстве", "ведомстве", "правительстве", "мид", "пресс-служба", "пресс-службы", "лидер", "спикер", "посол", "секретарь", "генсек",
  "командующий", "начальник", "советник", "источник", "diplomat", "diplomats", "lawmaker", "lawmakers", "senator",
  "envoy", "negotiator", "adviser", "advisor", "aide", "researcher", "professor", "journalist", "correspondent",
  "дипломат", "посол", "посла", "эксперт", "эксперта", "аналитик", "аналитика", "политолога", "источника", "депутата", "депутат", "сенатор", "политолог", "собеседник", "собеседника",
  "источники", "источников", "портал", "сайт",
  "colonel", "general", "admiral", "полковник", "полковника", "подполковник", "подполковника", "генерал", "генерала", "адмирал", "адмирала",
]);

/**
 * How far before a speech verb its subject is looked for, in characters: far more than any subject
 * phrase, and a bound that keeps a page of run-on "said … said …" linear instead of quadratic.
 */
const SUBJECT_WINDOW = 400;

/** Prepositions that occur inside institution names ("Service for Military-Technical Cooperation", "служба по …"). */
const INSTITUTION_LINKS = new Set(["of", "for", "по"]);

/** Role nouns that may open a long post-posed description of a speaker (see roleEndingInName). */
const ROLE_NOUNS = new Set([
  ...HEAD_WORDS,
  "бывший", "председатель", "руководитель", "директор", "гендиректор", "генеральный", "замминистра", "замглавы", "заместитель",
  "вице-президент", "вице-спикер", "первый", "глава", "управляющий", "командир", "атташе", "координатор", "уполномоченный",
  "deputy", "first", "vice", "head", "chairman", "chairwoman", "director", "chief", "commander", "coordinator", "attache",
]);

function tokens(text: string, from: number, to: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to && out.length < limit; m = WORD.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isCapitalised = (t: Token): boolean => (/^\p{Lu}/u.test(t.text) && !CAPITAL_STOP.has(t.lower)) || isArticleSurname(t.text);
const isPronoun = (t: Token): boolean => PERSON_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower);
const inPhrase = (t: Token): boolean => isCapitalised(t) || (t.text === t.lower && NP_WORDS.has(t.lower));
/**
 * Words that continue a phrase only in context: a number after a name ("France 24"), and "в" between a
 * title's country and another name ("посол России в Армении").
 */
function continuesRun(text: string, run: Token[], t: Token, next: Token | undefined): boolean {
  const prev = run[run.length - 1];
  if (!joined(text, prev, t)) return false;
  if (/^\p{N}+$/u.test(t.text)) return isCapitalised(prev);
  const titled = run.some((r) => r.text === r.lower && HEAD_WORDS.has(r.lower));
  return t.lower === "в" && titled && isCapitalised(prev) && next !== undefined && isCapitalised(next) && joined(text, t, next);
}
/** Two words are one phrase when only spaces separate them, or a full stop after a title or initial ("Dr. John", "John F. Kennedy"). */
const joined = (text: string, a: Token, b: Token): boolean => {
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]*$/u.test(gap) || (/^\.[ \t\u00a0]+$/u.test(gap) && /^\p{Lu}\p{Ll}{0,3}$/u.test(a.text) && /^\p{Lu}/u.test(b.text));
};

function validHead(run: Token[]): boolean {
  return run.some((t) => isCapitalised(t) || HEAD_WORDS.has(t.lower));
}

function trimRun(run: Token[]): Token[] {
  let a = 0;
  let b = run.length;
  while (a < b && (run[a].lower === "of" || run[a].lower === "and")) a++;
  while (b > a && ["of", "the", "a", "an", "his", "her", "its", "their"].includes(run[b - 1].lower)) b--;
  return run.slice(a, b);
}

function phrase(text: string, run: Token[], pronoun: boolean, prepositional: boolean): Phrase {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return { start, end, text: text.slice(start, end), pronoun, prepositional };
}

/** Words that are prepositions or conjunctions: right before a subject and its verb they open a clause ("After X said …"). */
const CLAUSE_CONJUNCTIONS = new Set(["after", "before", "since", "until"]);

/** A name's abbreviation in brackets right before a verb: " (SSB) ", " (ФСВТС) ". */
const ABBREVIATION_BEFORE_VERB = /\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)\s*$/u;

/**
 * The subject of a speech verb at `verbAt`: the nearest noun phrase before it (within `from`) that is
 * not the object of a preposition ("with his counterpart Serzh Sarkisian" is skipped), or a pronoun.
 */
export function subjectBefore(text: string, from: number, verbAt: number): Phrase | null {
  // "the Presidency of Defense Industries (SSB) announced": the abbreviation in brackets repeats the name before it
  const abbreviation = ABBREVIATION_BEFORE_VERB.exec(text.slice(Math.max(from, verbAt - 20), verbAt));
  if (abbreviation) verbAt -= abbreviation[0].length;
  const toks = tokens(text, Math.max(from, verbAt - SUBJECT_WINDOW), verbAt);
  let i = toks.length - 1;
  while (i >= 0) {
    const t = toks[i];
    if (isPronoun(t) && (i === toks.length - 1 || SUBJECT_SKIP_WORDS.has(toks[i + 1].lower) || !inPhrase(toks[i + 1]))) {
      if (!["his", "her", "его", "ее", "её", "их"].includes(t.lower)) return phrase(text, [t], true, false);
    }
    // "It said that …": a body named before speaks (only as the verb's own subject, never an object)
    if (t.lower === "it" && toks.slice(i + 1).every((n) => SUBJECT_SKIP_WORDS.has(n.lower))) return phrase(text, [t], true, false);
    if (!inPhrase(t)) {
      i--;
      continue;
    }
    const run = [t];
    let j = i - 1;
    // "the Federal Service for Military-Technical Cooperation": "for" between capitalised words is inside a body's name
    const linksName = (k: number) => toks[k].lower === "for" && k > 0 && isCapitalised(toks[k - 1]) && isCapitalised(run[0]) && joined(text, toks[k - 1], toks[k]);
    while (j >= 0 && (inPhrase(toks[j]) || linksName(j)) && joined(text, toks[j], run[0]) && run.length < 9) run.unshift(toks[j--]);
    const trimmed = trimRun(run);
    const before = j >= 0 ? toks[j] : undefined;
    // "After Mitsotakis acknowledged …": a conjunction that is also a preposition opens a clause whose subject is the run
    const conjunction = before !== undefined && CLAUSE_CONJUNCTIONS.has(before.lower) && i === toks.length - 1;
    const afterPreposition = before !== undefined && PREPOSITIONS.has(before.lower) && joined(text, before, run[0]) && !conjunction;
    const possessive = trimmed.length > 0 && /[’']s$/u.test(trimmed[trimmed.length - 1].text);
    const role = j >= 1 ? toks[j - 1] : undefined;
    if (afterPreposition && role && before?.lower === "to" && HEAD_WORDS.has(role.lower) && trimmed.length >= 3 && trimmed.slice(-2).every(isCapitalised) && !/[,;]/u.test(text.slice(trimmed[trimmed.length - 1].end, verbAt))) {
      // "Ambassador to the UN Pedro Alvarez called": a title naming a body, then the name, right before the verb
      // (not "Name, adviser to President X, said", where the name before the apposition speaks)
      return phrase(text, [role, ...trimmed], false, false);
    }
    if (afterPreposition && !possessive) {
      // "с коллегой Токаевым президент России Путин отметил": after the object of the preposition, a role noun opens the subject
      const head = trimmed.findIndex((w, k) => k > 0 && w.text === w.lower && HEAD_WORDS.has(w.lower) && isCapitalised(trimmed[k - 1]));
      if (head > 0 && trimmed.slice(head).some(isCapitalised)) return phrase(text, trimmed.slice(head), false, false);
    }
    if (trimmed.length && validHead(trimmed) && !afterPreposition && !possessive && !hasPreposition(trimmed)) {
      if (!trimmed.some(isCapitalised) && !/(?:s|ы|и)$/u.test(trimmed[trimmed.length - 1].lower)) {
        // "Hikmet Hajiyev, foreign policy adviser to …, said": the role is an apposition; the name before it speaks
        const named = appositionName(text, toks, j, trimmed[0]);
        if (named) return named;
      }
      if (/^\p{Ll}/u.test(trimmed[0].text) && /^\s*,/u.test(text.slice(trimmed[trimmed.length - 1].end, verbAt))) {
        // "Son Jae-il, the chief executive of Hanwha Aerospace, said": a role naming its body, set off by commas
        // after a name, is who the named person is; the person speaks, not the body
        const named = appositionName(text, toks, j, trimmed[0]);
        if (named) return { ...named, apposition: phrase(text, trimmed, false, false).text };
      }
      return phrase(text, trimmed, false, false);
    }
    i = j;
  }
  return null;
}

/**
 * The name that a lowercase role phrase stands in apposition to: "Name, [a|the] [lowercase words] role"
 * with the name right before the comma and not the object of a preposition. `j` is the index of the
 * token before the role run.
 */
function appositionName(text: string, toks: Token[], j: number, roleStart: Token): Phrase | null {
  let k = j;
  while (k >= 0 && toks[k].text === toks[k].lower && !isPronoun(toks[k]) && j - k < 5) k--;
  if (k < 0 || !isCapitalised(toks[k])) return null;
  const gap = text.slice(toks[k].end, (toks[k + 1] ?? roleStart).start);
  if (!/^,\s+$/u.test(gap)) return null;
  const run = [toks[k]];
  let m = k - 1;
  while (m >= 0 && isCapitalised(toks[m]) && joined(text, toks[m], run[0]) && run.length < 5) run.unshift(toks[m--]);
  const before = m >= 0 ? toks[m] : undefined;
  if (before && PREPOSITIONS.has(before.lower) && joined(text, before, run[0])) return null;
  const trimmed = trimRun(run);
  return trimmed.length && !trimmed.every((t) => NP_WORDS.has(t.lower) || /^(?:today|tonight|now)$/u.test(t.lower)) ? phrase(text, trimmed, false, false) : null;
}

function hasPreposition(run: Token[]): boolean {
  return run.some((t) => t.lower === "counterpart" || t.lower === "коллегой");
}

/**
 * The index of the first token at or after `k` that is not a time or occasion word ("также", "в четверг",
 * "на брифинге в среду", "on Monday"): what may stand between a speech verb and a post-posed speaker.
 */
/** A lowercase Russian adjective in the prepositional or accusative case ("еженедельной", "очередном"). */
const RU_ADJECTIVE = /^[а-яё-]{3,}(?:ой|ом|ем|ей|ую|юю|ых|их)$/u;

function skipAdverbials(toks: Token[], k: number): number {
  for (;;) {
    if (k < toks.length - 1 && AFTER_VERB_SKIP.has(toks[k].lower)) {
      k++;
      continue;
    }
    // a date: "отмечает сегодня, 29 июля, портал X", "said on 12 March Minister X", "July 29"
    const date = dateLength(toks, k);
    if (date > 0 && k + date < toks.length - 1) {
      k += date;
      continue;
    }
    // "на еженедельной пресс-конференции", "at a weekly briefing": up to two adjectives before the occasion noun
    let adjectives = 0;
    while (adjectives < 2 && k + adjectives + 2 < toks.length && RU_ADJECTIVE.test(toks[k + adjectives + 1].text)) adjectives++;
    const at = (n: number): Token => toks[k + 1 + n];
    const found = (n: number): boolean => k + n < toks.length - 2 && AFTER_VERB_ADVERBIALS.some(([prep, noun]) => prep.test(toks[k].lower) && noun.test(at(n).lower));
    const skip = found(0) ? 0 : adjectives > 0 && found(adjectives) ? adjectives : -1;
    if (skip < 0) return k;
    k += 2 + skip;
    if (toks[k - 1].lower === "on") k = k < toks.length - 1 && /day$/u.test(toks[k].lower) ? k + 1 : k;
    // "в ходе брифинга", "на прошлой неделе": the lowercase words that complete the phrase
    for (let n = 0; n < 2 && k < toks.length - 1 && toks[k].text === toks[k].lower && !NP_WORDS.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower); n++) k++;
  }
}

/** How many tokens from `k` make a date ("29 июля", "12 March 2022", "July 29", "on 5 May"); 0 when none. */
function dateLength(toks: Token[], k: number): number {
  const on = toks[k]?.lower === "on" ? 1 : 0;
  const day = (t: Token | undefined): boolean => t !== undefined && /^\p{N}{1,2}$/u.test(t.text) && Number(t.text) <= 31;
  const month = (t: Token | undefined): boolean => t !== undefined && monthNumber(t.text) !== null && /^\p{L}{3,}$/u.test(t.text);
  let n = 0;
  if (day(toks[k + on]) && month(toks[k + on + 1])) n = on + 2;
  else if (month(toks[k + on]) && /^\p{Lu}/u.test(toks[k + on].text) && day(toks[k + on + 1])) n = on + 2;
  if (n === 0) return 0;
  if (/^\p{N}{4}$/u.test(toks[k + n]?.text ?? "")) n += /^(?:года|г)$/u.test(toks[k + n + 1]?.lower ?? "") ? 2 : 1;
  return n;
}

/** What may separate a verb from the phrase after it: spaces, commas, a quoted name (masked). */
const ADDRESSEE_GAP = new RegExp(`^[\\s,]*(?:[«"“„]${MASK}{1,40}[»"”“][\\s,]*)?$`, "u");

/**
 * The noun phrase right after a verb ("said Aliyev", "сказал президент Азербайджана", "задался он
 * вопросом", "говорили в Кремле"), up to `to`.
 */
export function phraseAfter(text: string, verbEnd: number, to: number): Phrase | null {
  const toks = tokens(text, verbEnd, to, 18);
  // an addressee in quotation marks may stand before the speaker: "рассказал «Известиям» министр"
  if (!toks.length || !ADDRESSEE_GAP.test(text.slice(verbEnd, toks[0].start).replace(/[—–-]/gu, ""))) return null;
  let k = skipAdverbials(toks, 0);
  const first = toks[k];
  if (isPronoun(first)) return phrase(text, [first], true, false);
  let prepositional = false;
  if ((first.lower === "в" || first.lower === "во") && toks[k + 1] && inPhrase(toks[k + 1])) {
    prepositional = true;
    k++;
  }
  const run: Token[] = [];
  const runStart = k;
  while (k < toks.length && run.length < 8) {
    const t = toks[k];
    const prev = run[run.length - 1];
    const fits = run.length === 0 ? inPhrase(t) : (inPhrase(t) && joined(text, prev, t)) || continuesRun(text, run, t, toks[k + 1]);
    if (!fits) break;
    run.push(toks[k++]);
  }
  const trimmed = trimRun(run);
  if (!prepositional) {
    // a description longer than a run ("the deputy director of the Federal Service for … Vladimir Drozhzhov")
    const described = roleEndingInName(text, toks, runStart, to);
    const incomplete = !trimmed.length || !validHead(trimmed) || !trimmed.some(isCapitalised);
    if (described && (incomplete || described.end > trimmed[trimmed.length - 1].end)) return described;
  }
  if (!trimmed.length || !validHead(trimmed)) return null;
  const start = prepositional ? first.start : trimmed[0].start;
  // "в Кремле", "в Минобороны Армении"; "в министерстве обороны республики" names its state by "of the republic"
  if (prepositional && !trimmed.some(isCapitalised) && !/^(?:республики|страны|государства)$/u.test(trimmed[trimmed.length - 1].lower)) return null;
  const end = trimmed[trimmed.length - 1].end;
  return { start, end, text: text.slice(start, end), pronoun: false, prepositional };
}

/**
 * A post-posed role description of any words that ends the clause with a full name: "сообщил
 * председатель Государственного военно-промышленного комитета Белоруссии Дмитрий Пантус.", "said
 * the deputy head of the Federal Service for Military-Technical Cooperation John Smith." The phrase
 * starts at a role noun; prepositions other than those inside institution names end it.
 */
function roleEndingInName(text: string, toks: Token[], k: number, to: number): Phrase | null {
  const rest = toks.slice(k);
  if (rest.length < 3 || rest.length > 16 || !ROLE_NOUNS.has(rest[0].lower) && !(rest[0].lower === "the" && ROLE_NOUNS.has(rest[1]?.lower ?? ""))) return null;
  const last = rest[rest.length - 1];
  const beforeLast = rest[rest.length - 2];
  if (!/^[\s.,;:!?)»"”’]*$/u.test(text.slice(last.end, to))) return null;
  if (!isCapitalised(last) || !isCapitalised(beforeLast) || !joined(text, beforeLast, last)) return null;
  // "министр на встрече с коллегой X": a name after a preposition is an object, not the speaker
  // "and" between capitalised words joins an institution's name ("Procurement and Logistics")
  const inName = (i: number) => rest[i].lower === "and" && isCapitalised(rest[i - 1]) && i + 1 < rest.length && isCapitalised(rest[i + 1]);
  if (rest.some((t, i) => i > 0 && PREPOSITIONS.has(t.lower) && !INSTITUTION_LINKS.has(t.lower) && !inName(i))) return null;
  return phrase(text, rest, false, false);
}

/**
 * The speaker named after a verb: "сказал министр", "сообщили в ведомстве", and after an outlet the words were
 * told to, the body that told them ("сообщили РИА Новости в пресс-службе ФСВТС": the press service speaks,
 * the agency only relays). A locative body is taken whole.
 */
export function speakerAfterVerb(text: string, verbEnd: number, to: number): Phrase | null {
  const np = phraseAfter(text, verbEnd, to);
  if (!np) return null;
  const told = !np.prepositional && BODY_LOCATIVE.test(text.slice(np.end, to)) ? phraseAfter(text, np.end, to) : null;
  return wholeLocative(text, told?.prepositional ? told : np, to);
}

/** "в пресс-службе …", "в Минобороны …", "в Кремле": a body as a place, which may speak; "в Москве" is a city. */
const BODY_LOCATIVE = /^\s+(?:в|во)\s+(?:\p{L}+\s+)?(?:пресс-служб|министерств|ведомств|минобороны|мид|кремл|правительств|администраци|аппарат|штаб|генштаб|посольств|компани|концерн|корпораци|холдинг|служб|комитет|управлени|совет|ростех|рособоронэкспорт|фсвтс)/iu;

/**
 * A locative body closing its clause, taken whole: "в Федеральной службе по военно-техническому
 * сотрудничеству (ФСВТС)" rather than its first capitalised word. Other phrases are returned as they are.
 */
export function wholeLocative(text: string, p: Phrase, to: number): Phrase {
  if (!p.prepositional) return p;
  const rest = /^[^,.;:!?«»"“”]*(?:\([^()]{1,40}\))?/u.exec(text.slice(p.end, to))![0].replace(/\s+$/u, "");
  if (rest.split(/\s+/u).length > 8) return p;
  const end = p.end + rest.length;
  return { ...p, end, text: text.slice(p.start, end) };
}

/**
 * Noun phrases in `text` between `from` and `to`, in order: pronouns, and runs of capitalised or
 * role words; those after a preposition are marked `prepositional`.
 */
export function phrasesIn(text: string, from: number, to: number): Phrase[] {
  const toks = tokens(text, from, to);
  const out: Phrase[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const before = i > 0 ? toks[i - 1] : undefined;
    const afterPreposition = before !== undefined && PREPOSITIONS.has(before.lower) && joined(text, before, t);
    if (isPronoun(t) && !["his", "her", "его", "ее", "её", "их"].includes(t.lower)) {
      out.push(phrase(text, [t], true, afterPreposition));
      i++;
      continue;
    }
    if (!inPhrase(t)) {
      i++;
      continue;
    }
    const run = [t];
    let j = i + 1;
    while (j < toks.length && inPhrase(toks[j]) && joined(text, run[run.length - 1], toks[j]) && run.length < 9) run.push(toks[j++]);
    const trimmed = trimRun(run);
    if (trimmed.length && validHead(trimmed)) out.push(phrase(text, trimmed, false, afterPreposition || hasPreposition(trimmed)));
    i = j;
  }
  return out;
}

/** The run of role or name words that ends right before `end` ("Russian Defense Minister" before "Sergey Shoygu"). */
export function wordsBefore(text: string, from: number, end: number): string {
  const toks = tokens(text, Math.max(from, end - 120), end);
  const run: Token[] = [];
  for (let i = toks.length - 1; i >= 0 && run.length < 7; i--) {
    const t = toks[i];
    const next = run[0];
    if (!inPhrase(t) || !joined(text, t, next ?? { text: "", lower: "", start: end, end }) || isPronoun(t)) break;
    run.unshift(t);
  }
  return run.length ? text.slice(run[0].start, run[run.length - 1].end) : "";
}

/**
 * "В МИД Азербайджана назвали …", "в Кремле заявили …": a body named after "в" right before a Russian
 * verb with no subject. Returned as a prepositional phrase, which only a body may satisfy.
 */
export function locativeBefore(text: string, from: number, verbAt: number): Phrase | null {
  // "в Иране в очередной раз заявили": an adverb of repetition may stand between the body and the verb
  verbAt -= /(?:\s+(?:в\s+очередной\s+раз|вновь|снова|также|уже|ранее|не\s+раз|неоднократно))+\s*$/iu.exec(text.slice(Math.max(from, verbAt - 60), verbAt))?.[0].length ?? 0;
  const toks = tokens(text, Math.max(from, verbAt - 120), verbAt);
  for (let i = toks.length - 2; i >= 0; i--) {
    if (toks[i].lower !== "в" && toks[i].lower !== "во") continue;
    const run = toks.slice(i + 1);
    if (!run.every((t, j) => inPhrase(t) && (j === 0 || joined(text, run[j - 1], t))) || !run.some(isCapitalised)) return null;
    if (!/^\s*$/u.test(text.slice(run[run.length - 1].end, verbAt))) return null;
    return { start: toks[i].start, end: run[run.length - 1].end, text: text.slice(toks[i].start, run[run.length - 1].end), pronoun: false, prepositional: true };
  }
  return null;
}

const DOCUMENT_NOUN = /(?<![\p{L}])(?:в|во)\s+(?:\p{L}+\s+){0,2}?(?:заявлении|сообщении|документе|коммюнике|публикации|статье|пресс-релизе|ноте|письме|докладе|отчете|отчёте)\s+/giu;

/**
 * "говорится в заявлении МИД", "В сообщении Минобороны сказано": the body whose document speaks, named
 * after the document noun within `[from, to)`.
 */
export function documentOwner(text: string, from: number, to: number, body?: string): Phrase | null {
  const region = text.slice(from, to);
  for (const m of region.matchAll(DOCUMENT_NOUN)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const np = phraseAfter(text, at, to);
    // "в сообщении пресс-службы «Рособоронэкспорта»", "в сообщении компании «Иркут»": the body named in quotation marks
    if (body) {
      const nameFrom = np && BODY_NOUN_LAST.test(np.text) ? np.end : at;
      const lead = BODY_NOUN_BEFORE_QUOTES.exec(body.slice(nameFrom, to));
      const quoted = lead ? quotedNameAt(body, nameFrom + lead[0].length, to) : null;
      if (quoted) return quoted;
    }
    if (np && !np.pronoun) return np;
  }
  return null;
}

/** Nouns of a body whose name follows in quotation marks ("пресс-службы «X»", "компании «Y»"). */
const BODY_NOUNS = String.raw`(?:пресс-служб|компани|концерн|корпораци|холдинг|предприяти|завод|агентств|издани|газет|телеканал)\p{L}*`;
const BODY_NOUN_LAST = new RegExp(String.raw`(?:^|\s)${BODY_NOUNS}$`, "iu");
const BODY_NOUN_BEFORE_QUOTES = new RegExp(String.raw`^\s*(?:${BODY_NOUNS}\s+)?(?=[«"“„])`, "iu");

/** «Российская газета», "Haaretz": a short capitalised name in quotation marks at `pos` of the body, as the phrase of an outlet or a body. */
export function quotedNameAt(body: string, pos: number, to: number): Phrase | null {
  const m = /^\s*([«"“„])([^»"”“]{1,60})([»"”“])/u.exec(body.slice(pos, to));
  if (!m || !/^\p{Lu}/u.test(m[2]) || m[2].split(/\s+/u).length > 5 || /[.,;!?]/u.test(m[2])) return null;
  const start = pos + m[0].indexOf(m[2]);
  return { start, end: start + m[2].length, text: m[2], pronoun: false, prepositional: false, quotedName: true };
}
