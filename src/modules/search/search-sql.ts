import type { DataSource } from "typeorm";
import { fts5Expression, postgresTsQuery, type SearchTerm } from "./search-terms";
import { ANGLE_STAND_INS, MARK_END, MARK_START } from "./search-snippet";

/** The kinds of search hits, in the order that breaks ties between equal scores. */
export const SEARCH_HIT_TYPES = ["STATEMENT", "ARTICLE", "ACTOR", "DEAL"] as const;
export type SearchHitKind = (typeof SEARCH_HIT_TYPES)[number];

/** Where the previous page ended: score, then type (index in SEARCH_HIT_TYPES), then id. */
export interface SearchPosition {
  score: number;
  type: number;
  id: number;
}

/** What one kind of hit is looked for with. */
export interface SearchInput {
  /** What the hits must contain: words of the query, and the names of the weapons it names. */
  terms: SearchTerm[];
  /** Actors the whole query names: their statements, mentions and deals are hits too. */
  actorIds: number[];
  after: SearchPosition | null;
  before: SearchPosition | null;
  /** Read from the end of the window (`last`): the kind's rows in the reversed order. */
  backward: boolean;
  limit: number;
  /** When given (totalCount selected), each kind also counts all its hits, whatever the cursors, into it. */
  totals?: Partial<Record<SearchHitKind, number>>;
}

/** One hit before its node is loaded; `snippet` is raw text with MARK_START/MARK_END, or null when the row matched only through an actor. */
export interface ScoredRow {
  id: number;
  score: number;
  snippet: string | null;
}

/** Relevance added to a row that the query reaches through an actor's name (speaker, mention, supplier or recipient). */
export const ACTOR_BONUS = 1;
/** Relevance of a deal whose designation, items, description or comments contain every word. */
const DEAL_TEXT_SCORE = 0.5;

const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const POSTGRES_CONFIG = (column: string) =>
  `CASE ${column} WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END`;

function isPostgres(dataSource: DataSource): boolean {
  return dataSource.options.type === "postgres";
}

function rounded(dataSource: DataSource, expression: string): string {
  return isPostgres(dataSource) ? `ROUND(CAST(${expression} AS numeric), 6)` : `ROUND(${expression}, 6)`;
}

/** Rows after the cursor for a kind whose tie-break rank is `type`: lower score, or equal score and later in (type, id). */
function afterKeyset(type: number, after: SearchPosition | null): string {
  if (!after) return "TRUE";
  if (type > after.type) return "h.score <= :afterScore";
  if (type < after.type) return "h.score < :afterScore";
  return "(h.score < :afterScore OR (h.score = :afterScore AND h.id > :afterId))";
}

/** Rows before the cursor for a kind whose tie-break rank is `type`: higher score, or equal score and earlier in (type, id). */
function beforeKeyset(type: number, before: SearchPosition | null): string {
  if (!before) return "TRUE";
  if (type < before.type) return "h.score >= :beforeScore";
  if (type > before.type) return "h.score > :beforeScore";
  return "(h.score > :beforeScore OR (h.score = :beforeScore AND h.id < :beforeId))";
}

async function pageOf(
  dataSource: DataSource, type: SearchHitKind, inner: string, select: string, params: Record<string, unknown>, input: SearchInput,
): Promise<(ScoredRow & { matched: boolean })[]> {
  const rank = SEARCH_HIT_TYPES.indexOf(type);
  const order = input.backward ? "h.score ASC, h.id DESC" : "h.score DESC, h.id ASC";
  const sql = `SELECT ${select} FROM (${inner}) h WHERE ${afterKeyset(rank, input.after)} AND ${beforeKeyset(rank, input.before)} ORDER BY ${order} LIMIT :limit`;
  const all = {
    ...params, limit: input.limit,
    afterScore: input.after?.score, afterId: input.after?.id, beforeScore: input.before?.score, beforeId: input.before?.id,
  };
  if (input.totals) {
    const [count, countValues] = dataSource.driver.escapeQueryWithParameters(`SELECT COUNT(*) AS total FROM (${inner}) h`, params);
    input.totals[type] = Number(((await dataSource.query(count, countValues)) as { total: number | string }[])[0].total);
  }
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, all);
  const rows: { id: number | string; score: number | string; snippet: string | null; matched?: unknown }[] = await dataSource.query(query, values);
  return rows.map((r) => ({ id: Number(r.id), score: Number(r.score), snippet: r.snippet, matched: r.matched === 1 || r.matched === true }));
}

