import { In, type DataSource } from "typeorm";
import { findActorIdsByName } from "../actor/find-actor-ids-by-name";
import { Actor } from "../actor/actor.entity";
import { Article } from "../article/article.entity";
import { Mention } from "../article/mention.entity";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { MAX_PAGE_SIZE } from "../common/page-args";
import { userInputError } from "../common/user-input-error";
import { Deal } from "../deal/deal.entity";
import { Statement } from "../statement/statement.entity";
import { readByIds } from "../../db/read-by-ids";
import { excerptAround, markSnippet, MARK_END, MARK_START } from "./search-snippet";
import {
  ACTOR_BONUS, articleRows, dealRows, SEARCH_HIT_TYPES, statementRows,
  type ScoredRow, type SearchHitKind, type SearchInput, type SearchPosition,
} from "./search-sql";
import { searchFingerprint, searchTerms, termWords, type SearchTerm } from "./search-terms";

/** One search result: its kind, the row it found, a highlighted snippet (HTML, matches in `<mark>`) and its relevance. */
export interface SearchHitResult {
  type: SearchHitKind;
  score: number;
  snippet: string;
  node: Statement | Article | Actor | Deal;
  cursor: string;
}

export interface SearchRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** Kinds of hits wanted; all kinds when absent or empty. */
  types?: readonly SearchHitKind[] | null;
  /** Count every hit (totalCount): one more statement per kind. */
  counted?: boolean;
}

/** A page of hits, whether more lie beyond it on the side it was read from, and the number of all hits when counted. */
export interface SearchPage {
  hits: SearchHitResult[];
  hasMore: boolean;
  totalCount?: number;
}

/**
 * One page of full-text search hits over statements, articles, actors and deals, in a stable
 * order: score descending, then kind (statement, article, actor, deal), then id. A query that
 * names an actor in any script or spelling also finds that actor's statements, the articles that
 * mention it and its deals. User words are never read as search syntax. Pages go forward
 * (first/after) or backward (last/before), like every connection.
 */
export async function searchPage(dataSource: DataSource, query: string, request: SearchRequest = {}): Promise<SearchPage> {
  if (request.first != null && request.last != null) {
    throw userInputError("last", `Give "first" (with "after") to page forward or "last" (with "before") to page backward, not both.`);
  }
  const backward = request.last != null;
  const argument = backward ? "last" : "first";
  const limit = (backward ? request.last : request.first) ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw userInputError(argument, `Argument "${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${limit}); fetch further pages with "${backward ? "before" : "after"}".`);
  }
  const types = request.types?.length ? [...new Set(request.types)] : [...SEARCH_HIT_TYPES];
  const terms = searchTerms(query);
  const order = `search:${searchFingerprint(terms, types)}`;
  const after = request.after ? positionOf("after", decodeCursor("after", order, request.after)) : null;
  const before = request.before ? positionOf("before", decodeCursor("before", order, request.before)) : null;
  if (!terms.length) return { hits: [], hasMore: false, totalCount: request.counted ? 0 : undefined };

  const actorIds = await findActorIdsByName(dataSource, query);
  const totals: Partial<Record<SearchHitKind, number>> = {};
  const input: SearchInput = { terms, actorIds, after, before, backward, limit: limit + 1, totals: request.counted ? totals : undefined };
  const finders: Record<SearchHitKind, () => Promise<ScoredRow[]>> = {
    STATEMENT: () => statementRows(dataSource, input),
    ARTICLE: () => articleRows(dataSource, input),
    ACTOR: async () => {
      totals.ACTOR = actorIds.length;
      return actorRows(actorIds, after, before);
    },
    DEAL: () => dealRows(dataSource, input),
  };
  const found = await Promise.all(types.map(async (type) => (await finders[type]()).map((row) => ({ type, row }))));
  const forward = (a: { type: SearchHitKind; row: ScoredRow }, b: { type: SearchHitKind; row: ScoredRow }) => b.row.score - a.row.score
    || SEARCH_HIT_TYPES.indexOf(a.type) - SEARCH_HIT_TYPES.indexOf(b.type) || a.row.id - b.row.id;
  const ranked = found.flat().sort(backward ? (a, b) => forward(b, a) : forward);
  const read = ranked.slice(0, limit);
  const page = backward ? read.reverse() : read;
  const nodes = await loadNodes(dataSource, page);
  const articleExcerpts = await mentionExcerpts(dataSource, page.filter((h) => h.type === "ARTICLE" && h.row.snippet === null), nodes, actorIds);
  const hits = page.map(({ type, row }) => {
    const node = nodes.get(`${type}:${row.id}`)!;
    const position = { value: `${SEARCH_HIT_TYPES.indexOf(type)}|${row.score}`, id: row.id };
    return { type, score: row.score, node, snippet: snippetOf(type, row, node, terms, articleExcerpts), cursor: encodeCursor(order, position) };
  });
  const totalCount = request.counted ? types.reduce((sum, type) => sum + (totals[type] ?? 0), 0) : undefined;
  return { hits, hasMore: ranked.length > limit, totalCount };
}

