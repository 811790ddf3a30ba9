/** Marks the databases put around matched words (FTS5 snippet() and ts_headline), replaced after escaping. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * Private-use characters that stand for "<" and ">" while PostgreSQL makes a headline: its parser
 * reads "<tanks>" as a markup tag and ts_headline would drop it.
 */
export const ANGLE_STAND_INS = "\uE000\uE001";

/** Longest snippet made from a whole text when the database gave none. */
const MAX_PLAIN = 240;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Turns a database snippet into safe HTML: the text escaped, matched words in `<mark>…</mark>`.
 * A text without marks is shortened to about 240 characters.
 */
export function markSnippet(raw: string): string {
  const text = raw.includes(MARK_START) || raw.length <= MAX_PLAIN ? raw : `${raw.slice(0, MAX_PLAIN).replace(/\s+\S*$/, "")}…`;
  const restored = text.replace(/\uE000/g, "<").replace(/\uE001/g, ">");
  return escapeHtml(restored).split(MARK_START).join("<mark>").split(MARK_END).join("</mark>");
}

/** The words around `text.slice(start, end)`, that span marked: how an article shows where it names an actor. */
export function excerptAround(text: string, start: number, end: number, context = 80): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const raw = `${from > 0 ? "…" : ""}${text.slice(from, start)}${MARK_START}${text.slice(start, end)}${MARK_END}${text.slice(end, to)}${to < text.length ? "…" : ""}`;
  return markSnippet(raw);
}