/**
 * SQLite: the page of an FTS5-ranked kind, with snippets made only for the rows on the page. Made
 * inside the ranking query, there was one snippet per match, and a common word matches thousands
 * of rows. `inner` gives `matched` (1 when the row matched the words) and `snippet` for the others.
 */
async function fts5PageOf(
  dataSource: DataSource, type: SearchHitKind, inner: string, params: Record<string, unknown>, input: SearchInput, table: string, column: number,
): Promise<ScoredRow[]> {
  const rows = await pageOf(dataSource, type, inner, "h.id, h.score, h.snippet, h.matched", params, input);
  const matched = rows.filter((r) => r.matched).map((r) => r.id);
  const snippets = new Map<number, string>();
  if (matched.length) {
    const [query, values] = dataSource.driver.escapeQueryWithParameters(
      `SELECT rowid AS id, snippet(${table}, ${column}, char(2), char(3), '…', 24) AS snippet FROM ${table} WHERE ${table} MATCH :match AND rowid IN (:...ids)`,
      { match: params.match, ids: matched },
    );
    for (const r of (await dataSource.query(query, values)) as { id: number; snippet: string }[]) snippets.set(Number(r.id), r.snippet);
  }
  return rows.map(({ id, score, snippet, matched: isMatch }) => ({ id, score, snippet: isMatch ? snippets.get(id) ?? snippet : snippet }));
}

/**
 * The query of a full-text kind: its parameters (the actors, the FTS5 expression as :match, the words of
 * the PostgreSQL tsquery, the snippet options) and, for PostgreSQL, the tsquery's SQL.
 */
function textSearch(input: SearchInput): { params: Record<string, unknown>; tsQuery: string } {
  const postgres = postgresTsQuery(input.terms);
  return {
    params: { actorIds: input.actorIds, match: fts5Expression(input.terms), ...postgres.params, headline: HEADLINE_OPTIONS, angles: ANGLE_STAND_INS },
    tsQuery: postgres.sql,
  };
}

/** Statements whose text contains every word (ranked by bm25 / ts_rank) or whose speaker the query names. */
export function statementRows(dataSource: DataSource, input: SearchInput): Promise<ScoredRow[]> {
  const byActor = input.actorIds.length ? `s."speakerId" IN (:...actorIds)` : "FALSE";
  const { params, tsQuery } = textSearch(input);
  const bonus = `(CASE WHEN ${byActor} THEN ${ACTOR_BONUS} ELSE 0 END)`;
  if (isPostgres(dataSource)) {
    const matched = input.terms.length ? `s.search_vector @@ ${tsQuery}` : "FALSE";
    const inner = `SELECT s.id AS id, s.language AS language, s.text AS text, (${matched}) AS matched,
      ${rounded(dataSource, `(CASE WHEN ${matched} THEN ts_rank(s.search_vector, ${tsQuery}) ELSE 0 END) + ${bonus}`)} AS score
      FROM statements s WHERE ${matched} OR ${byActor}`;
    const select = `h.id, h.score, CASE WHEN h.matched THEN ts_headline(${POSTGRES_CONFIG("h.language")}, translate(h.text, '<>', :angles), ${tsQuery}, :headline) ELSE h.text END AS snippet`;
    return pageOf(dataSource, "STATEMENT", inner, select, params, input);
  }
  const match = input.terms.length
    ? `SELECT rowid AS id, -bm25(statements_fts) AS rank FROM statements_fts WHERE statements_fts MATCH :match`
    : "SELECT 0 AS id, 0 AS rank WHERE FALSE";
  const byActorIds = input.actorIds.length ? `UNION SELECT s.id FROM statements s WHERE ${byActor}` : "";
  const inner = `WITH m AS MATERIALIZED (${match}), found AS (SELECT id FROM m ${byActorIds})
    SELECT s.id AS id, ${rounded(dataSource, `COALESCE(m.rank, 0) + ${bonus}`)} AS score, s.text AS snippet, m.id IS NOT NULL AS matched
    FROM found JOIN statements s ON s.id = found.id LEFT JOIN m ON m.id = s.id`;
  return fts5PageOf(dataSource, "STATEMENT", inner, params, input, "statements_fts", 0);
}

