import type { EntityManager } from "typeorm";
import { namedQuery } from "../db/named-query";
import { loadKnowledgeBase } from "../knowledge";
import type { KnowledgeBase } from "../knowledge/types";
import { isSameUtterance, utteranceSignals, type UtteranceSignals } from "./link-utterances-signals";

/** Reports of the same words are at most this many days apart (saidOn when known to the day, else publication). */
export const UTTERANCE_WINDOW_DAYS = 3;

/** A statement as the grouping compares it. */
export interface Report {
  id: number;
  articleId: number;
  speakerId: number;
  language: string;
  text: string;
  startOffset: number;
  endOffset: number;
  /** `YYYY-MM-DD`: saidOn when known to the day, else the article's publication date. */
  day: string;
}

interface MentionRow {
  articleId: number;
  startOffset: number;
  key: string;
}

type Query = (sql: string, parameters?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

const REPORT_COLUMNS = `s.id AS id, s."articleId" AS "articleId", s."speakerId" AS "speakerId", s.language AS language, s.text AS text,
  s."startOffset" AS "startOffset", s."endOffset" AS "endOffset",
  CASE WHEN s."saidOnPrecision" = 'DAY' THEN s."saidOn" ELSE a."publishedAt" END AS day`;
const DAY_SQL = `CASE WHEN s."saidOnPrecision" = 'DAY' THEN s."saidOn" ELSE a."publishedAt" END`;

function toReport(row: Record<string, unknown>): Report {
  return {
    id: Number(row.id), articleId: Number(row.articleId), speakerId: Number(row.speakerId), language: String(row.language),
    text: String(row.text), startOffset: Number(row.startOffset), endOffset: Number(row.endOffset), day: String(row.day).slice(0, 10),
  };
}

let defaultKnowledgeBase: KnowledgeBase | null | undefined;

/** The bundled knowledge base, or null when it cannot be read (stored mentions still name the actors then). */
function bundledKnowledgeBase(): KnowledgeBase | null {
  if (defaultKnowledgeBase === undefined) {
    try {
      defaultKnowledgeBase = loadKnowledgeBase();
    } catch {
      defaultKnowledgeBase = null;
    }
  }
  return defaultKnowledgeBase;
}

/**
 * Groups the given (just stored) statements with earlier reports of the same utterance, inside
 * the caller's transaction: same speaker, other article, dates at most three days apart, and the
 * same words (same language) or the same numbers, weapon designations, actors and proper names
 * (any language). Linked statements share a `statement_groups.groupId`, the smallest statement id
 * of the group; groups that a new statement bridges are merged. Call it after the article's
 * mentions are stored. `kb` defaults to the bundled knowledge base, read only when there is
 * something to compare. Returns the number of statements that joined a group.
 */
export async function linkUtterances(
  manager: EntityManager, statementIds: readonly number[], kb?: Pick<KnowledgeBase, "findMentions"> | null,
): Promise<number> {
  if (!statementIds.length) return 0;
  const fresh = (await namedQuery(manager, `SELECT ${REPORT_COLUMNS} FROM statements s JOIN articles a ON a.id = s."articleId"
    WHERE s.id IN (:...ids) AND s."speakerId" IS NOT NULL AND ${DAY_SQL} IS NOT NULL ORDER BY s.id`, { ids: [...statementIds] })).map(toReport);
  return linkReports(manager, fresh, statementIds, kb);
}

/**
 * linkUtterances for a writer that knows what it just stored: `fresh` are the reports among `statementIds`
 * that have a speaker and a day (as linkUtterances would read them back), in id order; one read fewer.
 */
export async function linkReports(
  manager: EntityManager, fresh: Report[], statementIds: readonly number[], kb?: Pick<KnowledgeBase, "findMentions"> | null,
): Promise<number> {
  if (!fresh.length) return 0;
  const query: Query = (sql, parameters) => namedQuery(manager, sql, parameters);
  const days = fresh.map((r) => r.day).sort();
  // The report's day is saidOn when known to the day, else the article's date: read as two parts, each
  // by an index on its day (the speaker's statements by saidOn; the window's articles by publishedAt, then their
  // statements), not every statement the speaker ever made.
  const earlier = (await query(`SELECT ${REPORT_COLUMNS} FROM statements s JOIN articles a ON a.id = s."articleId"
    WHERE s."speakerId" IN (:...speakers) AND s.id NOT IN (:...ids) AND s."saidOnPrecision" = 'DAY' AND s."saidOn" >= :from AND s."saidOn" <= :to
    UNION ALL
    SELECT ${REPORT_COLUMNS} FROM articles a CROSS JOIN statements s
    WHERE s."articleId" = a.id AND a."publishedAt" >= :from AND a."publishedAt" <= :to
      AND s."speakerId" IN (:...speakers) AND s.id NOT IN (:...ids) AND (s."saidOnPrecision" IS NULL OR s."saidOnPrecision" <> 'DAY')`, {
    speakers: [...new Set(fresh.map((r) => r.speakerId))], ids: [...statementIds],
    from: shiftDay(days[0], -UTTERANCE_WINDOW_DAYS), to: shiftDay(days[days.length - 1], UTTERANCE_WINDOW_DAYS),
  })).map(toReport);
  if (!earlier.length) return 0;

  const signals = await signalsOf(query, [...fresh, ...earlier], kb === undefined ? bundledKnowledgeBase() : kb);
  const links = sameUtterancePairs(fresh, earlier, signals);
  if (!links.length) return 0;
  await mergeGroups(query, links);
  return new Set(links.map(([id]) => id)).size;
}

/**
 * A fresh report is linked to at most this many earlier ones: enough to join every group it bridges on
 * real pages, and a bound on a page that repeats one quotation thousands of times (4,000 identical quotes
 * against two earlier copies made 32 million links and held the server's thread for minutes).
 */
export const MAX_LINKS_PER_REPORT = 50;
/** At most this many candidates of a fresh report are compared in full: a bound on pages of thousands of alike quotes. */
const MAX_COMPARED_PER_REPORT = 1_000;

/**
 * The pairs (fresh, earlier) that report the same utterance. Candidates are found through an index of
 * the earlier reports' signal keys and words, counting what each shares with the fresh report, so only
 * pairs with at least two keys or three words in common are compared: a page of thousands of quotes no
 * longer compares every pair.
 */
function sameUtterancePairs(fresh: Report[], earlier: Report[], signals: Map<number, UtteranceSignals & { language: string }>): [number, number][] {
  const byKey = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, item: string, at: number) => {
    const list = index.get(item);
    if (list) list.push(at);
    else index.set(item, [at]);
  };
  earlier.forEach((other, at) => {
    const s = signals.get(other.id)!;
    for (const key of s.keys) add(byKey, key, at);
    for (const word of s.words) add(byWord, `${s.language}:${word}`, at);
  });
  const keysShared = new Uint32Array(earlier.length);
  const wordsShared = new Uint32Array(earlier.length);
  const links: [number, number][] = [];
  // reports with the same signals (a quotation the page repeats) have the same candidates: counted once
  const candidatesOf = new Map<string, number[]>();
  fresh.forEach((report, nth) => {
    const own = signals.get(report.id)!;
    const signature = `${own.language}\u0000${[...own.keys].sort().join("\u0001")}\u0000${[...own.words].sort().join("\u0001")}`;
    const candidates = candidatesOf.get(signature) ?? countedCandidates(own);
    candidatesOf.set(signature, candidates);
    // past the bound, each fresh report starts further along the candidates, so together they still reach every one
    const first = candidates.length > MAX_LINKS_PER_REPORT ? (nth * MAX_LINKS_PER_REPORT) % candidates.length : 0;
    let linked = 0;
    for (let k = 0; k < Math.min(candidates.length, MAX_COMPARED_PER_REPORT) && linked < MAX_LINKS_PER_REPORT; k++) {
      const other = earlier[candidates[(first + k) % candidates.length]];
      if (other.speakerId !== report.speakerId || other.articleId === report.articleId || daysApart(other.day, report.day) > UTTERANCE_WINDOW_DAYS) continue;
      if (isSameUtterance(own, signals.get(other.id)!)) {
        links.push([report.id, other.id]);
        linked++;
      }
    }
  });
  return links;

  /** The earlier reports sharing at least two signal keys or three words (same language) with `own`. */
  function countedCandidates(own: UtteranceSignals & { language: string }): number[] {
    const touched: number[] = [];
    const count = (counts: Uint32Array, list: number[] | undefined) => {
      for (const at of list ?? []) {
        if (keysShared[at] === 0 && wordsShared[at] === 0) touched.push(at);
        counts[at]++;
      }
    };
    for (const key of own.keys) count(keysShared, byKey.get(key));
    for (const word of own.words) count(wordsShared, byWord.get(`${own.language}:${word}`));
    // the most alike first: when more than MAX_COMPARED_PER_REPORT qualify, those sharing least are not compared
    const shared = (at: number) => 2 * keysShared[at] + wordsShared[at];
    const candidates = touched.filter((at) => keysShared[at] >= 2 || wordsShared[at] >= 3).sort((a, b) => shared(b) - shared(a) || a - b);
    for (const at of touched) keysShared[at] = wordsShared[at] = 0;
    return candidates;
  }
}

