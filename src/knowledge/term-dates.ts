/**
 * Dates of offices, which may be known only to the year or month.
 */
import type { KbActor, KbRole } from "./types";

/** First and last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can denote. */
export function dateSpan(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** True when the role was held on (some day of) the date; open ends are unbounded. */
export function roleCovers(role: KbRole, date: string): boolean {
  const [first, last] = dateSpan(date);
  const from = role.from ? dateSpan(role.from)[0] : "0000-00-00";
  const to = role.to ? dateSpan(role.to)[1] : "9999-99-99";
  return from <= last && to >= first;
}

/** True when any of the actor's roles covers the date. */
export function activeOn(actor: KbActor, date: string): boolean {
  return actor.roles.some((r) => roleCovers(r, date));
}

