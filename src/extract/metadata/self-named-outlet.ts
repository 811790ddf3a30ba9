/**
 * The outlet a page's own text names as its author: a lead opening with its domain ("NEWS.am – …"),
 * an agency's "Trend reports, citing Kazakh media", "Об этом сообщает РБК-Украина со ссылкой на
 * Reuters" (the outlet that cites another is the one writing), the closing cross-link to its own
 * archive ("Ранее «Газета» писала, что …", "Earlier, Daily Sabah reported that …"), or a
 * capitalised domain the text mentions ("told Report.az"). Read only when the page shows no mark of its own.
 */

/** A name as outlets write theirs: «quoted», or one to three capitalised words ("РБК-Украина", "Trend", "Daily Sabah"). */
const NAME = String.raw`(?:[\p{Lu}\p{N}]{1,6}\s+)?«([^»]{2,40})»|(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s\p{Lu}[\p{L}\p{N}.&'-]*){0,2})`;

const PATTERNS: RegExp[] = [
  // "Trend reports, citing Kazakh media"
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NAME}) reports,? citing\b`, "u"),
  // "Об этом сообщает РБК-Украина со ссылкой на Reuters", "Передает «Вести» со ссылкой на" (opening a sentence;
  // "…, передает Интерфакс со ссылкой на X" after a clause credits another agency)
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:Об этом\s+)?(?:[Сс]ообщает|[Пп]ередает|[Пп]ередаёт|[Пп]ишет)\s+(?:${NAME})\s+со ссылкой на(?!\p{L})`, "u"),
  // "Ранее МТ «ГлагоL» писал, что …", "Ранее Sputnik сообщало, что …"
  new RegExp(String.raw`(?<!\p{L})Ранее\s+(?:${NAME})\s+(?:писал|сообщал|рассказывал)[аои]?(?!\p{L})`, "u"),
  // "Earlier, Daily Sabah reported that …"
  new RegExp(String.raw`(?<!\p{L})(?:Earlier|Previously),?\s+(?:${NAME})\s+(?:reported|wrote)\s+that\b`, "u"),
];

/** Country and generic domain endings outlets use ("Report.az", "NEWS.am", "Andes.pe"). */
const TLD = String.raw`(?:com|net|org|info|news|press|media|online|ru|am|az|ge|by|ua|kz|uz|kg|tj|tm|md|tr|rs|ba|mk|al|pl|cz|sk|hu|ro|bg|gr|de|fr|it|es|pt|uk|ie|in|pk|cn|kr|jp|il|ir|iq|eg|pe|cl|ar|br|mx|co)`;

/** "NEWS.am – …" opening the lead. */
const LEAD_DOMAIN = new RegExp(String.raw`^([\p{L}\p{N}-]+\.${TLD})\s+[–—-]\s+\S`, "iu");

/**
 * A capitalised domain written in the text ("told Report.az"); lower-case ones are photo credits and links,
 * and one described by its kind ("портал NEWS.am", "the website Andes.pe") is another outlet, cited.
 */
const DOMAIN_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}@/.])(?<!(?:портал|сайт|издание|агентство|portal|website|site|outlet|agency)\s+)(\p{Lu}[\p{L}\p{N}-]*\.${TLD})(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`, "u");

/** The outlet name the body uses for itself, as written, or null. */
export function selfNamedOutlet(body: string): string | null {
  const text = body.trim();
  const lead = LEAD_DOMAIN.exec(text);
  if (lead) return lead[1];
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    const name = m?.[1] ?? m?.[2];
    if (name) return name.trim();
  }
  return DOMAIN_IN_TEXT.exec(text)?.[1] ?? null;
}
