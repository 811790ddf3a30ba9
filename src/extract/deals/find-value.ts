/**
 * Money values in deal reports: "$4 billion", "$5 billion worth of", "4 billion dollars’ worth",
 * "5 миллиардов долларов", "5,43 млрд долларов", "$100 mln", "€2 млрд", "€1.2bn". The text of a
 * value is the amount, its scale and its currency only: never the words around it, nor the full
 * stop that ends the sentence.
 */

export interface MoneyValue {
  /** As written ("$5 billion", "4 billion dollars"). */
  text: string;
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  start: number;
  end: number;
}

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|a|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)`;
/** An abbreviation's full stop belongs to the value only inside the phrase ("5 млрд. долларов"), never at a sentence end. */
const ABBREVIATION_STOP = String.raw`(?:\.(?=[ \u00a0]*[\p{Ll}$€₽]))?`;
const SCALE = String.raw`(billion|bn|million|mln|m|thousand|trillion|млрд${ABBREVIATION_STOP}|миллиард\p{L}*|млн${ABBREVIATION_STOP}|миллион\p{L}*|тыс${ABBREVIATION_STOP}|тысяч\p{L}*|трлн${ABBREVIATION_STOP})`;
const CURRENCY_WORD = String.raw`(dollars?|US dollars|euros?|roubles?|rubles?|pounds?|USD|EUR|RUB|GBP|фунт\p{L}*|доллар\p{L}*|долл${ABBREVIATION_STOP}|евро|рубл\p{L}*)`;
const SYMBOL = String.raw`(US\$|\$|€|₽|£)`;
/** An ISO code before the amount ("USD 500 million"). */
const CODE = String.raw`(USD|EUR|RUB|GBP)`;
const END = String.raw`(?![\p{L}\p{N}])`;

const SYMBOL_FIRST = new RegExp(String.raw`${SYMBOL}\s?${NUMBER}(?:[\s‐‑-]?${SCALE}${END})?`, "giu");
const CODE_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${CODE}\s${NUMBER}(?:\s?${SCALE}${END})?`, "gu");
const WORDS_AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER}\s+${SCALE}\s+${CURRENCY_WORD}${END}`, "giu");
const SYMBOL_AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER}\s?${SCALE}?\s?${SYMBOL}`, "giu");

const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  один: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
};

/** The first money value in `text` (offsets relative to `text` plus `offset`), or null. */
export function findValue(text: string, offset = 0): MoneyValue | null {
  if (!/\d/.test(text) && !/[$€₽]|billion|million|млрд|млн|миллиард|миллион/i.test(text)) return null;
  const found: MoneyValue[] = [];
  for (const m of text.matchAll(SYMBOL_FIRST)) {
    const value = build(m[0], m[2], m[3], symbolCurrency(m[1]), m.index + offset);
    if (value) found.push(value);
  }
  for (const m of text.matchAll(CODE_FIRST)) {
    const value = build(m[0], m[2], m[3], m[1], m.index + offset);
    if (value) found.push(value);
  }
  for (const m of text.matchAll(WORDS_AFTER)) {
    const value = build(m[0], m[1], m[2], wordCurrency(m[3]), m.index + offset);
    if (value) found.push(value);
  }
  for (const m of text.matchAll(SYMBOL_AFTER)) {
    const value = build(m[0], m[1], m[2], symbolCurrency(m[3]), m.index + offset);
    if (value) found.push(value);
  }
  found.sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}

function build(text: string, number: string, scale: string | undefined, currency: string, start: number): MoneyValue | null {
  const n = NUMBER_WORDS[number.toLowerCase()] ?? parseAmount(number);
  if (!Number.isFinite(n)) return null;
  if (!scale && NUMBER_WORDS[number.toLowerCase()] !== undefined) return null;
  const trimmed = text.trim();
  return { text: trimmed, amount: n * multiplier(scale), currency, start, end: start + trimmed.length };
}

/**
 * A written number: spaces group thousands ("5 430"); a comma before exactly three digits groups
 * thousands in English ("1,200"), any other comma is a decimal comma ("5,43"); a dot before three
 * digits followed by more groups ("1.200.000") groups thousands too.
 */
function parseAmount(number: string): number {
  const s = number.replace(/[ \u00a0\u202f]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(",", "."));
  return Number.NaN;
}

function multiplier(scale: string | undefined): number {
  const s = (scale ?? "").toLowerCase();
  if (/^(trillion|трлн)/.test(s)) return 1e12;
  if (/^(billion|bn|млрд|миллиард)/.test(s)) return 1e9;
  if (/^(million|mln|m$|млн|миллион)/.test(s)) return 1e6;
  if (/^(thousand|тыс)/.test(s)) return 1e3;
  return 1;
}

function symbolCurrency(symbol: string): string {
  return symbol === "€" ? "EUR" : symbol === "₽" ? "RUB" : symbol === "£" ? "GBP" : "USD";
}

function wordCurrency(word: string): string {
  const w = word.toLowerCase();
  if (/^(euro|eur|евро)/.test(w)) return "EUR";
  if (/^(roubl|rubl|rub|рубл)/.test(w)) return "RUB";
  if (/^(pound|gbp|фунт)/.test(w)) return "GBP";
  return "USD";
}
