/**
 * The key under which a name is matched in the store: lower case, diacritics stripped, ё → е,
 * quotation marks and a leading English "the" dropped, whitespace and dashes folded.
 * "The Kremlin" and "kremlin" share a key; "İlham" and "Ilham" too. Letters such as ə stay letters.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/["'“”„‟«»‘’‚‛‹›`]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[‐‑‒–—]/g, "-")
    .trim()
    .replace(/^the /, "");
}
