/**
 * Money values in deal reports: "$4 billion", "$5 billion worth of", "4 billion dollars’ worth",
 * "5 миллиардов долларов", "5,43 млрд долларов", "$100 mln", "€2 млрд", "€1.2bn", "Rs 26,000 crore",
 * "PLN 2.6 billion", "4 billion Australian dollars". The text of a
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

/** ISO 4217 codes written before or after an amount. */
const CODES = "USD|EUR|RUB|GBP|INR|JPY|CNY|KRW|TRY|PLN|AUD|CAD|SGD|ILS|AED|SAR|CHF|SEK|NOK|DKK|BRL|ZAR|NGN|EGP|PKR|IDR|MYR|PHP|TWD|HKD|NZD|UAH|KZT|AZN|AMD|GEL|BYN";
/** Dollars named after their country ("Australian dollars"). */
const NAMED_DOLLARS: Record<string, string> = {
  australian: "AUD", canadian: "CAD", singapore: "SGD", taiwan: "TWD", "hong kong": "HKD", "new zealand": "NZD",
};

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|a|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)`;
/** An abbreviation's full stop belongs to the value only inside the phrase ("5 млрд. долларов"), never at a sentence end. */
const ABBREVIATION_STOP = String.raw`(?:\.(?=[ \u00a0]*[\p{Ll}$€₽]))?`;
const SCALE = String.raw`(lakh crore|billion|bn|million|mln|m|thousand|trillion|crores?|cr|lakhs?|млрд${ABBREVIATION_STOP}|миллиард\p{L}*|млн${ABBREVIATION_STOP}|миллион\p{L}*|тыс${ABBREVIATION_STOP}|тысяч\p{L}*|трлн${ABBREVIATION_STOP})`;
const CURRENCY_WORD = String.raw`((?:${Object.keys(NAMED_DOLLARS).join("|")}) dollars|dollars?|US dollars|euros?|roubles?|rubles?|pounds?|rupees?|yen|yuan|renminbi|won|lira|liras|zloty|zlotys|zlotych|shekels?|dirhams?|riyals?|rand|naira|pesos?|reais|francs?|hryvnias?|tenge|${CODES}|фунт\p{L}*|доллар\p{L}*|долл${ABBREVIATION_STOP}|евро|рубл\p{L}*|рупи\p{L}*|иен\p{L}*|юан\p{L}*|вон|лир\p{L}*|злот\p{L}*|шекел\p{L}*|дирхам\p{L}*|риал\p{L}*|гривен|гривн\p{L}*|тенге)`;
/** A currency symbol before the amount; "Rs" and "₹" are the Indian rupee's. */
const SYMBOL = String.raw`(US\$|A\$|AU\$|C\$|CA\$|NZ\$|S\$|HK\$|R\$|\$|€|₽|£|₹|¥|₩|₺|₪|Rs\.?)`;
/** An ISO code before the amount ("USD 500 million", "PLN 2.6 billion"). */
const CODE = String.raw`(${CODES})`;
const END = String.raw`(?![\p{L}\p{N}])`;

const SYMBOL_FIRST = new RegExp(String.raw`(?<![\p{L}])${SYMBOL}\s?${NUMBER}(?:[\s‐‑-]?${SCALE}${END})?`, "giu");
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
  if (/^(trillion|трлн|lakh crore)/.test(s)) return 1e12;
  if (/^(crore|cr$)/.test(s)) return 1e7;
  if (/^lakh/.test(s)) return 1e5;
  if (/^(billion|bn|млрд|миллиард)/.test(s)) return 1e9;
  if (/^(million|mln|m$|млн|миллион)/.test(s)) return 1e6;
  if (/^(thousand|тыс)/.test(s)) return 1e3;
  return 1;
}

const SYMBOLS: Record<string, string> = {
  "€": "EUR", "₽": "RUB", "£": "GBP", "₹": "INR", "rs": "INR", "rs.": "INR", "¥": "JPY", "₩": "KRW", "₺": "TRY", "₪": "ILS",
  "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "s$": "SGD", "hk$": "HKD", "r$": "BRL",
};

function symbolCurrency(symbol: string): string {
  return SYMBOLS[symbol.toLowerCase()] ?? "USD";
}

/** Currency words by the start of their English or Russian forms, checked in order. */
const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(euro|евро)/, "EUR"], [/^(roubl|rubl|рубл)/, "RUB"], [/^(pound|фунт)/, "GBP"], [/^(rupee|рупи)/, "INR"],
  [/^(yen|иен)/, "JPY"], [/^(yuan|renminbi|юан)/, "CNY"], [/^(won|вон)$/, "KRW"], [/^(lira|лир)/, "TRY"],
  [/^(zlot|злот)/, "PLN"], [/^(shekel|шекел)/, "ILS"], [/^(dirham|дирхам)/, "AED"], [/^(riyal|риал)/, "SAR"],
  [/^rand$/, "ZAR"], [/^naira$/, "NGN"], [/^reais$/, "BRL"], [/^franc/, "CHF"], [/^(hryvnia|гривн|гривен)/, "UAH"], [/^(tenge|тенге)/, "KZT"],
];

function wordCurrency(word: string): string {
  const w = word.toLowerCase();
  if (/^[a-z]{3}$/.test(w) && CODES.split("|").includes(word)) return word;
  const dollars = /^(.+) dollars$/.exec(w);
  if (dollars && NAMED_DOLLARS[dollars[1]]) return NAMED_DOLLARS[dollars[1]];
  return CURRENCY_WORDS.find(([re]) => re.test(w))?.[1] ?? "USD";
}
