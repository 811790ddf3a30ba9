import type { EntityManager } from "typeorm";
import { insertRows, type Row } from "../db/insert-rows";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { linkPressDeals } from "./sipri/link-press-deals";
import { findOrCreateDeals } from "./find-or-create-deal";
import { actorKey, type ActorIds } from "./resolve-actor-ids";
import type { ExtractedDeal, ExtractedMention, ExtractedStatement, Extraction } from "../extract/types";
import type { ActorRef } from "../model/actor-ref";

/** The store id of an extracted actor, or null (see resolveActorIds). */
export type ActorIdOf = (ref: ActorRef | null) => number | null;

/** Looks actors up in what resolveActorIds returned. */
export function actorIdOf(actorIds: ActorIds): ActorIdOf {
  return (ref) => (ref ? actorIds.get(actorKey(ref)) ?? null : null);
}

/** Every actor an extraction names: the outlet, the actors and mentions, the given statements' speakers and vias, the deals' parties. */
export function actorRefsOf(extraction: Extraction, statements: readonly ExtractedStatement[]): ActorRef[] {
  const { metadata } = extraction;
  return [
    ...(metadata.outlet ? [metadata.outlet] : []),
    ...extraction.actors,
    ...extraction.mentions.map((m) => m.actor),
    ...statements.flatMap((s) => [s.speaker, s.via]),
    ...extraction.deals.flatMap((d) => [d.supplier, d.recipient]),
  ].filter((r): r is ActorRef => r !== null);
}

/** Inserts an article's extracted statements (not reviewed) and returns their ids in the same order. */
export function insertStatements(manager: EntityManager, articleId: number, statements: readonly ExtractedStatement[], idOf: ActorIdOf): Promise<number[]> {
  return insertRows(manager, "statements", statementRows(articleId, statements, idOf));
}

/** Parameters one PostgreSQL statement of `insertStatementsAndMentions` carries at most, as `insertRows`' statements do. */
const MAX_PARAMETERS = 900;

/**
 * insertStatements then insertMentions; on PostgreSQL, in one statement (two INSERTs in a WITH: one round
 * trip instead of two) when the rows fit its bound on parameters. Returns the statements' ids in order.
 */
export async function insertStatementsAndMentions(
  manager: EntityManager, articleId: number, statements: readonly ExtractedStatement[], mentions: readonly ExtractedMention[], idOf: ActorIdOf,
): Promise<number[]> {
  const statementValues = statementRows(articleId, statements, idOf);
  const mentionValues = mentionRows(articleId, mentions, idOf);
  const parameters = (rows: Row[]) => (rows.length ? rows.length * Object.keys(rows[0]).length : 0);
  const together = manager.connection.driver.options.type === "postgres" && statementValues.length > 0 && mentionValues.length > 0
    && parameters(statementValues) + parameters(mentionValues) <= MAX_PARAMETERS;
  if (!together) {
    const ids = await insertRows(manager, "statements", statementValues);
    await insertRows(manager, "mentions", mentionValues);
    return ids;
  }
  const values: unknown[] = [];
  const insert = (table: string, rows: Row[]) => {
    const columns = Object.keys(rows[0]);
    const tuples = rows.map((row) => `(${columns.map((column) => {
      values.push(row[column]);
      return `$${values.length}`;
    }).join(", ")})`);
    return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
  };
  const sql = `WITH added AS (${insert("statements", statementValues)} RETURNING id), mentioned AS (${insert("mentions", mentionValues)}) SELECT id FROM added`;
  const returned: { id: number | string }[] = await manager.query(sql, values);
  // PostgreSQL numbers the rows of one multi-row INSERT in VALUES order
  return returned.map((r) => Number(r.id)).sort((a, b) => a - b);
}

function statementRows(articleId: number, statements: readonly ExtractedStatement[], idOf: ActorIdOf): Row[] {
  return statements.map((s) => ({
    articleId,
    text: s.text,
    kind: s.kind,
    speakerId: idOf(s.speaker),
    speakerLabel: s.speakerLabel,
    viaId: idOf(s.via),
    saidOn: s.saidOn.date,
    saidOnPrecision: s.saidOn.precision,
    language: s.language,
    startOffset: s.start,
    endOffset: s.end,
    confidence: s.confidence,
    reviewed: false,
  }));
}

/** Inserts an article's actor mentions. */
export async function insertMentions(manager: EntityManager, articleId: number, mentions: readonly ExtractedMention[], idOf: ActorIdOf): Promise<void> {
  await insertRows(manager, "mentions", mentionRows(articleId, mentions, idOf));
}

function mentionRows(articleId: number, mentions: readonly ExtractedMention[], idOf: ActorIdOf): Row[] {
  return mentions.map((m) => ({ articleId, actorId: idOf(m.actor)!, text: m.text, startOffset: m.start, endOffset: m.end }));
}

/**
 * Stores an article's extracted deals: each becomes a new press deal or evidence of the stored deal it
 * reports again, every passage one evidence row (linked to its statement through `statementIdOf`), and
 * the deals are linked to the SIPRI records they match. Returns the ids of the deals the article reports.
 */
export async function storeDeals(
  manager: EntityManager,
  articleId: number,
  deals: readonly ExtractedDeal[],
  actorIds: ActorIds,
  reportedOn: string | null,
  statementIdOf: (index: number) => number | null,
  weapons: WeaponGazetteer,
): Promise<Set<number>> {
  const dealIds = await findOrCreateDeals(manager, deals, actorIds, reportedOn);
  const dealsOfThisArticle = new Set(dealIds);
  const evidenceRows: Row[] = [];
  for (const [k, deal] of deals.entries()) {
    const dealId = dealIds[k];
    for (const evidence of [deal.evidence, ...(deal.additionalEvidence ?? [])]) {
      evidenceRows.push({
        dealId,
        articleId,
        statementId: evidence.statementIndex === null ? null : statementIdOf(evidence.statementIndex),
        excerpt: evidence.excerpt,
        startOffset: evidence.start,
        endOffset: evidence.end,
        note: evidence.note ?? null,
      });
    }
  }
  await insertRows(manager, "deal_evidence", evidenceRows);
  if (dealsOfThisArticle.size) await linkPressDeals(manager, weapons, [...dealsOfThisArticle]);
  return dealsOfThisArticle;
}
