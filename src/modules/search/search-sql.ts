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
  /** What the hits must contain: words of the query, and the names of the weapons it names (never empty). */
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

/**
 * A score rounded to 6 decimals, half up (scores are never negative), so that equal scores compare equal
 * in the keyset. PostgreSQL rounds in double precision: ROUND on numeric cost more than ranking itself.
 */
function rounded(dataSource: DataSource, expression: string): string {
  return isPostgres(dataSource) ? `FLOOR(CAST(${expression} AS double precision) * 1000000 + 0.5) / 1000000` : `ROUND(${expression}, 6)`;
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

/** A kind's page before its snippets: `matched` is true when the row matched the words, not only an actor's name. */
interface PageRow {
  id: number;
  score: number;
  snippet: string | null;
  matched: boolean;
}

/**
 * The page of one kind between the cursors. The kind's hits come as disjoint sets of rows (`id`,
 * `score`, `matched`): the rows the words match that no named actor reaches, and the rows a named
 * actor reaches (with their word score, if any, plus the bonus). Each set is ranked and cut to the
 * page on its own, then the best of those make the page: the same rows as ranking the whole union,
 * without reading the row of every match (a common word matches thousands). `details` selects the
 * page's columns from `h`, joined to the kind's table by `join`.
 */
async function pageOf(
  dataSource: DataSource, type: SearchHitKind, sets: string[], params: Record<string, unknown>, input: SearchInput, details: { select: string; join?: string },
): Promise<PageRow[]> {
  const rank = SEARCH_HIT_TYPES.indexOf(type);
  const order = input.backward ? "h.score ASC, h.id DESC" : "h.score DESC, h.id ASC";
  const between = `${afterKeyset(rank, input.after)} AND ${beforeKeyset(rank, input.before)}`;
  const pages = sets.map((set, i) => `SELECT * FROM (SELECT h.id, h.score, h.matched FROM (${set}) h WHERE ${between} ORDER BY ${order} LIMIT :limit) p${i}`);
  const page = `SELECT h.id, h.score, h.matched FROM (${pages.join(" UNION ALL ")}) h ORDER BY ${order} LIMIT :limit`;
  const all = {
    ...params, limit: input.limit,
    afterScore: input.after?.score, afterId: input.after?.id, beforeScore: input.before?.score, beforeId: input.before?.id,
  };
  if (input.totals) {
    const counts = sets.map((set) => `(SELECT COUNT(*) FROM (${set}) h)`).join(" + ");
    const [count, countValues] = dataSource.driver.escapeQueryWithParameters(`SELECT ${counts} AS total`, params);
    input.totals[type] = Number(((await dataSource.query(count, countValues)) as { total: number | string }[])[0].total);
  }
  const [query, values] = dataSource.driver.escapeQueryWithParameters(`SELECT ${details.select} FROM (${page}) h ${details.join ?? ""}`, all);
  const rows: { id: number | string; score: number | string; snippet: string | null; matched?: unknown }[] = await dataSource.query(query, values);
  return rows.map((r) => ({ id: Number(r.id), score: Number(r.score), snippet: r.snippet, matched: r.matched === 1 || r.matched === true }));
}

/**
 * SQLite: snippets for the rows of the page that matched the words, made only for them: made inside
 * the ranking query, there would be one snippet per match. `+rowid` keeps the ids a filter on the
 * matches: handed to FTS5 as a constraint, each id would run the whole MATCH again.
 */
async function withFts5Snippets(dataSource: DataSource, rows: PageRow[], match: unknown, table: string, column: number): Promise<ScoredRow[]> {
  const matched = rows.filter((r) => r.matched).map((r) => r.id);
  const snippets = new Map<number, string>();
  if (matched.length) {
    const [query, values] = dataSource.driver.escapeQueryWithParameters(
      `SELECT rowid AS id, snippet(${table}, ${column}, char(2), char(3), '…', 24) AS snippet FROM ${table} WHERE ${table} MATCH :match AND +rowid IN (:...ids)`,
      { match, ids: matched },
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

/**
 * The two sets of a full-text kind (see pageOf), PostgreSQL: the rows of `table` (alias `t`) whose
 * search_vector matches, ranked by ts_rank, and those `byActor` picks (NULL, for a statement without a
 * speaker, picks none), with the bonus.
 */
function postgresSets(dataSource: DataSource, table: string, tsQuery: string, byActor: string | null): string[] {
  const matches = `t.search_vector @@ ${tsQuery}`;
  const rank = `ts_rank(t.search_vector, ${tsQuery})`;
  if (!byActor) return [`SELECT t.id AS id, ${rounded(dataSource, rank)} AS score, TRUE AS matched FROM ${table} t WHERE ${matches}`];
  return [
    `SELECT t.id AS id, ${rounded(dataSource, rank)} AS score, TRUE AS matched FROM ${table} t WHERE ${matches} AND NOT COALESCE(${byActor}, FALSE)`,
    `SELECT t.id AS id, ${rounded(dataSource, `CAST(CASE WHEN ${matches} THEN ${rank} ELSE 0 END AS double precision) + ${ACTOR_BONUS}`)} AS score, ${matches} AS matched
      FROM ${table} t WHERE ${byActor}`,
  ];
}

/**
 * The two sets of a full-text kind (see pageOf), SQLite: the rows `fts` matches that `actorRows` (SQL of
 * their ids) leaves out, ranked by bm25, and the rows of `table` in `actorRows`, with the bonus
 * (`+rowid`: see withFts5Snippets).
 */
function fts5Sets(dataSource: DataSource, table: string, fts: string, bm25: string, actorRows: string | null): string[] {
  const ranked = `SELECT rowid AS id, ${rounded(dataSource, `-${bm25}`)} AS score, 1 AS matched FROM ${fts} WHERE ${fts} MATCH :match`;
  if (!actorRows) return [ranked];
  return [
    `${ranked} AND rowid NOT IN (${actorRows})`,
    `WITH m AS MATERIALIZED (SELECT rowid AS id, -${bm25} AS rank FROM ${fts} WHERE ${fts} MATCH :match AND +rowid IN (${actorRows}))
      SELECT t.id AS id, ${rounded(dataSource, `COALESCE(m.rank, 0) + ${ACTOR_BONUS}`)} AS score, m.id IS NOT NULL AS matched
      FROM ${table} t LEFT JOIN m ON m.id = t.id WHERE t.id IN (${actorRows})`,
  ];
}

/** Statements whose text contains every word (ranked by bm25 / ts_rank) or whose speaker the query names. */
export async function statementRows(dataSource: DataSource, input: SearchInput): Promise<ScoredRow[]> {
  const { params, tsQuery } = textSearch(input);
  const named = input.actorIds.length > 0;
  if (isPostgres(dataSource)) {
    const sets = postgresSets(dataSource, "statements", tsQuery, named ? `t."speakerId" IN (:...actorIds)` : null);
    const snippet = `CASE WHEN h.matched THEN ts_headline(${POSTGRES_CONFIG("s.language")}, translate(s.text, '<>', :angles), ${tsQuery}, :headline) ELSE s.text END`;
    return pageOf(dataSource, "STATEMENT", sets, params, input, { select: `h.id, h.score, ${snippet} AS snippet`, join: "JOIN statements s ON s.id = h.id" });
  }
  const sets = fts5Sets(dataSource, "statements", "statements_fts", "bm25(statements_fts)", named ? `SELECT id FROM statements WHERE "speakerId" IN (:...actorIds)` : null);
  const rows = await pageOf(dataSource, "STATEMENT", sets, params, input, { select: "h.id, h.score, h.matched, s.text AS snippet", join: "JOIN statements s ON s.id = h.id" });
  return withFts5Snippets(dataSource, rows, params.match, "statements_fts", 0);
}

/** Articles whose title or body contains every word (title weighs more) or that mention an actor the query names. */
export async function articleRows(dataSource: DataSource, input: SearchInput): Promise<ScoredRow[]> {
  const { params, tsQuery } = textSearch(input);
  const mentioning = input.actorIds.length ? `SELECT "articleId" FROM mentions WHERE "actorId" IN (:...actorIds)` : null;
  if (isPostgres(dataSource)) {
    const sets = postgresSets(dataSource, "articles", tsQuery, mentioning && `t.id IN (${mentioning})`);
    const snippet = `CASE WHEN h.matched THEN ts_headline(${POSTGRES_CONFIG("a.language")}, translate(a.body, '<>', :angles), ${tsQuery}, :headline) END`;
    return pageOf(dataSource, "ARTICLE", sets, params, input, { select: `h.id, h.score, ${snippet} AS snippet`, join: "JOIN articles a ON a.id = h.id" });
  }
  const sets = fts5Sets(dataSource, "articles", "articles_fts", "bm25(articles_fts, 2.0, 1.0)", mentioning);
  const rows = await pageOf(dataSource, "ARTICLE", sets, params, input, { select: "h.id, h.score, h.matched, NULL AS snippet" });
  return withFts5Snippets(dataSource, rows, params.match, "articles_fts", -1);
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
  const set = `SELECT d.id AS id, ${rounded(dataSource, score)} AS score, FALSE AS matched FROM deals d WHERE ${byActor} OR (${text})`;
  return pageOf(dataSource, "DEAL", [set], params, input, { select: "h.id, h.score, NULL AS snippet" });
}
