import type { DataSource, EntityManager } from "typeorm";
import { insertRows } from "../db/insert-rows";
import { namedQuery } from "../db/named-query";
import { backoff, isTransientConflict, isUniqueViolation, WRITE_ATTEMPTS } from "../db/transient-errors";
import { Article } from "../modules/article/article.entity";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { announceArticleCommit } from "./article-commits";
import { linkReports, type Report } from "./link-utterances";
import { resolveActorIds } from "./resolve-actor-ids";
import { type ActorIdOf, actorIdOf, actorRefsOf, insertStatementsAndMentions, storeDeals } from "./store-rows";
import type { Extraction } from "../extract/types";

export type StoreStatus = "added" | "duplicate";

export interface StoreResult {
  status: StoreStatus;
  articleId: number;
  statements: number;
  mentions: number;
  deals: number;
  /** Ids of the statements stored (none for a duplicate). */
  statementIds: number[];
}

export interface StoreOptions {
  /** The gazetteer the extraction was made with: deals are matched and linked to SIPRI records by its designations. */
  weapons: WeaponGazetteer;
  /** Runs inside the article's transaction once the article is added (not for a duplicate): its writes commit with the article, and its error undoes it. */
  afterStore?: (manager: EntityManager, result: StoreResult) => Promise<void>;
}

/**
 * Persists one extraction in one transaction: the article, its statements, mentions and deals
 * (a deal already reported by another article gets this article's evidence instead of a copy, and
 * each press deal the article reports is linked to the SIPRI record it matches). A page whose content hash is already
 * stored is a no-op ("duplicate"). On any error (`afterStore`'s included) nothing of the article remains.
 */
export async function storeExtraction(dataSource: DataSource, extraction: Extraction, options: StoreOptions): Promise<StoreResult> {
  const { weapons } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await dataSource.transaction(async (manager) => {
        const result = await storeInTransaction(manager, extraction, weapons);
        if (result.status === "added" && options.afterStore) await options.afterStore(manager, result);
        return result;
      });
      announceAdded(stored);
      return stored;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const existing = await dataSource.getRepository(Article).findOne({ select: { id: true }, where: { contentHash: extraction.contentHash } });
        if (existing) return { status: "duplicate", articleId: existing.id, statements: 0, mentions: 0, deals: 0, statementIds: [] };
      }
      // A concurrent ingest committed a row this one also inserts (on PostgreSQL: the statement group of
      // an earlier report both articles repeat), or a deadlock: nothing of this article was written, and
      // a new attempt sees the other's rows. A lock held by another process (SQLite) is waited out with backoff.
      if (attempt < WRITE_ATTEMPTS && (isUniqueViolation(error) || isTransientConflict(error))) {
        await backoff(attempt);
        continue;
      }
      throw error;
    }
  }
}

/**
 * Writes one extraction through the caller's transaction (see storeExtraction); "duplicate" when its content hash is stored.
 * `knownNew`: the caller has read in this transaction that no article has this content hash (the writer reads a
 * batch's hashes at once); the article's unique content hash still refuses a copy committed since.
 */
export async function storeInTransaction(manager: EntityManager, extraction: Extraction, weapons: WeaponGazetteer, knownNew = false): Promise<StoreResult> {
  const [existing] = knownNew ? [] : await namedQuery(manager, `SELECT id FROM articles WHERE "contentHash" = :hash`, { hash: extraction.contentHash });
  if (existing) return { status: "duplicate", articleId: Number(existing.id), statements: 0, mentions: 0, deals: 0, statementIds: [] };

  const { metadata } = extraction;
  const actorIds = await resolveActorIds(manager, actorRefsOf(extraction, extraction.statements), metadata.language);
  const idOf = actorIdOf(actorIds);

  const [articleId] = await insertRows(manager, "articles", [{
    url: metadata.url,
    title: metadata.title,
    outletId: idOf(metadata.outlet),
    publishedAt: metadata.publishedAt.date,
    publishedPrecision: metadata.publishedAt.precision,
    language: metadata.language,
    authors: JSON.stringify(metadata.authors),
    body: extraction.body,
    originalText: extraction.originalText,
    format: extraction.format,
    contentHash: extraction.contentHash,
    ingestedAt: new Date().toISOString(),
    extractorVersion: extraction.extractorVersion,
  }]);

  const statementIds = await insertStatementsAndMentions(manager, articleId, extraction.statements, extraction.mentions, idOf);
  await linkReports(manager, freshReports(extraction, articleId, statementIds, idOf), statementIds);
  await storeDeals(manager, articleId, extraction.deals, actorIds, metadata.publishedAt.date, (index) => statementIds[index] ?? null, weapons);

  return { status: "added", articleId, statements: statementIds.length, mentions: extraction.mentions.length, deals: extraction.deals.length, statementIds };
}

/**
 * The reports linkUtterances would read back for the statements just stored (`statementIds`, in the order
 * of `extraction.statements`): those with a speaker and a day (the day said when known to the day, else
 * the article's), in id order.
 */
function freshReports(extraction: Extraction, articleId: number, statementIds: readonly number[], idOf: ActorIdOf): Report[] {
  const reports: Report[] = [];
  extraction.statements.forEach((s, i) => {
    const speakerId = idOf(s.speaker);
    const day = s.saidOn.precision === "DAY" ? s.saidOn.date : extraction.metadata.publishedAt.date;
    if (speakerId === null || day === null) return;
    reports.push({ id: statementIds[i], articleId, speakerId, language: s.language, text: s.text, startOffset: s.start, endOffset: s.end, day: day.slice(0, 10) });
  });
  return reports.sort((a, b) => a.id - b.id);
}

/** Announces a committed new article to the live updates (see article-commits.ts); a duplicate added nothing. */
export function announceAdded(result: StoreResult): void {
  if (result.status === "added") announceArticleCommit({ articleId: result.articleId, kind: "ingested", statementIds: result.statementIds });
}
