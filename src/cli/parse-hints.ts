import type { SourceHints } from "../extract/types";
import { calendarDateProblem } from "../modules/common/calendar-date";
import { UsageError } from "../errors/usage-error";

/** CLI options that describe a page beyond its text (shared by `extract` and `ingest`). */
export const hintOptions = {
  url: { type: "string" },
  outlet: { type: "string" },
  date: { type: "string" },
  title: { type: "string" },
  language: { type: "string" },
} as const;

/** Turns parsed CLI values into SourceHints; a --date that is not a real day, month or year is a UsageError (exit 2) saying why. */
export function hintsFromOptions(values: { url?: string; outlet?: string; date?: string; title?: string; language?: string }): SourceHints {
  const problem = values.date === undefined ? null : calendarDateProblem(values.date, true);
  if (problem) throw new UsageError(`--date "${values.date}" is not a date (${problem}): use a real YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-02-29.`);
  return {
    url: values.url ?? null,
    outlet: values.outlet ?? null,
    publishedAt: values.date ?? null,
    title: values.title ?? null,
    language: values.language ?? null,
  };
}
