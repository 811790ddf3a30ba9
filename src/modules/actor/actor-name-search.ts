import type { DataSource } from "typeorm";
import { isCyrillic, nameKey } from "../../knowledge/fold-text";
import { inflectionPattern, matchesInflected } from "../../knowledge/russian-inflection";
import { columnSql } from "../common/keyset";
import { Actor } from "./actor.entity";
import { ActorAlias } from "./actor-alias.entity";

const CASE_ENDINGS = ["", "а", "я", "у", "ю", "е", "ом", "ем", "ём", "ы", "и", "ой", "ей", "ою", "ею", "ым", "им", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ыми", "ими", "ые", "ие", "ая", "яя", "ое", "ее", "ий", "ый", "й", "ь"];
const NOMINATIVE_ENDINGS = ["", "а", "я", "й", "ь", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "о"];

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
 * The folded words of a name, each with the forms it may stand for: the word folded like
 * `actor_aliases.normalized` (lower case, diacritics stripped, ё → е) and, for a Russian word,
 * the nominative forms it may be a case form of.
 */
export function nameSearchWords(name: string): string[][] {
  return nameKey(name).split(" ").filter(Boolean).map((word) => [...new Set(nominativeCandidates(word).flatMap((form) => [form, form.replace(/й/g, "и")]))]); // the store's normalizeName folds й to и
}

/**
 * Ids of the actors a name designates, in any script: every word of the name (or a nominative
 * form of it, so "Алиевым" counts as "Алиев") is a whole word of one of the actor's aliases or of
 * its canonical name ("Алиев" finds "Ильхам Алиев"). With `contains`, the folded name may
 * instead be any substring of an alias or of the name.
 */
export async function findActorIdsByName(dataSource: DataSource, name: string, contains = false): Promise<number[]> {
  const words = contains ? [[nameKey(name)]].filter(([key]) => key) : nameSearchWords(name);
  if (!words.length) return [];
  const normalized = columnSql(dataSource, "alias", "normalized");
  const actorName = `LOWER(${columnSql(dataSource, "actor", "name")})`;
  const params: Record<string, string> = {};
  const wordConditions = words.map((forms, w) => {
    const aliasConditions: string[] = [];
    const nameConditions: string[] = [];
    forms.forEach((form, f) => {
      const p = `w${w}f${f}`;
      const patterns = contains ? [`%${form}%`] : [form, `${form} %`, `% ${form}`, `% ${form} %`];
      patterns.forEach((pattern, i) => {
        params[`${p}p${i}`] = pattern;
        aliasConditions.push(`${normalized} LIKE :${p}p${i}`);
        nameConditions.push(`${actorName} LIKE :${p}p${i}`);
      });
    });
    const aliases = dataSource.getRepository(ActorAlias).createQueryBuilder("alias")
      .select(columnSql(dataSource, "alias", "actorId"))
      .where(aliasConditions.join(" OR "));
    return `(${nameConditions.join(" OR ")} OR ${columnSql(dataSource, "actor", "id")} IN (${aliases.getQuery()}))`;
  });
  const rows: { id: number | string }[] = await dataSource.getRepository(Actor).createQueryBuilder("actor")
    .select(columnSql(dataSource, "actor", "id"), "id")
    .where(wordConditions.join(" AND "))
    .setParameters(params)
    .getRawMany();
  return rows.map((r) => Number(r.id));
}
