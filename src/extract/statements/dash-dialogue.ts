/**
 * Russian dash dialogue: a paragraph that opens with a dash holds someone's words without quotation
 * marks, closed by a dash and a speech verb ("— Мы готовы …, — сказал X."). Promises a quotation span
 * for each such paragraph (the dashes stand for the marks), never one that overlaps a marked quotation.
 * An interview set as questions and answers ("— Почему …?" / "— Мы …", "Q: …" / "A: …") gives a
 * quotation span for each answer: the interviewee's words.
 */
import type { QuoteSpan } from "./quote-spans";
import { findSpeechVerbs } from "./speech-verbs";

/** A paragraph opening with a dash and a space. */
const OPENING_DASH = /(?:^|\n)[ \t]*([—–-])[ \t]+(?=\S)/gu;
/** ", — сказал": the comma, dash and lowercase word that close the words and open their attribution. */
const CLOSING_DASH = /[,!?…][ \t]*([—–-])[ \t]+(?=\p{Ll})/gu;

/** `spans` with the dash-dialogue quotations of `body` added, in text order. */
export function withDashDialogue(body: string, spans: readonly QuoteSpan[]): QuoteSpan[] {
  const added: QuoteSpan[] = [];
  for (const open of body.matchAll(OPENING_DASH)) {
    const dash = (open.index ?? 0) + open[0].length - open[0].trimStart().length;
    const start = (open.index ?? 0) + open[0].length;
    const lineEnd = body.indexOf("\n", start);
    const stop = lineEnd < 0 ? body.length : lineEnd;
    let close = -1;
    for (const m of body.slice(start, stop).matchAll(CLOSING_DASH)) {
      const at = start + (m.index ?? 0) + m[0].indexOf(m[1]);
      const verbAt = start + (m.index ?? 0) + m[0].length;
      const verb = findSpeechVerbs(body, verbAt, Math.min(stop, verbAt + 40))[0];
      if (verb && verb.start === verbAt) close = at;
    }
    if (close < 0) continue;
    let end = close;
    while (end > start && /[\s,]/u.test(body[end - 1])) end--;
    if (end - start < 10 || spans.some((s) => s.open < close && dash < s.close)) continue;
    added.push({ open: dash, close, start, end, mark: body[dash], multiParagraph: false });
  }
  added.push(...interviewAnswers(body, [...spans, ...added]));
  return added.length ? [...spans, ...added].sort((a, b) => a.open - b.open) : [...spans];
}

/** A question's or an answer's opening: a dash, or a label ("Q:", "Вопрос:", "A:", "Ответ:"). */
const TURN = /^[ \t]*(?:(?<dash>[—–-])|(?<q>Q|Question|Вопрос|В)\s*:|(?<a>A|Answer|Ответ|О)\s*:)[ \t]+(?=\S)/u;
/** The least number of question-and-answer pairs that makes a page an interview. */
const MIN_EXCHANGES = 2;

interface Turn {
  open: number;
  start: number;
  end: number;
  question: boolean;
}

/** The paragraphs of `body` that open as a turn of an interview, in order, each marked question or answer. */
function turnsOf(body: string): Array<Turn | null> {
  const turns: Array<Turn | null> = [];
  let from = 0;
  while (from <= body.length) {
    const next = body.indexOf("\n\n", from);
    const to = next < 0 ? body.length : next;
    const paragraph = body.slice(from, to);
    const m = TURN.exec(paragraph);
    if (!m?.groups) turns.push(null);
    else {
      let end = to;
      while (end > from && /\s/u.test(body[end - 1])) end--;
      const labelled = m.groups.q !== undefined || m.groups.a !== undefined;
      const question = labelled ? m.groups.q !== undefined : /\?[»"”)]*$/u.test(body.slice(from, end));
      turns.push({ open: from + m[0].indexOf(m[0].trim()[0]), start: from + m[0].length, end, question });
    }
    if (next < 0) break;
    from = next + 2;
  }
  return turns;
}

/**
 * The answers of an interview set as turns: a page with at least two questions each answered in the next paragraph.
 * An answer runs on over the turns that follow it until the next question; one overlapping `spans` is left to them.
 */
function interviewAnswers(body: string, spans: readonly QuoteSpan[]): QuoteSpan[] {
  const turns = turnsOf(body);
  const answered = turns.filter((t, i) => t?.question && turns[i + 1] && !turns[i + 1]!.question).length;
  if (answered < MIN_EXCHANGES) return [];
  const answers: QuoteSpan[] = [];
  for (let i = 1; i < turns.length; i++) {
    const turn = turns[i];
    const before = turns[i - 1];
    if (!turn || turn.question || !before) continue;
    if (turn.end - turn.start < 10 || spans.some((s) => s.open < turn.end && turn.open < s.close)) continue;
    answers.push({ open: turn.open, close: turn.end, start: turn.start, end: turn.end, mark: body[turn.open], multiParagraph: false });
  }
  return answers;
}