function positionOf(argument: "after" | "before", cursor: { value: string | number; id: number }): SearchPosition {
  const [type, score] = String(cursor.value).split("|").map(Number);
  if (!Number.isInteger(type) || !Number.isFinite(score)) throw userInputError(argument, `Argument "${argument}" is not a cursor of this search.`);
  return { type, score, id: cursor.id };
}

/** The actors the query names, as hits of equal score between the cursors. */
function actorRows(actorIds: number[], after: SearchPosition | null, before: SearchPosition | null): ScoredRow[] {
  const type = SEARCH_HIT_TYPES.indexOf("ACTOR");
  return [...actorIds].sort((a, b) => a - b)
    .filter((id) => !after || ACTOR_BONUS < after.score || (ACTOR_BONUS === after.score && (type > after.type || (type === after.type && id > after.id))))
    .filter((id) => !before || ACTOR_BONUS > before.score || (ACTOR_BONUS === before.score && (type < before.type || (type === before.type && id < before.id))))
    .map((id) => ({ id, score: ACTOR_BONUS, snippet: null }));
}

/** The rows of the page's hits, one read per kind, past TypeORM's hydration (readByIds). */
async function loadNodes(dataSource: DataSource, page: { type: SearchHitKind; row: ScoredRow }[]): Promise<Map<string, SearchHitResult["node"]>> {
  const entities = { STATEMENT: Statement, ARTICLE: Article, ACTOR: Actor, DEAL: Deal } as const;
  const nodes = new Map<string, SearchHitResult["node"]>();
  await Promise.all(SEARCH_HIT_TYPES.map(async (type) => {
    const ids = page.filter((h) => h.type === type).map((h) => h.row.id);
    if (!ids.length) return;
    const rows = await readByIds<{ id: number }>(dataSource, entities[type], ids);
    for (const row of rows) nodes.set(`${type}:${row.id}`, row as SearchHitResult["node"]);
  }));
  return nodes;
}

/** For articles found only through an actor's name: the first place each one names that actor, marked. */
async function mentionExcerpts(
  dataSource: DataSource, hits: { row: ScoredRow }[], nodes: Map<string, SearchHitResult["node"]>, actorIds: number[],
): Promise<Map<number, string>> {
  const excerpts = new Map<number, string>();
  if (!hits.length || !actorIds.length) return excerpts;
  const mentions = await dataSource.getRepository(Mention).find({
    where: { articleId: In(hits.map((h) => h.row.id)), actorId: In(actorIds) },
    order: { startOffset: "ASC" },
  });
  for (const m of mentions) {
    const article = nodes.get(`ARTICLE:${m.articleId}`) as Article | undefined;
    if (article && !excerpts.has(m.articleId)) excerpts.set(m.articleId, excerptAround(article.body, m.startOffset, m.endOffset));
  }
  return excerpts;
}

function snippetOf(type: SearchHitKind, row: ScoredRow, node: SearchHitResult["node"], terms: SearchTerm[], excerpts: Map<number, string>): string {
  if (row.snippet !== null) return markSnippet(row.snippet);
  if (type === "ARTICLE") return excerpts.get(row.id) ?? markSnippet((node as Article).body);
  if (type === "ACTOR") return markSnippet(`${MARK_START}${(node as Actor).name}${MARK_END}`);
  const deal = node as Deal;
  return markSnippet(markTerms([deal.designation, deal.items.join(", "), deal.valueText].filter(Boolean).join(" · "), terms));
}

/** Wraps each occurrence of the terms' words and weapon names (case-insensitive, longest first) in marks. */
function markTerms(text: string, terms: SearchTerm[]): string {
  const texts = [...termWords(terms), ...terms.flatMap((t) => t.spellings)].sort((a, b) => b.length - a.length);
  const escaped = texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return escaped.length ? text.replace(new RegExp(escaped.join("|"), "giu"), (m) => `${MARK_START}${m}${MARK_END}`) : text;
}
