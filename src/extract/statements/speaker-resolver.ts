/**
 * Turns the words that name a speaker or a relay ("Shoygu", "he", "президент Азербайджана", "the
 * statement", "в Кремле", "издание") into an actor: the knowledge base's entry, an actor already named in
 * the article whose role fits, the holder of the office at the article's date, or an actor the base does
 * not know, kept with its role text.
 */
import type { KbActor, KbMatch, KnowledgeBase } from "../../knowledge/types";
import { statesNamedIn } from "../../knowledge/state-words";
import { isArticleSurname } from "../../language/name-particles";
import { isGenitiveContext, nominativeOfGenitiveNameWord, nominativeOfName, nominativeOfNameWord } from "../../language/russian-inflection";
import { NP_WORDS } from "./lexicon";
import { type Phrase, phrasesIn, wordsBefore } from "./noun-phrase";
import { actorRoles, describeRole, fits, isCountryWord, isPersonRole } from "./role-fit";
import { MASK_CHAR, type Sentence, sentenceIndexAt } from "./text-units";
import type { ActorKind } from "../../model/actor-kind";
import type { ActorRef } from "../../model/actor-ref";

/** A speaker phrase resolved: the actor (or null when nobody fits) and the phrase as written. */
export interface Resolved {
  actor: ActorRef | null;
  label: string | null;
}

interface NamedActor {
  pos: number;
  ref: ActorRef;
  kb: KbActor | null;
  roles: string[];
}

interface Spoken {
  sentence: number;
  pos: number;
  ref: ActorRef;
}

