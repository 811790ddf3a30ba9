/**
 * A last-resort key for names spelled in a way the knowledge base does not list: Cyrillic is
 * romanised and the usual variations of romanisation are levelled ("Tonoian" = "Tonoyan" =
 * "Тоноян", "Zelenskyy" = "Зеленский", "Çavuşoğlu" = "Chavushoglu"). It cannot reconcile
 * spellings that differ in a consonant ("Hasanov" / "Gasanov"): those stay explicit aliases.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "i", є: "e", ґ: "g", ў: "u",
};

const TURKIC_LETTERS: Record<string, string> = { ş: "sh", ç: "ch", ə: "a", ı: "i", ğ: "g", ö: "o", ü: "u" };

/** Digraphs and letters levelled after romanisation, longest first. */
const LEVELLING: Array<[RegExp, string]> = [
  [/shch/g, "sh"],
  [/dzh|dj/g, "j"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/tz|ts/g, "c"],
  [/ch/g, "c"],
  [/ph/g, "f"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/(.)\1+/g, "$1"],
];

/** The spelling skeleton of a name: romanised, lower-case, words joined by single spaces. */
export function spellingSkeleton(name: string): string {
  let text = name.toLowerCase().replace(/[şçəığöü]/g, (c) => TURKIC_LETTERS[c]);
  text = text.normalize("NFD").replace(/(?<!и)[\u0300-\u036f]/g, "").normalize("NFC");
  text = text.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
  for (const [pattern, replacement] of LEVELLING) text = text.replace(pattern, replacement);
  return text
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .join(" ");
}
