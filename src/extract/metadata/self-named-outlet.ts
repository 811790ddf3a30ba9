/**
 * The outlet a page's own text names as its author: an agency's "Trend reports, citing Kazakh
 * media", "Об этом сообщает РБК-Украина со ссылкой на Reuters" (the outlet that cites another is the
 * one writing), and the closing cross-link to its own archive, "Ранее «Газета» писала, что …",
 * "Earlier, Daily Sabah reported that …". Read only when the page shows no mark of its own.
 */

/** A name as outlets write theirs: «quoted», or one to three capitalised words ("РБК-Украина", "Trend", "Daily Sabah"). */
const NAME = String.raw`(?:[\p{Lu}\p{N}]{1,6}\s+)?«([^»]{2,40})»|(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s\p{Lu}[\p{L}\p{N}.&'-]*){0,2})`;

const PATTERNS: RegExp[] = [
  // "Trend reports, citing Kazakh media"
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NAME}) reports,? citing\b`, "u"),
  // "Об этом сообщает РБК-Украина со ссылкой на Reuters", "передает «Вести» со ссылкой на"
  new RegExp(String.raw`(?<!\p{L})(?:сообщает|передает|передаёт|пишет)\s+(?:${NAME})\s+со ссылкой на(?!\p{L})`, "u"),
  // "Ранее МТ «ГлагоL» писал, что …", "Ранее Sputnik сообщало, что …"
  new RegExp(String.raw`(?<!\p{L})Ранее\s+(?:${NAME})\s+(?:писал|сообщал|рассказывал)[аои]?(?!\p{L})`, "u"),
  // "Earlier, Daily Sabah reported that …"
  new RegExp(String.raw`(?<!\p{L})(?:Earlier|Previously),?\s+(?:${NAME})\s+(?:reported|wrote)\s+that\b`, "u"),
];

/** The outlet name the body uses for itself, as written, or null. */
export function selfNamedOutlet(body: string): string | null {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(body);
    const name = m?.[1] ?? m?.[2];
    if (name) return name.trim();
  }
  return null;
}
