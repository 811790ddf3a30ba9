import type { SourceHints } from "../extract/types";

/** CLI options that describe a page beyond its text (shared by `extract` and `ingest`). */
export const hintOptions = {
  url: { type: "string" },
  outlet: { type: "string" },
  date: { type: "string" },
  title: { type: "string" },
  language: { type: "string" },
} as const;

/** Turns parsed CLI values into SourceHints, rejecting a malformed --date with the accepted forms. */
export function hintsFromOptions(values: { url?: string; outlet?: string; date?: string; title?: string; language?: string }): SourceHints {
  if (values.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.date)) {
    throw new Error(`--date "${values.date}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.`);
  }
  return {
    url: values.url ?? null,
    outlet: values.outlet ?? null,
    publishedAt: values.date ?? null,
    title: values.title ?? null,
    language: values.language ?? null,
  };
}