/** Articles whose title or body contains every word (title weighs more) or that mention an actor the query names. */
export function articleRows(dataSource: DataSource, input: SearchInput): Promise<ScoredRow[]> {
  const byActor = input.actorIds.length ? `a.id IN (SELECT "articleId" FROM mentions WHERE "actorId" IN (:...actorIds))` : "FALSE";
  const { params, tsQuery } = textSearch(input);
  const bonus = `(CASE WHEN ${byActor} THEN ${ACTOR_BONUS} ELSE 0 END)`;
  if (isPostgres(dataSource)) {
    const matched = input.terms.length ? `a.search_vector @@ ${tsQuery}` : "FALSE";
    const inner = `SELECT a.id AS id, a.language AS language, a.body AS body, (${matched}) AS matched,
      ${rounded(dataSource, `(CASE WHEN ${matched} THEN ts_rank(a.search_vector, ${tsQuery}) ELSE 0 END) + ${bonus}`)} AS score
      FROM articles a WHERE ${matched} OR ${byActor}`;
    const select = `h.id, h.score, CASE WHEN h.matched THEN ts_headline(${POSTGRES_CONFIG("h.language")}, translate(h.body, '<>', :angles), ${tsQuery}, :headline) END AS snippet`;
    return pageOf(dataSource, "ARTICLE", inner, select, params, input);
  }
  const match = input.terms.length
    ? `SELECT rowid AS id, -bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH :match`
    : "SELECT 0 AS id, 0 AS rank WHERE FALSE";
  const byActorIds = input.actorIds.length ? `UNION SELECT "articleId" FROM mentions WHERE "actorId" IN (:...actorIds)` : "";
  const inner = `WITH m AS MATERIALIZED (${match}), found AS (SELECT id FROM m ${byActorIds})
    SELECT a.id AS id, ${rounded(dataSource, `COALESCE(m.rank, 0) + ${bonus}`)} AS score, NULL AS snippet, m.id IS NOT NULL AS matched
    FROM found JOIN articles a ON a.id = found.id LEFT JOIN m ON m.id = a.id`;
  return fts5PageOf(dataSource, "ARTICLE", inner, params, input, "articles_fts", -1);
}

/** The SQL of "one of the deal's text columns contains this" (lower-cased :name, or as written :nameAsWritten for letters LOWER does not fold). */
function dealTextContains(name: string): string {
  return `(${["d.designation", "d.description", "d.items", "d.comments"].map((c) => `LOWER(COALESCE(${c}, '')) LIKE :${name} OR COALESCE(${c}, '') LIKE :${name}AsWritten`).join(" OR ")})`;
}

/**
 * Deals whose designation, items, description or comments contain every term (a weapon's term: its
 * words, or any of its names), or whose supplier or recipient the query names.
 */
export function dealRows(dataSource: DataSource, input: SearchInput): Promise<ScoredRow[]> {
  const byActor = input.actorIds.length ? `(d."supplierId" IN (:...actorIds) OR d."recipientId" IN (:...actorIds))` : "FALSE";
  const params: Record<string, unknown> = { actorIds: input.actorIds };
  const contains = (text: string) => {
    const name = `t${Object.keys(params).length}`;
    params[name] = `%${text.toLowerCase()}%`;
    params[`${name}AsWritten`] = `%${text}%`;
    return dealTextContains(name);
  };
  const text = input.terms.length
    ? input.terms.map((term) => `(${[`(${term.words.map(contains).join(" AND ")})`, ...term.spellings.map(contains)].join(" OR ")})`).join(" AND ")
    : "FALSE";
  const score = `(CASE WHEN ${byActor} THEN ${ACTOR_BONUS} ELSE 0 END) + (CASE WHEN ${text} THEN ${DEAL_TEXT_SCORE} ELSE 0 END)`;
  const inner = `SELECT d.id AS id, ${rounded(dataSource, score)} AS score, NULL AS snippet FROM deals d WHERE ${byActor} OR (${text})`;
  return pageOf(dataSource, "DEAL", inner, "h.id, h.score, h.snippet", params, input);
}
