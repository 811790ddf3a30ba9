/** ISO 639-1 code of a text's language ("en", "ru", …). */
export type LanguageCode = string;
