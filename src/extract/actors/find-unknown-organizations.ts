/**
 * Organisations the knowledge base does not know, found by the shape of their names: a run of
 * capitalised words that ends in a word naming a kind of body ("Pacific Container Corporation of Peru",
 * "Andes Forge Limited", "Southern Security Network", "41st Air Defence Missile Brigade"), and in
 * Russian a quoted name after such a word ("концерн «Калашников»", "холдинг «Вертолеты России»").
 */
import type { ActorKind } from "../../model/actor-kind";

/** An organisation found by the shape of its name, with body offsets. */
export interface UnknownOrganization {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
}

/** Words that end an organisation's English name. */
const ENGLISH_HEAD = String.raw`Corporation|Corp|Company|Limited|Ltd|Inc|Group|Holding|Holdings|Industries|Enterprises|Aerospace|Dynamics|Technologies|Shipyards?|Works|Forge|Agency|Network|Institute|Center|Centre|Foundation|Association|University|Academy|Council|Committee|Commission|Bureau|Brigade|Regiment|Division|Battalion|Squadron|Fleet|Directorate|Congress|Senate`;
/** Capitalised words that open a sentence or a phrase and never a name. */
const NOT_NAME_START = new Set(["The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "As", "If", "When", "While", "After", "Before", "According", "Its", "Their", "His", "Her", "Our", "Last", "Next", "Every", "Each", "Some", "Any"]);
/** A capitalised word, an ordinal ("250th") or an all-capitals abbreviation, joined inside a name by "of", "for", "and", "&". */
const NAME_WORD = String.raw`(?:\d{1,4}(?:st|nd|rd|th)|[\p{Lu}][\p{L}'’-]*(?:\.[\p{L}]+)*)`;
/** Most words an organisation's name has before its head word: a bound that keeps the search linear on any text. */
const MAX_NAME_WORDS = 7;
/** Spaces inside a name: never a line break (a name does not run from one paragraph into the next). */
const GAP = String.raw`[ \t\u00a0]+`;
const ENGLISH_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME_WORD}(?:${GAP}(?:(?:of|for|and|&|de|the)${GAP})?${NAME_WORD}){0,${MAX_NAME_WORDS - 1}}?${GAP}(?:${ENGLISH_HEAD})(?:${GAP}(?:${ENGLISH_HEAD}))*(?:${GAP}(?:of|for)${GAP}(?:the${GAP})?[\p{Lu}][\p{L}-]*(?:${GAP}[\p{Lu}][\p{L}-]*)?)?(?![\p{L}\p{N}])`, "gu");

/** Russian words for a kind of organisation, before its quoted name. */
const RUSSIAN_HEAD = String.raw`(?:компани|концерн|корпораци|холдинг|завод|предприяти|объединени|агентств|фонд|групп|верф|издани|газет|телеканал|портал|журнал)\p{L}*|АО|ОАО|ПАО|ЗАО|ООО|ФГУП|НПО|КБ`;
const RUSSIAN_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${RUSSIAN_HEAD})\s+«([^«»]{2,60})»`, "giu");
/** Russian words for an outlet: a quoted name after them is media. */
const RUSSIAN_MEDIA_HEAD = /^(агентств|издани|газет|телеканал|портал|журнал|радио)/iu;

/**
 * The organisations `body` names by shape, outside the `known` spans (knowledge-base names, people,
 * designations) — a state's name may end one ("Andes Forge Chile"):
 * `isState` tells a state's name.
 */
export function findUnknownOrganizations(body: string, known: ReadonlyArray<{ start: number; end: number }>, isState: (word: string) => boolean): UnknownOrganization[] {
  const found: UnknownOrganization[] = [];
  const inside = (k: { start: number; end: number }, start: number, end: number) => k.start < end && start < k.end;
  const free = (start: number, end: number) => !found.some((f) => inside(f, start, end))
    && !known.some((k) => inside(k, start, end) && !(k.start >= start && k.end <= end && isState(body.slice(k.start, k.end))));
  for (const m of body.matchAll(ENGLISH_NAME)) {
    let text = m[0];
    const next = /^[ \t\u00a0]+([\p{Lu}][\p{L}-]+)(?![\p{L}])/u.exec(body.slice(m.index + text.length));
    if (next && isState(next[1]) && !/\sof\s/u.test(text)) text += next[0];
    let start = m.index;
    // drop opening words that are no part of a name ("The", "According") and a possessor ("Romania's Supreme Council …")
    for (let first = text.split(/\s+/u)[0]; NOT_NAME_START.has(first) || /['’]s$/u.test(first); first = text.split(/\s+/u)[0]) {
      text = text.slice(first.length).trimStart();
      start = m.index + (m[0].length - text.length);
    }
    if (text.split(/\s+/u).length < 2 || !free(start, start + text.length)) continue;
    found.push({ name: text, kind: "ORGANIZATION", start, end: start + text.length });
  }
  for (const m of body.matchAll(RUSSIAN_NAME)) {
    const start = m.index + m[0].indexOf("«") + 1;
    const end = start + m[1].length;
    if (!/^[\p{Lu}\d]/u.test(m[1]) || !free(start, end)) continue;
    found.push({ name: m[1], kind: RUSSIAN_MEDIA_HEAD.test(m[0]) ? "MEDIA" : "ORGANIZATION", start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}
