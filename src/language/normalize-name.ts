import { foldLetters } from "./fold-text";

/**
 * The key under which a name is stored and matched in the database (`actor_aliases.normalized`): the
 * letters folded by `foldLetters` (so "й" stays "й", "ё" is "е", "İlham" and "Ilham" share a key),
 * quotation marks and a leading English "the" dropped, whitespace and dashes folded.
 * "The Kremlin" and "kremlin" share a key. Letters such as ə stay letters.
 */
export function normalizeName(name: string): string {
  return foldLetters(name)
    .replace(/["'“”„‟«»‘’‚‛‹›`]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[‐‑‒–—]/g, "-")
    .trim()
    .replace(/^the /, "");
}
