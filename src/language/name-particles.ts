/**
 * The lower-case parts of personal names: particles between given name and surname ("Ursula von der Leyen",
 * "Faisal bin Hamad", "Ильхам Гейдар оглы Алиев") and the Arabic article written before a surname ("al-Bayari").
 */

/** Particles that stand as words of their own inside a name, in Latin and Cyrillic letters. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "di", "del", "dos", "du", "van", "von", "der", "den", "le", "la",
  "al", "el", "bin", "ibn", "bint", "ul",
  "оглы", "кызы", "фон", "де", "ван",
]);

/** A surname written with the Arabic article in lower case ("al-Bayari", "el-Sisi", "ash-Sharaa"): a part of a name. */
export function isArticleSurname(word: string): boolean {
  return /^(?:al|el|ad|as|ash|at|az|ar|an|ud|ul)[-‐]\p{Lu}/u.test(word);
}
