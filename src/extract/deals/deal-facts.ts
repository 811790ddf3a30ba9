/**
 * Comparisons between two reports of a deal, shared by the in-article merge and the cross-article
 * match: a stored Deal row and an ExtractedDeal both fit `DealFacts`.
 */
import { foldWord } from "../../language/fold-text";
import { designationKey } from "../../knowledge/weapons-keys";

/** What two deal records are compared on (a Deal row has `designation`, an extracted deal `designations`). */
export interface DealFacts {
  items: string[];
  designation?: string | null;
  designations?: string[];
  category: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  amount: number | null;
  currency: string | null;
}

const VAGUE_WORDS = /^(weapons?|weaponry|arms|armaments?|equipment|hardware|military|defen[cs]e|other|new|modern|more|such|вооружени\p{L}*|оружи\p{L}*|техник\p{L}*|оборудовани\p{L}*|военн\p{L}*|нов\p{L}*|современн\p{L}*)$/u;
/** Years two reports of one transfer may differ by (order vs delivery years, rounding). */
const YEAR_SLACK = 1;
/** Relative difference two reported values of one transfer may have across outlets ("$4 billion" vs "$4.2 billion"). */
const VALUE_SLACK = 0.25;
/**
 * Within one article the figures come from one writer: two that differ by more than this are two
 * contracts ("a $777-million contract" and, later, "a $630-million contract").
 */
export const IN_ARTICLE_VALUE_SLACK = 0.15;

/** The designations a record names, as script-independent keys. */
export function designationsOf(d: DealFacts): string[] {
  return [...(d.designations ?? []), ...(d.designation ? [d.designation] : [])].map((x) => designationKey(x));
}

/** The content words of the items, stemmed to five letters so "tanks"/"tank", "артиллерии"/"артиллерийского" compare equal. */
function itemStems(d: DealFacts): Set<string> {
  const stems = new Set<string>();
  for (const item of d.items) {
    for (const w of item.split(/[^\p{L}\p{N}]+/u)) {
      const f = foldWord(w);
      if (f.length > 2 && !VAGUE_WORDS.test(f)) stems.add(f.slice(0, 5));
    }
  }
  return stems;
}

/** True when a record names only vague items ("weapons", "вооружение"): it may be any transfer between its parties. */
export function hasOnlyVagueItems(d: DealFacts): boolean {
  return designationsOf(d).length === 0 && itemStems(d).size === 0;
}

/**
 * True when the items may be the same transfer: a shared designation; or, when not both name
 * (different) designations, a shared item word (or, with `byCategory`, the same SIPRI category);
 * or one side names only vague items.
 */
export function itemsOverlap(a: DealFacts, b: DealFacts, byCategory = true): boolean {
  if (hasOnlyVagueItems(a) || hasOnlyVagueItems(b)) return true;
  const da = designationsOf(a);
  const db = designationsOf(b);
  if (da.some((d) => db.includes(d)) || namesShortly(a, b) || namesShortly(b, a)) return true;
  if (da.length && db.length) return false;
  const sb = itemStems(b);
  if ([...itemStems(a)].some((s) => sb.has(s))) return true;
  return byCategory && a.category !== null && a.category === b.category;
}

/**
 * True when a designation of `short` is the first word of one of `long` ("K2" and "K2 Black
 * Panther", "Rafale" and "Rafale F4"): a text calls a system by the start of its full name.
 */
function namesShortly(short: DealFacts, long: DealFacts): boolean {
  const full = [...(long.designations ?? []), ...(long.designation ? [long.designation] : [])].map((d) => designationKey(d.split(/\s+/)[0]));
  return [...(short.designations ?? []), ...(short.designation ? [short.designation] : [])].some((d) => !/\s/.test(d.trim()) && full.includes(designationKey(d)));
}

/** True unless both give years and their spans (widened by a year) do not meet. */
export function periodsCompatible(a: DealFacts, b: DealFacts): boolean {
  if (a.periodStart === null || b.periodStart === null) return true;
  const aEnd = a.periodEnd ?? Number.POSITIVE_INFINITY;
  const bEnd = b.periodEnd ?? Number.POSITIVE_INFINITY;
  return a.periodStart <= bEnd + YEAR_SLACK && b.periodStart <= aEnd + YEAR_SLACK;
}

/** True unless both give amounts in the same currency that differ by more than `slack` (a quarter by default). */
export function valuesCompatible(a: DealFacts, b: DealFacts, slack = VALUE_SLACK): boolean {
  if (a.amount === null || b.amount === null || a.currency !== b.currency) return true;
  return Math.abs(a.amount - b.amount) <= slack * Math.max(a.amount, b.amount);
}