/** Signals of each report, with the actors that stored mentions name inside its span (the speaker left out). */
async function signalsOf(query: Query, reports: Report[], kb: Pick<KnowledgeBase, "findMentions"> | null): Promise<Map<number, UtteranceSignals & { language: string }>> {
  const mentions: MentionRow[] = (await query(`SELECT m."articleId" AS "articleId", m."startOffset" AS "startOffset", m."actorId" AS "actorId", ac."kbId" AS "kbId"
    FROM mentions m JOIN actors ac ON ac.id = m."actorId" WHERE m."articleId" IN (:...articles)`, { articles: [...new Set(reports.map((r) => r.articleId))] }))
    .map((m) => ({ articleId: Number(m.articleId), startOffset: Number(m.startOffset), key: m.kbId ? `kb:${m.kbId}` : `actor:${m.actorId}` }));
  const speakerKeys = new Map((await query(`SELECT id, "kbId" FROM actors WHERE id IN (:...ids)`, { ids: [...new Set(reports.map((r) => r.speakerId))] }))
    .map((a) => [Number(a.id), [a.kbId ? `kb:${a.kbId}` : `actor:${a.id}`]]));
  // each article's mentions in offset order, so a report's are found by a binary search, not a scan of them all
  const byArticle = new Map<number, MentionRow[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.startOffset - b.startOffset);
  const mentionsInside = (r: Report): string[] => {
    const list = byArticle.get(r.articleId) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].startOffset < r.startOffset) low = mid + 1;
      else high = mid;
    }
    const keys: string[] = [];
    for (let i = low; i < list.length && list[i].startOffset < r.endOffset; i++) keys.push(list[i].key);
    return keys;
  };
  return new Map(reports.map((r) => {
    const inside = mentionsInside(r);
    return [r.id, { ...utteranceSignals(r.text, kb, inside, speakerKeys.get(r.speakerId) ?? []), language: r.language }];
  }));
}

