import type { DataSource } from "typeorm";
import { isCyrillic, nameKey } from "../../knowledge/fold-text";
import { inflectionPattern, matchesInflected } from "../../knowledge/russian-inflection";
import { columnSql } from "../common/keyset";
import { Actor } from "./actor.entity";
import { ActorAlias } from "./actor-alias.entity";

const CASE_ENDINGS = ["", "а", "я", "у", "ю", "е", "ом", "ем", "ём", "ы", "и", "ой", "ей", "ою", "ею", "ым", "им", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ыми", "ими", "ые", "ие", "ая", "яя", "ое", "ее", "ий", "ый", "й", "ь"];
const NOMINATIVE_ENDINGS = ["", "а", "я", "й", "ь", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "о"];
const MAX_KEYS = 64;

/** The nominative forms a folded Russian word may be a case form of, the word itself included ("алиевым" → "алиев"). */
function nominativeCandidates(word: string): string[] {
  if (!isCyrillic(word)) return [word];
  const found = new Set([word]);
  for (const ending of CASE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominative of NOMINATIVE_ENDINGS) {
      const candidate = stem + nominative;
      if (matchesInflected(word, candidate, inflectionPattern(candidate))) found.add(candidate);
    }
  }
  return [...found];
}

/**
 * The folded keys a name may stand for: the name folded like `actor_aliases.normalized`
 * (lower case, diacritics stripped, ё → е) and, for Russian words, their nominative forms.
 */
export function nameSearchKeys(name: string): string[] {
  const words = nameKey(name).split(" ").filter(Boolean);
  if (!words.length) return [];
  let keys = [""];
  for (const word of words) {
    const options = nominativeCandidates(word);
    if (keys.length * options.length > MAX_KEYS) return [words.join(" ")];
    keys = keys.flatMap((key) => options.map((option) => (key ? `${key} ${option}` : option)));
  }
  return keys;
}

/**
 * Ids of the actors a name designates, in any script: an alias (or the canonical name) equal to
 * the folded name, or containing it as whole words ("Алиев" finds "Ильхам Алиев"); Russian case
 * forms count ("Алиевым"). With `contains`, any substring of an alias or the name matches instead.
 */
export async function findActorIdsByName(dataSource: DataSource, name: string, contains = false): Promise<number[]> {
  const keys = contains ? [nameKey(name)].filter(Boolean) : nameSearchKeys(name);
  if (!keys.length) return [];
  const normalized = columnSql(dataSource, "alias", "normalized");
  const actorName = `LOWER(${columnSql(dataSource, "actor", "name")})`;
  const params: Record<string, string> = {};
  const aliasConditions: string[] = [];
  const nameConditions: string[] = [];
  keys.forEach((key, i) => {
    if (contains) {
      params[`k${i}`] = `%${key}%`;
      aliasConditions.push(`${normalized} LIKE :k${i}`);
      nameConditions.push(`${actorName} LIKE :k${i}`);
      return;
    }
    Object.assign(params, { [`k${i}`]: key, [`s${i}`]: `${key} %`, [`e${i}`]: `% ${key}`, [`m${i}`]: `% ${key} %` });
    for (const [column, target] of [[normalized, aliasConditions], [actorName, nameConditions]] as const) {
      target.push(`${column} = :k${i}`, `${column} LIKE :s${i}`, `${column} LIKE :e${i}`, `${column} LIKE :m${i}`);
    }
  });
  const aliases = dataSource.getRepository(ActorAlias).createQueryBuilder("alias")
    .select(columnSql(dataSource, "alias", "actorId"))
    .where(aliasConditions.join(" OR "));
  const rows: { id: number | string }[] = await dataSource.getRepository(Actor).createQueryBuilder("actor")
    .select(columnSql(dataSource, "actor", "id"), "id")
    .where(`(${nameConditions.join(" OR ")}) OR ${columnSql(dataSource, "actor", "id")} IN (${aliases.getQuery()})`)
    .setParameters(params)
    .getRawMany();
  return rows.map((r) => Number(r.id));
}
