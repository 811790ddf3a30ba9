/**
 * Finds people the knowledge base does not know, by general patterns: a run of two or three
 * capitalised words with a title right before it ("Armenian Defense Ministry spokesman Artsrun
 * Hovhannisyan", "официальный представитель МИД Лейла Абдуллаева") or an apposition with a title
 * right after it ("Mehman Novruzov, Defence Attache of the Embassy of Azerbaijan, said"). A
 * capitalised phrase with no title next to it ("Karabakh War", "Top Stories") is never a person.
 */
import { type Token, foldWord, isAllCaps, startsUpper, tokenize } from "../language/fold-text";
import { ADJECTIVE_MARKING_ENDINGS, endingPattern } from "../language/russian-endings";
import { NAME_PARTICLES } from "../language/name-particles";
import { WEEKDAYS, monthNumber } from "../language/calendar-words";
import { NameMatcher } from "./name-matcher";
import type { NamePatternVocabulary } from "./role-vocabulary";

/** A person found by pattern: the name as written and the title text next to it. */
export interface UnknownPerson {
  name: string;
  roleText: string | null;
  start: number;
  end: number;
}

/** A span of text already explained (a knowledge-base name, a state adjective). */
export interface Span {
  start: number;
  end: number;
}

const LOOK_BACK = 7;
const APPOSITION_LENGTH = 16;
const LEADING_FUNCTION_WORDS = new Set(["his", "her", "its", "their", "our", "the", "a", "an", "of", "whose", "to", "в", "по"]);
const NAME_GAP = /^( |[-‐])$/;
const PHRASE_GAP = /^([ \t\u00a0]{1,2}|[ \u00a0]?[-‐–][ \u00a0]?|['’]s[ \u00a0]|[ \u00a0]?[«»“”"][ \u00a0]?)$/;
const RUSSIAN_VERB = /^[а-я]+(л|ла|ло|ли|лся|лась|лось|лись)$/;
const ENGLISH_PARTICIPLE = /^[a-z]+ed$/;
const RUSSIAN_ADJECTIVE = endingPattern(ADJECTIVE_MARKING_ENDINGS);
/** A line with at least this many words, most of them capitalised, is a Title Case headline. */
const HEADLINE_WORDS = 4;

export class PersonFinder {
  private readonly titles = new NameMatcher<true>();
  private readonly surnameTitles = new Set<string>();
  private readonly notNames = new NameMatcher<true>();
  private readonly stopWords = new Set<string>();

  constructor(vocabulary: NamePatternVocabulary) {
    for (const list of Object.values(vocabulary.titles)) for (const w of list) this.titles.add(w.toLowerCase(), true);
    for (const list of Object.values(vocabulary.surnameTitles)) for (const w of list) this.surnameTitles.add(foldWord(w));
    for (const list of Object.values(vocabulary.notNames)) for (const w of list) this.notNames.add(w.toLowerCase(), true);
    for (const list of Object.values(vocabulary.stopWords)) for (const w of list) this.stopWords.add(foldWord(w));
  }

  /** People named in `text` outside the `known` spans, each with the title text found next to them. */
  find(text: string, known: Span[]): UnknownPerson[] {
    const tokens = tokenize(text);
    const title = this.mark(this.titles, text, tokens);
    const notName = this.mark(this.notNames, text, tokens);
    const blocked = markSpans(tokens, known);
    const nameLike = tokens.map(
      (t, i) => !blocked[i] && !title[i] && !notName[i] && startsUpper(t.raw) && !isAllCaps(t.raw) && /^\p{L}+$/u.test(t.raw) && t.raw.length > 1,
    );
    const people: UnknownPerson[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (!nameLike[i]) {
        i++;
        continue;
      }
      let end = i + 1;
      // a lower-case part joined by a hyphen belongs to the name: "Ahn Gyu-back", "Moon Jae-in"
      const joined = (k: number) => /^[-‐]$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && /^\p{Ll}+$/u.test(tokens[k].raw) && !blocked[k];
      // a particle between parts of the name: "Khalid al-Bayari", "Mohammed bin Salman", "Ursula von der Leyen"
      const particle = (k: number) => NAME_PARTICLES.has(tokens[k].raw) && k + 1 < tokens.length && (nameLike[k + 1] || NAME_PARTICLES.has(tokens[k + 1].raw)) && NAME_GAP.test(text.slice(tokens[k].end, tokens[k + 1].start));
      while (end < tokens.length && (nameLike[end] || joined(end) || particle(end)) && NAME_GAP.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
      // "the New Lines Institute", "Kiel Institute": a name that runs on into a body's word names the body
      const runsOn = end < tokens.length && notName[end] && startsUpper(tokens[end].raw) && text.slice(tokens[end - 1].end, tokens[end].start) === " " && !isCalendarWord(tokens[end].fold);
      const person = runsOn ? null : this.readRun(text, tokens, i, end, title, blocked);
      if (person) people.push(person);
      i = end;
    }
    return people;
  }

  /** A person from the run of name-like tokens [first, end), when a title stands next to it; hyphenated words count once. */
  private readRun(text: string, tokens: Token[], first: number, end: number, title: boolean[], blocked: boolean[]): UnknownPerson | null {
    const words = tokens.slice(first, end).filter((t, k) => !NAME_PARTICLES.has(t.raw) && (k === 0 || text.slice(tokens[first + k - 1].end, t.start) === " ")).length;
    if (words > 3 || inTitleCaseLine(text, tokens, first)) return null;
    if (!sameScript(tokens.slice(first, end))) return null;
    const before = this.titleBefore(text, tokens, first, title, blocked);
    const after = this.appositionAfter(text, tokens, end, title);
    if (words === 1) {
      const previous = tokens[first - 1];
      const ranked = previous && this.surnameTitles.has(previous.fold) && startsUpper(previous.raw) && /^\s$/.test(text.slice(previous.end, tokens[first].start));
      if (!ranked) return null;
    }
    if (before === null && after === null) return null;
    const roleText = [before, after].filter((r): r is string => !!r).join(", ") || null;
    const start = tokens[first].start;
    const stop = tokens[end - 1].end;
    return { name: text.slice(start, stop), roleText, start, end: stop };
  }

  /** The title phrase ending right before token `first`, or null. */
  private titleBefore(text: string, tokens: Token[], first: number, title: boolean[], blocked: boolean[]): string | null {
    let earliestTitle = -1;
    let k = first - 1;
    for (let steps = 0; k >= 0 && steps < LOOK_BACK; k--, steps++) {
      const gap = text.slice(tokens[k].end, tokens[k + 1].start);
      const commaAfterTitle = k === first - 1 && title[k] && /^,\s+$/.test(gap);
      if (!PHRASE_GAP.test(gap) && !commaAfterTitle) break;
      const token = tokens[k];
      if (title[k]) {
        earliestTitle = k;
        continue;
      }
      if (this.stopWords.has(token.fold) || (!blocked[k] && !startsUpper(token.raw) && isVerbLike(token.fold))) break;
    }
    if (earliestTitle < 0) return null;
    let start = earliestTitle;
    while (start - 1 > k && this.modifies(tokens[start - 1], blocked[start - 1])) start--;
    return text.slice(tokens[start].start, tokens[first - 1].end);
  }

  /** Whether a word before a title belongs to the title phrase ("Armenian", "military", "официальный"). */
  private modifies(token: Token, blocked: boolean): boolean {
    if (blocked || startsUpper(token.raw)) return true;
    if (/[\u0400-\u04ff]/.test(token.raw)) return token.fold.length > 4 && RUSSIAN_ADJECTIVE.test(token.fold);
    return !LEADING_FUNCTION_WORDS.has(token.fold) && !this.stopWords.has(token.fold);
  }

  /** The apposition after the name (", Defence Attache of the Embassy of Azerbaijan,") when it opens with a title. */
  private appositionAfter(text: string, tokens: Token[], end: number, title: boolean[]): string | null {
    if (end >= tokens.length || !/^,\s+$/.test(text.slice(tokens[end - 1].end, tokens[end].start))) return null;
    let last = end;
    let hasTitle = false;
    for (let k = end; k < tokens.length && k < end + APPOSITION_LENGTH; k++) {
      if (k > end && !/^[\s'’-]+$|^\s?[«»“”"]\s?$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      if (this.stopWords.has(tokens[k].fold) && !["of", "for", "at", "to", "in"].includes(tokens[k].fold)) break;
      if (title[k] && k < end + 4) hasTitle = true;
      last = k;
    }
    if (!hasTitle) return null;
    return text.slice(tokens[end].start, tokens[last].end);
  }

  private mark(matcher: NameMatcher<true>, text: string, tokens: Token[]): boolean[] {
    const marked = new Array<boolean>(tokens.length).fill(false);
    for (const m of matcher.find(text, tokens)) for (let k = m.firstToken; k < m.endToken; k++) marked[k] = true;
    return marked;
  }
}

function isCalendarWord(fold: string): boolean {
  return monthNumber(fold) !== null || (WEEKDAYS.en as readonly string[]).includes(fold) || (WEEKDAYS.ruNominative as readonly string[]).includes(fold);
}

function isVerbLike(fold: string): boolean {
  return RUSSIAN_VERB.test(fold) || ENGLISH_PARTICIPLE.test(fold);
}

function sameScript(tokens: Token[]): boolean {
  const cyrillic = tokens.map((t) => /[\u0400-\u04ff]/.test(t.raw));
  return cyrillic.every((c) => c === cyrillic[0]);
}

/** For each token, whether it overlaps one of the spans. */
function markSpans(tokens: Token[], spans: Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const marked = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < sorted.length && sorted[s].end <= t.start) s++;
    for (let k = s; k < sorted.length && sorted[k].start < t.end; k++) {
      if (sorted[k].end > t.start) {
        marked[i] = true;
        break;
      }
    }
  });
  return marked;
}

/**
 * True when the token's line is an English Title Case headline ("Russian Defense Minister Urges
 * Closer Ties With Azerbaijan"): several words and no lower-case word longer than three letters.
 */
function inTitleCaseLine(text: string, tokens: Token[], index: number): boolean {
  if (/[\u0400-\u04ff]/.test(tokens[index].raw)) return false;
  const lineStart = text.lastIndexOf("\n", tokens[index].start) + 1;
  const newline = text.indexOf("\n", tokens[index].end);
  const lineEnd = newline < 0 ? text.length : newline;
  let first = index;
  while (first > 0 && tokens[first - 1].start >= lineStart) first--;
  let words = 0;
  for (let k = first; k < tokens.length && tokens[k].end <= lineEnd; k++) {
    words++;
    if (!startsUpper(tokens[k].raw) && tokens[k].raw.length > 3) return false;
  }
  return words >= HEADLINE_WORDS;
}