/** Joins each linked pair into one group: existing groups touched by a link merge under the smallest id. */
async function mergeGroups(query: Query, links: [number, number][]): Promise<void> {
  const ids = [...new Set(links.flat())];
  const existing = new Map((await query(`SELECT "statementId", "groupId" FROM statement_groups WHERE "statementId" IN (:...ids)`, { ids }))
    .map((row) => [Number(row.statementId), Number(row.groupId)]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const node = (id: number) => (existing.has(id) ? `g${existing.get(id)}` : `s${id}`);
  for (const [a, b] of links) union(node(a), node(b));
  const components = new Map<string, { statements: number[]; groups: number[] }>();
  for (const id of ids) {
    const root = find(node(id));
    const component = components.get(root) ?? { statements: [], groups: [] };
    if (existing.has(id)) component.groups.push(existing.get(id)!);
    else component.statements.push(id);
    components.set(root, component);
  }
  for (const { statements, groups } of components.values()) {
    const groupId = Math.min(...statements, ...groups);
    const stale = [...new Set(groups)].filter((g) => g !== groupId);
    if (stale.length) await query(`UPDATE statement_groups SET "groupId" = :groupId WHERE "groupId" IN (:...stale)`, { groupId, stale });
    for (const id of statements) await query(`INSERT INTO statement_groups ("statementId", "groupId") VALUES (:id, :groupId)`, { id, groupId });
  }
}
