import { userInputError } from "./user-input-error";

/**
 * The text at [start, end) of an article body, after checking the offsets are integers with
 * 0 ≤ start < end ≤ body length and the span is not only whitespace. Errors name `argument`.
 */
export function bodySpan(body: string, start: number, end: number, argument: string): string {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw userInputError(argument, `${argument}: offsets must satisfy 0 <= start < end <= ${body.length} (the article body's length in UTF-16 units); got start ${start}, end ${end}.`);
  }
  const text = body.slice(start, end);
  if (!text.trim()) throw userInputError(argument, `${argument}: the span [${start}, ${end}) holds only whitespace.`);
  return text;
}
