/**
 * A weapon designation in the other script: "Су-30СМ2" ↔ "su-30sm2", "Mi-171Sh" ↔ "ми-171ш". Russian
 * texts write the designations of Russian systems in Cyrillic and English texts in Latin letters,
 * letter for letter, so a search for one spelling must also look for the other.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** Latin letters and letter pairs as Russian designations write them, pairs first. */
const LATIN_TO_CYRILLIC: Array<[string, string]> = [
  ["shch", "щ"], ["sh", "ш"], ["ch", "ч"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["yu", "ю"], ["ya", "я"],
  ["a", "а"], ["b", "б"], ["c", "ц"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"], ["h", "х"], ["i", "и"], ["j", "дж"],
  ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["q", "к"], ["r", "р"], ["s", "с"], ["t", "т"],
  ["u", "у"], ["v", "в"], ["w", "в"], ["x", "кс"], ["y", "ы"], ["z", "з"],
];
const LATIN_PATTERN = new RegExp(LATIN_TO_CYRILLIC.map(([latin]) => latin).join("|"), "g");
const LATIN_LETTERS = new Map(LATIN_TO_CYRILLIC);

/** The name in lower-case Latin letters ("Су-30СМ2" → "su-30sm2"); digits, hyphens and spaces kept. */
export function latinDesignation(name: string): string {
  return [...name.toLowerCase()].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join("");
}

/**
 * The name in lower-case Cyrillic letters ("Mi-171Sh" → "ми-171ш"), or null when it holds no digit:
 * only a designation ("T-90S", "9K720 Iskander") is written letter for letter in the other script;
 * a word ("Hercules" / "Геркулес") is not.
 */
export function cyrillicDesignation(name: string): string | null {
  if (!/\d/.test(name)) return null;
  return name.toLowerCase().replace(LATIN_PATTERN, (latin) => LATIN_LETTERS.get(latin)!);
}
