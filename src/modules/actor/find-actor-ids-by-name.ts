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

/** The SQL of "`text` contains `needle`" (a parameter), literally: `instr` on SQLite, `strpos` on PostgreSQL. */
function containsSql(dataSource: DataSource, text: string, needle: string): string {
  return dataSource.options.type === "postgres" ? `strpos(${text}, ${needle}) > 0` : `instr(${text}, ${needle}) > 0`;
}

/**
 * A key as SQLite's LIKE compares it, which folds ASCII case only: the text it is looked for in is
 * lower-cased (LOWER folds ASCII on SQLite), so the key is too. PostgreSQL's LIKE is case-sensitive.
 */
function comparable(dataSource: DataSource, key: string): string {
  return dataSource.options.type === "postgres" ? key : key.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The longest start all the forms share. */
function commonPrefix(forms: string[]): string {
  return forms.reduce((prefix, form) => {
    let i = 0;
    while (i < prefix.length && i < form.length && prefix[i] === form[i]) i++;
    return prefix.slice(0, i);
  });
}

/**
 * Ids of the actors a name designates, in any script: every word of the name (or a nominative
 * form of it, so "Алиевым" counts as "Алиев") is a whole word of one of the actor's aliases or of
 * its canonical name ("Алиев" finds "Ильхам Алиев"). With `contains`, the folded name may
 * instead be any substring of an alias or of the name.
 *
 * A whole word is found as " word " inside the text padded with a space on each side: one substring
 * test per form rather than four LIKE patterns (the word alone, first, last, in the middle), which
 * is what the search field spends most of its time on for a Russian word with its case forms.
 */
export async function findActorIdsByName(dataSource: DataSource, name: string, contains = false): Promise<number[]> {
  const words = contains ? [[normalizeName(name)]].filter(([key]) => key) : nameSearchWords(name);
  if (!words.length) return [];
  const lower = (column: string) => (dataSource.options.type === "postgres" ? column : `LOWER(${column})`);
  const padded = (text: string) => (contains ? text : `(' ' || ${text} || ' ')`);
  const normalized = lower(columnSql(dataSource, "alias", "normalized"));
  const actorName = `LOWER(${columnSql(dataSource, "actor", "name")})`;
  const params: Record<string, string> = {};
  const wordConditions = words.map((forms, w) => {
    const keys = forms.map((form, f) => {
      params[`w${w}f${f}`] = comparable(dataSource, contains ? form : ` ${form} `);
      return `:w${w}f${f}`;
    });
    params[`w${w}stem`] = comparable(dataSource, commonPrefix(forms));
    // The forms' common stem first: one cheap test that most rows fail, before the padded text is built.
    const test = (text: string) => `(${containsSql(dataSource, text, `:w${w}stem`)} AND (${keys.map((key) => containsSql(dataSource, padded(text), key)).join(" OR ")}))`;
    const aliases = dataSource.getRepository(ActorAlias).createQueryBuilder("alias")
      .select(columnSql(dataSource, "alias", "actorId"))
      .where(test(normalized));
    return `(${test(actorName)} OR ${columnSql(dataSource, "actor", "id")} IN (${aliases.getQuery()}))`;
  });
  const rows: { id: number | string }[] = await dataSource.getRepository(Actor).createQueryBuilder("actor")
    .select(columnSql(dataSource, "actor", "id"), "id")
    .where(wordConditions.join(" AND "))
    .setParameters(params)
    .getRawMany();
  return rows.map((r) => Number(r.id));
}