const GENERIC_BODY = /^(?:the|a|an|this|that|its|his|her)?\s*(?:(?<qualifier>[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)?(?<noun>statement|ministry|agency|newspaper|paper|daily|gazette|bulletin|journal|magazine|publication|outlet|portal|website|site|broadcaster|channel|department|company|firm|manufacturer|maker|exporter|contractor|corporation|издание|издания|агентство|агентства|газета|газеты|ведомство|ведомства|министерство|министерства|телеканал|портал|сайт|заявлении|заявление|компания|компании|корпорация|корпорации|концерн|концерна|холдинг|холдинга|производитель|экспортер|экспортёр)$/iu;
/** Nouns of a company ("the company", "the state arms exporter"): a firm named before, never a ministry or agency. */
const COMPANY_NOUN = /^(?:company|firm|manufacturer|maker|exporter|contractor|corporation|компани[яи]|корпораци[яи]|концерна?|холдинга?|производитель|экспортер|экспортёр)$/iu;
/** An outlet's name followed by an unnamed source ("РИА Новости источник в ОПК", "TASS a source"). */
const OUTLET_THEN_SOURCE = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})\s+(?=(?:a\s+|an\s+|один\s+)?(?:[\p{Ll}-]+\s+)?(?:source|insider|источник|собеседник)\p{L}*(?![\p{L}]))/u;
/** "the press service of the ministry", "пресс-служба ведомства": the body's own voice, so the body speaks. */
const PRESS_SERVICE_OF = /^(?:the\s+)?(?:press\s+(?:service|office)\s+of\s+|пресс-служб\p{L}*\s+)(?=\S)/iu;
/** The names of government bodies, which "the company" never stands for. */
const GOVERNMENT_BODY = /ministry|department|agency|office|government|council|service|pentagon|министерств|ведомств|служб|правительств|агентств/iu;
const MEDIA_WORDS = /news|agency|newspaper|radio|television|\btv\b|channel|outlet|website|portal|\bnetwork\b|портал|сайт|\b(?:times|post|herald|gazette|journal|tribune|daily|telegraph|observer|monitor)\b|издани|агентств|газет|телеканал|радио|\.(?:am|ru|az|com|org|net|by|ge)$/iu;
/** "Israeli daily Yedioth Ahronoth", "портал Armenia Today", "издание The Irrawaddy": the name after an outlet noun is the outlet's, whole. */
const OUTLET_THEN_NAME = /^(?:the\s+)?(?<qualifiers>(?:[\p{L}-]+\s+){0,2}?)(?:daily|weekly|newspaper|paper|tabloid|agency|broadcaster|channel|website|portal|outlet|magazine|издание|агентство|информагентство|газета|телеканал|портал|сайт|журнал)\s+(?<name>\p{Lu}[^,;:]*)$/u;
/** A name of capitalised words ("the Official Gazette", "Ministry of Defence"): a body's proper name. */
const PROPER_NAME_OF_BODY = /^(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.’'-]*))*$/u;
/** A plural group of unnamed officials ("Pakistani officials", "the Iranian authorities", "российские власти"). */
/** "a Defence Ministry official", "a senior Pentagon official", "a Kremlin spokesman": an unnamed person speaking for the body named before the role. */
const OFFICIAL_OF_BODY = /^(?:(?:the|a|an|one|another|some|several|two|three|four)\s+)?(?:(?:senior|top|high-ranking|high-level|junior)\s+)?(?<body>\S.*?)\s+(?:officials?|spokesperson|spokesman|spokeswoman|representatives?)$/iu;
const GROUP_OF_STATE = /^(?:the\s+)?\S+\s+(?:officials|authorities|diplomats|власти|чиновники|дипломаты|официальные\s+лица)$/iu;
const ORG_WORDS = /ministry|intelligence|office|council|government|department|service|institute|institution|cent(?:re|er)|committee|commission|bureau|directorate|administration|authority|foundation|academy|university|association|corporation|министерств|ведомств|служб|правительств|кремл|kremlin|мид|институт|комитет|комисси|управлени|академи|университет|корпораци/iu;
/** "a senior official", "one diplomat", "источник": a new, unnamed person, never someone named before. */
const NEW_REFERENT = /^(?:a|an|one|another|some|several|two|three|four)\s|source|insider|источник|собеседник|expert|эксперт|analyst|аналитик/iu;
/** "глава МИД России", "head of the Russian Foreign Ministry": a role phrase naming the head of a body. */
const HEAD_OF_BODY = /^(?:the\s+)?(?:глав[аыеу]|руководител[ьяюе]|head|chief)\s+(?:of\s+)?(?:the\s+)?\S/iu;
/** "the Azerbaijani leader", "лидер Армении": the head of state when nobody named before fits. */
const LEADER = /(?<![\p{L}])(?:leader|лидер\p{L}*)(?![\p{L}])/iu;
/** "of the country" after a role, or "the country's" before it. */
const THE_COUNTRY = /(?:\s+(?:страны|республики|государства)(?![\p{L}])|(?:^|\s)the\s+country[’']s\s+)/iu;
const POSSESSIVE_LEAD = /^(?:his|her|its|their|его|ее|её|их)\s+/iu;

/** Two capitalised words closing a label: a first name and a surname, either may be hyphenated ("Тер-Григорянц"). */
const TRAILING_NAME = /(?:\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*\s+){1,3}\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*$/u;

/** Short names of ministries that stand in a role before a name ("представителя Минобороны Ивана Петрова"). */
const BODY_ABBREVIATIONS = new Set(["минобороны", "мид", "минфин", "минпромторг", "мвд", "фсб", "генштаба", "генштаб", "кремля", "пентагона", "госдепа", "госдепартамента"]);

/**
 * The label of an unnamed speaker without its article, in lower case where a sentence's start capitalised a
 * common word ("Analysts said" → "analysts"): a description, never taken for a name.
 */
function unnamedReferent(label: string): string {
  const bare = label.replace(/^(?:the|a|an)\s+/iu, "");
  const first = bare.split(/\s/u, 1)[0].toLowerCase();
  return NP_WORDS.has(first) ? first + bare.slice(first.length) : bare;
}

/** Whether a capitalised word names a body (a ministry's short name, an organisation or outlet the base knows), never a person. */
function isBodyWord(word: string, kb: KnowledgeBase): boolean {
  if (BODY_ABBREVIATIONS.has(word.toLowerCase())) return true;
  const kind = kb.lookup(word)?.kind;
  return kind === "ORGANIZATION" || kind === "MEDIA";
}

/**
 * The full name closing a role description ("заместитель министра Зо Мин Тун", "the deputy minister Juan
 * Carlos Ortega"), without the capitalised state or role words before it; null when fewer than two remain.
 */
function trailingName(label: string, kb: KnowledgeBase): { index: number; text: string } | null {
  const m = TRAILING_NAME.exec(label);
  if (!m) return null;
  let index = m.index;
  let text = m[0];
  while (/\s/u.test(text)) {
    const first = /^\S+\s+/u.exec(text)![0];
    if (!isCountryWord(first.trim(), kb) && !NP_WORDS.has(first.trim().toLowerCase()) && !isBodyWord(first.trim(), kb)) break;
    index += first.length;
    text = text.slice(first.length);
  }
  if (!/\s/u.test(text)) return null;
  // "Secretary of National Defense Gilberto Teodoro": right after "of" the first capitalised words name the
  // body's field; the person is the last two words, and "Department of National Defense" names nobody
  if (index === m.index && /(?:^|\s)(?:of|for|and|по|и)\s+$/iu.test(label.slice(0, index))) {
    const words = text.split(/\s+/u);
    if (words.length < 3) return null;
    const name = words.slice(-2).join(" ");
    return { index: index + text.length - name.length, text: name };
  }
  return { index, text };
}
const toRef = (a: KbActor): ActorRef => ({ kbId: a.id, name: a.name, kind: a.kind });

/**
 * Resolves speaker and relay phrases of one article, remembering who spoke where so that pronouns,
 * continuations and descriptions ("the statement", "the minister") point back to them.
 */
export class SpeakerResolver {
  private readonly named: NamedActor[] = [];
  private readonly spoken: Spoken[] = [];
  private readonly relays: Array<{ pos: number; ref: ActorRef }> = [];

  constructor(
    body: string,
    private readonly masked: string,
    private readonly sentences: readonly Sentence[],
    private readonly kb: KnowledgeBase,
    private readonly date: string | null,
  ) {
    for (const m of kb.findMentions(body, { date })) {
      if (masked[m.start] === MASK_CHAR) continue;
      const sentence = sentences[sentenceIndexAt(sentences, m.start)];
      const roles = [wordsBefore(masked, sentence?.start ?? 0, m.start)];
      const apposition = /^,\s+((?:the|a|an)\s+[^,.;()]{3,80})[,.]/u.exec(masked.slice(m.end, m.end + 100));
      if (apposition) roles.push(apposition[1]);
      this.named.push({ pos: m.start, ref: toRef(m.actor), kb: m.actor, roles: roles.filter(Boolean) });
    }
  }

  /** Remembers who spoke in a sentence, for pronouns and continuations later on. */
  recordSpeaker(ref: ActorRef, sentence: number, pos: number): void {
    this.spoken.push({ sentence, pos, ref });
    if (ref.kbId === null) this.named.push({ pos, ref, kb: null, roles: ref.roleText ? [ref.roleText] : [] });
  }

  /** Remembers a relay, so that "the statement" or "the ministry" can point back to it. */
  recordRelay(ref: ActorRef, pos: number): void {
    this.relays.push({ pos, ref });
  }

  /** The actor a speaker phrase names at `at` (a body offset) in sentence `sentence`. */
  resolve(phrase: Phrase | null, at: number, sentence: number): Resolved {
    if (!phrase) return { actor: null, label: null };
    const label = phrase.text;
    if (phrase.pronoun) {
      if (/^(?:they|them|it|они|их)$/iu.test(label)) return { actor: this.latestBody("any", at), label };
      return { actor: this.antecedent(sentence, at), label };
    }
    if (phrase.quotedName) {
      const known = this.kb.findMentions(label, { date: this.date }).find((m) => m.start === 0 && m.end === label.length);
      return { actor: known ? toRef(known.actor) : { kbId: null, name: label, kind: "MEDIA", roleText: null }, label };
    }
    if (POSSESSIVE_LEAD.test(label) && !/(?:ministry|министерств)/iu.test(label)) {
      // "His press office said": the office speaks for the person "his" stands for, who may be named
      // earlier in this very sentence, so the search starts with the sentence itself.
      return { actor: this.antecedent(sentence + 1, at), label };
    }
    const actor = this.resolveName(label, at, phrase.prepositional, phrase.end, phrase.genitive === true);
    // "Name, Deputy Defence Minister of X, said": the apposition is the role the text gives the person
    if (phrase.apposition && actor?.kind === "PERSON" && actor.kbId === null) {
      return { actor: { ...actor, roleText: actor.roleText ? `${actor.roleText} ${phrase.apposition}` : phrase.apposition }, label };
    }
    return { actor, label };
  }

  /** The person the text was last about before sentence `sentence`: who a floating quotation most likely belongs to. */
  salientPerson(sentence: number, at: number): ActorRef | null {
    return this.antecedent(sentence, at);
  }

  /** Resolves a relay phrase ("RIA Novosti", "the Russian Defense Ministry", "a ministry statement"): media or bodies only. */
  resolveRelay(label: string, at: number): ActorRef | null {
    const generic = this.genericMatch(label);
    if (generic) return this.genericBody(generic.groups?.noun ?? "", generic.groups?.qualifier ?? "", at);
    // "издание Defense Security Asia", "the daily Haaretz": after an outlet noun the whole capitalised name is the outlet
    const described = OUTLET_THEN_NAME.exec(label)?.groups;
    if (described && described.qualifiers.split(/\s+/u).every((w) => !w || /^\p{Ll}/u.test(w) || isCountryWord(w, this.kb))) {
      const known = this.kb.lookup(described.name);
      return known ? toRef(known) : { kbId: null, name: described.name, kind: "MEDIA", roleText: null };
    }
    const mentions = this.kb.findMentions(label, { date: this.date });
    const body = [...mentions].reverse().find((m) => m.actor.kind === "MEDIA" || m.actor.kind === "ORGANIZATION");
    // "РИА Новости Алиев", "Алиева агентство АПА": the outlet is the relay; in "представитель МИД России
    // Мария Захарова" the body only qualifies the title of the person named after it, and relays nothing.
    // "глава Минобороны Армении", "the head of the Foreign Ministry": a person's office, not a relay
    const titled =
      body !== undefined &&
      body.start > 0 &&
      (mentions.some((m) => m.actor.kind === "PERSON" && m.start > body.start) || HEAD_OF_BODY.test(label.trim()) || (trailingName(label, this.kb)?.index ?? -1) >= body.end);
    // "The Peruvian Navy Gazette": a known body inside a longer name of an outlet is not the outlet
    const namedBody = body && body.end < label.trimEnd().length ? properBody(label) : null;
    if (namedBody?.kind === "MEDIA") return namedBody;
    if (body && !titled) return toRef(body.actor);
    if (mentions.some((m) => m.actor.kind === "PERSON")) return null;
    // "Belarus 24", "Georgia Today", "телеканалу Armenia TV": an outlet named after its state is the outlet
    const proper = label.replace(/^(?:[\p{Ll}-]+\s+)+/u, "");
    const state = mentions.find((m) => m.actor.kind === "STATE");
    if (state && proper.startsWith(state.text) && proper.length > state.text.length && (/\s\p{N}+$/u.test(proper) || MEDIA_WORDS.test(proper.slice(state.text.length)) || /\s(?:Today|Times|TV|ТВ)$/u.test(proper))) {
      return { kbId: null, name: proper, kind: "MEDIA", roleText: null };
    }
    const fullBody = properBody(label);
    if (fullBody) return fullBody;
    const name = nameTokens(label, this.kb);
    // "the deputy director of the X Agency Pablo Arancibia": a description ending in a person's name relays nothing
    if ((trailingName(label, this.kb)?.index ?? 0) > 0) return null;
    // "told MPs", "briefed NGOs": an abbreviation in the plural is a group of people, not an outlet
    if (/^\p{Lu}{2,}s$/u.test(name)) return null;
    if (!name || !(MEDIA_WORDS.test(label) || /\.\p{L}{2,3}$/u.test(name) || /^\p{Lu}{2,}/u.test(name))) return null;
    return { kbId: null, name, kind: ORG_WORDS.test(label) ? "ORGANIZATION" : "MEDIA", roleText: null };
  }

  /** `writtenAt`: where the phrase itself stands, when the words it attributes come before it ("…. Об этом заявил X"). */
  /** `genitive`: the text writes the name in the genitive ("по словам Ивана Петрова"), so its case endings go. */
  private resolveName(label: string, at: number, prepositional: boolean, writtenAt = at, genitive = false): ActorRef | null {
    // "Как сообщил РИА Новости источник в ОПК": the outlet the words were told to, then the unnamed source who told them
    const toldOutlet = prepositional ? null : OUTLET_THEN_SOURCE.exec(label);
    if (toldOutlet && this.kb.findMentions(toldOutlet[1], { date: this.date }).some((m) => m.actor.kind === "MEDIA" && m.start === 0 && m.end === toldOutlet[1].length)) {
      return this.byRole(label.slice(toldOutlet[1].length).trim(), at);
    }
    const pressService = PRESS_SERVICE_OF.exec(label);
    if (pressService && !prepositional) return this.resolveName(label.slice(pressService[0].length), at, prepositional, writtenAt, genitive);
    const generic = this.genericMatch(label);
    if (generic && !prepositional) return this.genericBody(generic.groups?.noun ?? "", generic.groups?.qualifier ?? "", at, Math.max(at, writtenAt));
    const described = prepositional ? null : OUTLET_THEN_NAME.exec(label)?.groups;
    // the words before the outlet noun describe it ("Israeli", "news"); a name there ("Алиева агентство X") is someone else
    const outlet = described?.qualifiers.split(/\s+/u).every((w) => !w || /^\p{Ll}/u.test(w) || isCountryWord(w, this.kb)) ? described.name : null;
    if (outlet) {
      const known = this.kb.lookup(outlet);
      return known ? toRef(known) : { kbId: null, name: outlet, kind: "MEDIA", roleText: null };
    }
    const mentions = this.kb.findMentions(label, { date: this.date });
    // "пресс-служба министерства обороны республики": "of the republic" is the state the text is about, and its body speaks
    if (!mentions.length && THE_COUNTRY.test(label)) {
      const body = this.kb.findMentions(this.withCountry(label, writtenAt), { date: this.date }).find((m) => m.actor.kind === "ORGANIZATION");
      if (body) return toRef(body.actor);
    }
    if (prepositional) {
      const body = mentions.find((m) => m.actor.kind === "ORGANIZATION" || m.actor.kind === "MEDIA");
      if (body) return toRef(body.actor);
      // "в Иране заявили": a state (or its capital) as the place where words were said is the state speaking
      const state = mentions.find((m) => m.actor.kind === "STATE");
      return state && label.replace(/^(?:в|во)\s+/iu, "") === state.text ? toRef(state.actor) : null;
    }
    const person = [...mentions].reverse().find((m) => m.actor.kind === "PERSON" && !/^[’']s(?![\p{L}])/u.test(label.slice(m.end)));
    if (person) return toRef(person.actor);
    // "China's foreign ministry spokesperson Mao Ning": a possessive role that ends in a full name is that person (below)
    const namedAtEnd = trailingName(label, this.kb);
    if (/[’']s\s+\p{Ll}/u.test(label) && !(namedAtEnd && namedAtEnd.index > 0 && mentions.every((m) => m.end <= namedAtEnd.index))) {
      // "Turkey's defence minister": the state's office holder; "Rogozin's deputy" stays a description
      const owner = mentions.find((m) => /^[’']s\s/u.test(label.slice(m.end)));
      const holder = owner?.actor.kind === "STATE" ? this.kb.resolveRole(label, this.date) : undefined;
      if (holder) return toRef(holder);
      return { kbId: null, name: label, kind: guessKind(label), roleText: label };
    }
    if (HEAD_OF_BODY.test(label) && mentions.some((m) => m.actor.kind === "ORGANIZATION")) {
      // "глава российского МИД", "head of the Russian Foreign Ministry": the person holding the office, not the body
      const holder = this.kb.resolveRole(label, this.date);
      const head = holder ? toRef(holder) : this.byRole(label, at);
      if (head) return head;
    }
    const trailing = trailingName(label, this.kb);
    // "the National Security Council": a body's name, not a person's
    if (trailing && trailing.index > 0 && !ORG_WORDS.test(trailing.text) && mentions.every((m) => m.end <= trailing.index) && !trailing.text.split(/\s+/u).some((w) => isCountryWord(w, this.kb))) {
      // "председатель Государственного военно-промышленного комитета Белоруссии Дмитрий Пантус": a role
      // description ending in a full name is that person, however many bodies the description names
      const known = this.kb.lookup(trailing.text);
      if (known) return toRef(known);
      // "президент страны Александр Вучич": the role is kept with the state it names, so "президент Сербии" finds him later
      const inGenitive = genitive || isGenitiveContext(label.slice(0, trailing.index));
      return { kbId: null, name: nominativeOfName(trailing.text, this.attested, inGenitive), kind: "PERSON", roleText: this.withCountry(label.slice(0, trailing.index).trim(), Math.max(at, writtenAt)) };
    }
    const states = GROUP_OF_STATE.test(label) && mentions.every((m) => m.actor.kind === "STATE") ? statesNamedIn(this.kb, label) : [];
    // "Pakistani officials", "иранские власти": unnamed officials of one state speak for the state
    if (states.length === 1) return toRef(states[0]);
    const knownBody = [...mentions].reverse().find((m) => m.actor.kind === "ORGANIZATION" || m.actor.kind === "MEDIA");
    // "the Official Gazette", "The Peruvian Navy Gazette": a body's capitalised name, unless the base knows it whole
    const fullBody = (!knownBody || knownBody.end < label.trimEnd().length) && !mentions.some((m) => m.actor.kind === "PERSON") ? properBody(label) : null;
    if (fullBody) return fullBody;
    const role = describeRole(label, this.kb);
    const headIsRole = /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(label) && !isArticleSurname(/\S+$/u.exec(label)?.[0] ?? "");
    // a state's name inside a role ("министр иностранных дел Израиля") is not a person's name
    const name = headIsRole ? "" : nameTokens(mentions.filter((m) => m.actor.kind === "STATE").reduce((l, m) => l.slice(0, m.start) + " ".repeat(m.end - m.start) + l.slice(m.end), label), this.kb);
    if (!name && isPersonRole(role)) return this.officialOf(label, mentions, Math.max(at, writtenAt)) ?? this.byRole(label, at);
    const body = [...mentions].reverse().find((m) => m.actor.kind === "ORGANIZATION" || m.actor.kind === "MEDIA");
    if (body) return toRef(body.actor);
    if (!name) {
      const state = mentions.find((m) => m.actor.kind === "STATE");
      if (state && label.replace(/^the\s+/iu, "") === state.text) return toRef(state.actor);
      const unknown = label.replace(/^(?:the|a|an)\s+/iu, "");
      if (isPersonRole(role) || NEW_REFERENT.test(label)) return this.byRole(label, at);
      if (ORG_WORDS.test(label) || MEDIA_WORDS.test(label)) return { kbId: null, name: unknown, kind: guessKind(label), roleText: null };
      // a bare common noun ("adviser", "the minister") names nobody: it never becomes an actor
      return null;
    }
    // "Al Attiyah said" after "Khalid bin Mohammed Al Attiyah": the known person named before by that surname
    const bySurname = this.knownPersonBySurname(name, at);
    if (bySurname) return bySurname;
    const known = this.kb.lookup(name) ?? this.kb.lookup(this.fullName(name, at, genitive));
    if (known) return toRef(known);
    const roleText = label.replace(name, "").replace(/\s+/gu, " ").trim();
    // "the Elysee said", "the Kremlin said": a name with an article is a body's, never a person's
    if (/^the$/iu.test(roleText)) return { kbId: null, name, kind: guessKind(label) === "MEDIA" ? "MEDIA" : "ORGANIZATION", roleText: null };
    const kind = isPersonRole(role) || !roleText ? "PERSON" : guessKind(label);
    return { kbId: null, name: this.fullName(name, at, genitive), kind, roleText: roleText || null };
  }

  /** The knowledge-base people named in the text by the last one, two and three words of their names, in text order. */
  private peopleBySurname: Map<string, Array<{ pos: number; ref: ActorRef }>> | null = null;

  /** The knowledge-base person named last before `at` whose name ends with `surname` (two letters at least), or null. */
  private knownPersonBySurname(surname: string, at: number): ActorRef | null {
    if (surname.length < 2) return null;
    if (!this.peopleBySurname) {
      this.peopleBySurname = new Map();
      for (const n of this.named) {
        if (!n.kb || n.ref.kind !== "PERSON") continue;
        const words = n.ref.name.split(" ");
        for (let k = 1; k < Math.min(words.length, 4); k++) {
          const key = words.slice(-k).join(" ");
          this.peopleBySurname.set(key, [...(this.peopleBySurname.get(key) ?? []), { pos: n.pos, ref: n.ref }]);
        }
      }
    }
    const named = this.peopleBySurname.get(surname) ?? [];
    for (let i = named.length - 1; i >= 0; i--) if (named[i].pos < at) return named[i].ref;
    return null;
  }

  /** "Bordyuzha" → "Nikolay Bordyuzha" when the article gave the full name before. */
  private fullName(name: string, at: number, genitive = false): string {
    const attested = this.attested;
    if (/\s/u.test(name)) return nominativeOfName(name, attested, genitive);
    const nominative = genitive ? nominativeOfGenitiveNameWord(name) : nominativeOfNameWord(name, attested);
    // "Ahmed said" after "Interior Minister Sheikh Rashid Ahmed … saying": the person who last spoke with that surname
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const s = this.spoken[i];
      if (s.pos < at && s.ref.kind === "PERSON" && s.ref.name.endsWith(` ${nominative}`)) return s.ref.name;
    }
    const escaped = nominative.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    // the full name may be written in another case before: "с коллегой Раджнатом Сингхом … Сингх отметил"
    const endings = /[\u0400-\u04ff]$/u.test(nominative) ? "(?:ом|ем|ым|ой|а|я|у|ю|е)?" : "";
    let found = this.fullNames.get(nominative);
    if (!found) {
      // every "First Surname" of the text, found once per surname; the first one before `at` is used
      // "Air Marshal Zaheer Ahmed Baber": up to three capitalised words before the surname, the title words among them left out
      found = [...this.masked.matchAll(new RegExp(`((?:\\p{Lu}[\\p{Ll}’'-]+\\s+){1,3})${escaped}${endings}(?![\\p{L}])(?!\\s+\\p{Lu}\\p{Ll})`, "gu"))]
        .map((m) => ({ end: (m.index ?? 0) + m[0].length, first: this.givenNames(m[1]) }));
      this.fullNames.set(nominative, found);
    }
    const full = found.find((f) => f.end <= at && f.first.length > 0);
    return full ? `${full.first.map((w) => nominativeOfNameWord(w, attested)).join(" ")} ${nominative}` : nominative;
  }

  /** The given names among the capitalised words before a surname: those after the last title or country word. */
  private givenNames(words: string): string[] {
    const all = words.trim().split(/\s+/u);
    let from = 0;
    all.forEach((w, k) => {
      if (NP_WORDS.has(w.toLowerCase()) || isCountryWord(w, this.kb)) from = k + 1;
    });
    return all.slice(from);
  }

  private readonly fullNames = new Map<string, Array<{ end: number; first: string[] }>>();

  private attestedWords: Set<string> | null = null;
  /** True for a capitalised word the text writes on its own: evidence for a nominative form. */
  private readonly attested = (form: string): boolean => (this.attestedWords ??= new Set(this.masked.match(/\p{Lu}[\p{L}-]*/gu) ?? [])).has(form);

  /**
   * The person a role phrase with no name stands for: an actor already named whose role fits, else the
   * holder of the office at the article's date. "one official", "источник" are a new, unnamed person;
   * any other role nobody fits is unknown (null), never an actor named by a common noun.
   */
  private byRole(label: string, at: number): ActorRef | null {
    if (NEW_REFERENT.test(label)) return { kbId: null, name: unnamedReferent(label), kind: "PERSON", roleText: label };
    label = this.withCountry(label, at);
    const wanted = describeRole(label, this.kb);
    for (let i = this.named.length - 1; i >= 0; i--) {
      const n = this.named[i];
      if (n.pos >= at || n.ref.kind !== "PERSON") continue;
      const roles = this.named.filter((o) => sameActor(o.ref, n.ref)).flatMap((o) => o.roles);
      if (fits(wanted, actorRoles(n.kb, roles, this.date, this.kb))) return n.ref;
    }
    const holder = this.kb.resolveRole(label, this.date) ?? (LEADER.test(label) ? this.kb.resolveRole(label.replace(LEADER, "head of state"), this.date) : undefined);
    return holder ? toRef(holder) : null;
  }

  /**
   * "премьер-министр страны", "the country's president": "of the country" is the state the text is
   * about (the one it names most often before `at`), written out so that the role reads as that state's.
   */
  private withCountry(label: string, at: number): string {
    const m = THE_COUNTRY.exec(label);
    if (!m) return label;
    const top = this.mainState(at);
    if (!top) return label;
    return /^\p{Script=Cyrillic}/u.test(m[0]) || /страны|республики|государства/iu.test(m[0])
      ? label.replace(m[0], ` ${top.name}`).replace(/\s+/gu, " ").trim()
      : label.replace(m[0], `${top.name} `).replace(/\s+/gu, " ").trim();
  }

  /** "the paper", "the Russian agency", "ведомство": a body described, not named ("the Kommersant newspaper" names one). */
  private genericMatch(label: string): RegExpExecArray | null {
    const generic = GENERIC_BODY.exec(label.trim());
    const qualifier = generic?.groups?.qualifier ?? "";
    return generic && (!/^\p{Lu}/u.test(qualifier) || isCountryWord(qualifier, this.kb)) ? generic : null;
  }

  /** `writtenAt`: where the phrase stands; the state the text is about is counted up to there. */
  private genericBody(noun: string, qualifier: string, at: number, writtenAt = at): ActorRef | null {
    const n = noun.toLowerCase();
    // "Rosoboronexport signed …, the company said": the firm may be named in the very words it is said to have said
    if (COMPANY_NOUN.test(n)) return this.latestBody("organization", writtenAt, (ref) => !GOVERNMENT_BODY.test(ref.name));
    // "the department said": the body whose name has that noun, if any was named ("the Pentagon" is the Department of Defense)
    if (n === "department") return this.latestBody("organization", writtenAt, (ref) => /department/iu.test(ref.name)) ?? this.latestBody("organization", at);
    // "the agency said": a news agency, or a government agency named before ("the Defense Security Cooperation Agency")
    if (/^(?:agency|агентств[оа])$/u.test(n)) return this.latestBody("any", writtenAt, (ref) => ref.kind === "MEDIA" || /agency|агентств/iu.test(ref.name));
    const wantMedia = /издани|газет|newspaper|paper|daily|gazette|bulletin|journal|magazine|publication|outlet|portal|website|site|broadcaster|channel|телеканал|портал|сайт/u.test(n);
    const wantMinistry = /ministry|министерств/u.test(n) || /ministry|министерск/u.test(qualifier.toLowerCase());
    const named = this.latestBody(wantMedia ? "media" : wantMinistry ? "ministry" : "organization", at);
    if (named || !wantMinistry || !qualifier || /^\p{Lu}/u.test(qualifier)) return named;
    // "the defence ministry said", none named before: that ministry of the state the text is about
    const state = this.mainState(writtenAt);
    return state ? this.kb.findMentions(`${qualifier} ${noun} of ${state.name}`, { date: this.date }).map((m) => toRef(m.actor)).find((r) => r.kind === "ORGANIZATION") ?? null : null;
  }

  /**
   * The body an unnamed official speaks for ("a Hanwha official", "an Indian Defence Ministry official", "a US
   * official"), as the text's officials of a state speak for the state; null when the words before the role name
   * no body ("a former official" speaks for nobody).
   */
  private officialOf(label: string, mentions: readonly KbMatch[], at: number): ActorRef | null {
    const body = OFFICIAL_OF_BODY.exec(label)?.groups?.body;
    if (!body || /(?:^|\s)(?:former|ex-|retired)/iu.test(label)) return null;
    const from = label.indexOf(body);
    const inBody = mentions.filter((m) => m.start >= from && m.end <= from + body.length);
    const named = inBody.find((m) => m.actor.kind === "ORGANIZATION" || m.actor.kind === "MEDIA");
    if (named) return toRef(named.actor);
    const states = inBody.filter((m) => m.actor.kind === "STATE");
    const rest = states.reduce((text, m) => text.replace(m.text, " "), body).trim().toLowerCase();
    if (!rest) return states.length === 1 ? toRef(states[0].actor) : null;
    const generic = GENERIC_BODY.exec(rest)?.groups;
    if (!generic || !/ministry|министерств/u.test(generic.noun)) return null;
    const qualifier = generic.qualifier ?? "";
    if (states.length === 1) return this.kb.findMentions(`${qualifier} ministry of ${states[0].actor.name}`, { date: this.date }).map((m) => toRef(m.actor)).find((r) => r.kind === "ORGANIZATION") ?? null;
    return this.genericBody(generic.noun, qualifier, at);
  }

  /** The state the text names most often before `at`: the one it is about. */
  private mainState(at: number): ActorRef | null {
    const counts = new Map<string, { ref: ActorRef; n: number }>();
    for (const n of this.named) {
      if (n.pos >= at || n.ref.kind !== "STATE" || !n.ref.kbId) continue;
      const c = counts.get(n.ref.kbId) ?? { ref: n.ref, n: 0 };
      c.n++;
      counts.set(n.ref.kbId, c);
    }
    return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.ref ?? null;
  }

  /** The body of `kind` named or heard last before `at` (and accepted by `accept`, when given). */
  private latestBody(kind: "media" | "ministry" | "organization" | "any", at: number, accept: (ref: ActorRef) => boolean = () => true): ActorRef | null {
    // at one position, the outlet that relayed a statement before the body it quoted ("X quoted the Gazette")
    const candidates = [
      ...this.relays,
      ...this.named.map((n) => ({ pos: n.pos, ref: n.ref })),
      ...this.spoken.map((s) => ({ pos: s.pos, ref: s.ref })),
    ].filter((c) => c.pos < at).sort((a, b) => b.pos - a.pos);
    for (const c of candidates) {
      if (!accept(c.ref)) continue;
      const k = c.ref.kind;
      if (kind === "media" && k === "MEDIA") return c.ref;
      if (kind === "ministry" && k === "ORGANIZATION" && /ministry|министерств|мид/iu.test(c.ref.name)) return c.ref;
      if (kind === "organization" && k === "ORGANIZATION") return c.ref;
      if (kind === "any" && (k === "ORGANIZATION" || k === "MEDIA")) return c.ref;
    }
    return null;
  }

  /**
   * Who "he" or "по его словам" stands for: the person who spoke in the nearest sentence before, or
   * that sentence's subject, looking back a few sentences; else the last person who spoke.
   */
  private antecedent(sentence: number, at: number): ActorRef | null {
    const own = this.sentences[sentence];
    if (own && own.start < at) {
      // "X указал, комментируя, как он сказал, …", "X, as he put it, …": the subject of the pronoun's own sentence
      const first = phrasesIn(this.masked, own.start, at).find((p) => !p.prepositional && !p.pronoun);
      const ref = first ? this.resolveName(first.text, first.start, false) : null;
      if (ref?.kind === "PERSON") return ref;
    }
    for (let k = sentence - 1; k >= Math.max(0, sentence - 5); k--) {
      const said = this.spoken.filter((s) => s.sentence === k && s.ref.kind === "PERSON");
      if (said.length) return said[said.length - 1].ref;
      const s = this.sentences[k];
      let pronounSubject = false;
      let described: ActorRef | null = null;
      for (const p of phrasesIn(this.masked, s.start, Math.min(s.end, at))) {
        if (p.prepositional) continue;
        if (p.pronoun) {
          pronounSubject = true;
          break;
        }
        const ref = this.resolveName(p.text, p.start, false);
        if (ref?.kind !== "PERSON") continue;
        // "Turkey's defence minister, Yaşar Güler, welcomed …": a description is the person only when no name follows it
        if (ref.kbId === null && ref.roleText === ref.name) described ??= ref;
        // an unknown single word ("600 Hellfire missiles") is too little to be the person a pronoun stands for
        else if (ref.kbId !== null || (looksLikeName(ref.name) && /\s/u.test(ref.name))) return ref;
      }
      if (described) return described;
      if (!pronounSubject && k < sentence - 2) break;
    }
    const last = [...this.spoken].reverse().find((s) => s.pos < at && s.ref.kind === "PERSON");
    return last?.ref ?? null;
  }
}

/**
 * True when an unknown capitalised phrase may be a person's name: no bare letter or digit in it, as
 * in the names of things ("Gripen E", "Leopard 2A6"); initials keep their dot ("J. Smith").
 */
function looksLikeName(name: string): boolean {
  return !name.split(/\s+/u).some((w) => /\p{N}/u.test(w) || /^\p{L}$/u.test(w));
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.kbId !== null ? a.kbId === b.kbId : a.name === b.name;
}

/** The capitalised words of a phrase that are a name rather than a role or a demonym. */
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|gen|col|lt|lieut|sgt|adm|capt|maj|brig|brigadier|cmdr|cdr|cpl|pvt|sen|rep|gov|sir|chancellor|vice-chancellor|king|queen|emir|prince|sheikh|ayatollah|господин\p{L}*|госпож\p{L}*|г-н\p{L}*|г-ж\p{L}*|канцлер\p{L}*|вице-канцлер\p{L}*|корол\p{L}*|эмир\p{L}*|принц\p{L}*|шейх\p{L}*|аятолл\p{L}*)\.?$/iu;

function nameTokens(label: string, kb: KnowledgeBase): string {
  // "Air Marshal", "Air Vice Marshal", "Air Commodore": ranks of an air force, never part of a name
  const unranked = label.replace(/(?<![\p{L}])Air(?=\s+(?:Vice\s+|Chief\s+)?(?:Marshal|Commodore)(?![\p{L}]))/gu, "");
  // a word with a digit is a designation ("HQ-22", "Су-35", "F-16"), never part of a name
  const words = unranked.split(/\s+/u).filter((w) => (/^\p{Lu}/u.test(w) || isArticleSurname(w)) && !/\p{N}/u.test(w) && !NP_WORDS.has(w.toLowerCase()) && !isCountryWord(w, kb) && !TITLES.test(w) && !/^(?:the|a|an)$/iu.test(w));
  return words.join(" ").replace(/[,.;:]+$/u, "");
}

/**
 * "the Official Gazette", "Balkan Security Network": capitalised words ending in the noun of an outlet or
 * a body are that body's name, whole (role words such as "Official" or "Security" included).
 */
function properBody(label: string): ActorRef | null {
  const last = /\S+$/u.exec(label)?.[0] ?? "";
  // "Department of National Defense", "Office of the President": the body's noun first, its field after "of"
  const head = /^(?:the\s+)?(\S+)\s+(?:of|for)\s/iu.exec(label)?.[1] ?? "";
  const noun = MEDIA_WORDS.test(last) || ORG_WORDS.test(last) ? last : ORG_WORDS.test(head) ? head : "";
  if (!PROPER_NAME_OF_BODY.test(label) || !noun) return null;
  return { kbId: null, name: label.replace(/^the\s+/iu, ""), kind: guessKind(noun), roleText: null };
}

function guessKind(label: string): ActorKind {
  if (MEDIA_WORDS.test(label)) return "MEDIA";
  if (ORG_WORDS.test(label)) return "ORGANIZATION";
  return "PERSON";
}
