/**
 * Authors from bylines.
 *
 * Rule: a byline ("by John Smith and Jane Doe", "Автор: Иван Петров", an `author:` meta tag, a
 * name shown twice as avatar text and link, a signature after the last paragraph) gives the
 * names of people. Generic credits ("by Contributor", "Staff", "Редакция", "Asbarez Staff") and
 * outlet names are not authors: they do not say who wrote the piece.
 */

const GENERIC =
  /^(?:contributor|contributors|staff|staff writer|staff reporter|admin|administrator|editor|editors|editorial(?: staff| team| board)?|news ?desk|web ?desk|newsroom|guest|anonymous|unknown|редакция|редактор|корреспондент|администратор|editör|haber merkezi|[\p{L}.]+ (?:staff|desk|newsroom|editors))$/iu;

/** Whether a byline name is a real person's name (two to four capitalised words, no placeholder). */
function isPersonName(name: string): boolean {
  if (GENERIC.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** Names listed in a byline's name part ("John Smith and Jane Doe, Reuters"). */
function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|&|\band\b|\s+и\s+|\s+ve\s+|\s+et\s+|\s+und\s+|\||\/)\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The people a page's header lines name as its authors, in order, without duplicates. */
export function findAuthors(header: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of header) {
    const byline = /^(?:by|written by|posted by|автор(?:ы)?|текст|author|article:author|yazar|par|von|por)\s*:?\s+(.+)$/iu.exec(line.trim());
    const doubled = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\s+\1(?:\s|$)/u.exec(line.trim());
    const list = byline ? byline[1].replace(/\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4}).*$/u, "") : doubled ? doubled[1] : null;
    if (!list) continue;
    for (const name of splitNames(list)) if (isPersonName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
