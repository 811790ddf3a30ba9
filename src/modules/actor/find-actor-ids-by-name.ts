import type { DataSource } from "typeorm";
import { foldWord, isCyrillic } from "../../language/fold-text";
import { inflectionPattern, matchesInflected } from "../../language/russian-inflection";
import { normalizeName } from "../../language/normalize-name";
import { CASE_ENDINGS, NOMINATIVE_ENDINGS } from "../../language/russian-endings";
import { Actor } from "./actor.entity";
import { ActorAlias } from "./actor-alias.entity";
import { columnSql } from "../../db/column-sql";

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

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The words of a name, each with the keys it may stand for in `actor_aliases.normalized`
 * (folded by the store's `normalizeName`): the word itself and, for a Russian word, the
 * nominative forms it may be a case form of.
 */
export function nameSearchWords(name: string): string[][] {
  const words = name.split(/\s+/).map((word) => foldWord(word.replace(EDGE_PUNCTUATION, ""))).filter(Boolean);
  if (words.length > 1 && words[0] === "the") words.shift();
  return words.map((word) => [...new Set(nominativeCandidates(word).map(normalizeName))]);
}

/** Escapes LIKE wildcards so that user text matches literally (with `ESCAPE '\\'`). */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * Ids of the actors a name designates, in any script: every word of the name (or a nominative
 * form of it, so "Алиевым" counts as "Алиев") is a whole word of one of the actor's aliases or of
 * its canonical name ("Алиев" finds "Ильхам Алиев"). With `contains`, the folded name may
 * instead be any substring of an alias or of the name.
 */
export async function findActorIdsByName(dataSource: DataSource, name: string, contains = false): Promise<number[]> {
  const words = contains ? [[normalizeName(name)]].filter(([key]) => key) : nameSearchWords(name);
  if (!words.length) return [];
  const normalized = columnSql(dataSource, "alias", "normalized");
  const actorName = `LOWER(${columnSql(dataSource, "actor", "name")})`;
  const params: Record<string, string> = {};
  const wordConditions = words.map((forms, w) => {
    const aliasConditions: string[] = [];
    const nameConditions: string[] = [];
    forms.forEach((form, f) => {
      const p = `w${w}f${f}`;
      const key = literal(form);
      const patterns = contains ? [`%${key}%`] : [key, `${key} %`, `% ${key}`, `% ${key} %`];
      patterns.forEach((pattern, i) => {
        params[`${p}p${i}`] = pattern;
        aliasConditions.push(`${normalized} LIKE :${p}p${i} ESCAPE '\\'`);
        nameConditions.push(`${actorName} LIKE :${p}p${i} ESCAPE '\\'`);
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
