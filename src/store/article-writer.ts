import type { DataSource, QueryRunner } from "typeorm";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { backoff, isTransientConflict, isUniqueViolation, WRITE_ATTEMPTS } from "../db/transient-errors";
import { namedQuery } from "../db/named-query";
import { endBatchMemo, forgetBatchMemo, startBatchMemo } from "./batch-memo";
import { rememberKbActorIds } from "./resolve-actor-ids";
import { actorRefsOf } from "./store-rows";
import { announceAdded, storeExtraction, storeInTransaction, type StoreResult } from "./store-extraction";
import type { Extraction } from "../extract/types";

/** The savepoint each article of a batch is written under (PostgreSQL: managed here, see `beginArticle`). */
const ARTICLE_SAVEPOINT = "article";

/**
 * Stores many extractions quickly and with the same guarantee as storeExtraction: each article is
 * all or nothing. A batch shares one commit, each article its own savepoint, and the writer keeps
 * one connection, so the engine's prepared statements are reused across articles. Within a batch the
 * writer asks once what every article would ask again (see batch-memo.ts): which content hashes are
 * stored, whether a SIPRI register is, the ids of knowledge-base actors. On PostgreSQL, where each
 * statement is a round trip, an article's savepoint is released together with the next one's creation.
 */
export class ArticleWriter {
  private readonly postgres: boolean;
  /** PostgreSQL: the previous article's savepoint is still to be released (with the next one's creation, or by the commit). */
  private savepointOpen = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly queryRunner: QueryRunner,
    private readonly weapons: WeaponGazetteer,
  ) {
    this.postgres = dataSource.options.type === "postgres";
  }

  /** A writer on its own connection to the primary, storing extractions made with `weapons`; `close` releases it. */
  static open(dataSource: DataSource, weapons: WeaponGazetteer): ArticleWriter {
    return new ArticleWriter(dataSource, dataSource.createQueryRunner("master"), weapons);
  }

  /**
   * Stores a batch in one commit; returns, in order, each article's result or the error that kept
   * it out (nothing of that article is stored). If the commit itself fails, each article is stored
   * again alone.
   */
  async write(extractions: readonly Extraction[]): Promise<(StoreResult | Error)[]> {
    const results: (StoreResult | Error)[] = [];
    const { manager } = this.queryRunner;
    try {
      await this.queryRunner.startTransaction();
      this.savepointOpen = false;
      startBatchMemo(manager);
      const stored = await this.storedHashes(extractions);
      await rememberKbActorIds(manager, extractions.flatMap((e) => actorRefsOf(e, e.statements)));
      const seen = new Set<string>();
      for (const extraction of extractions) {
        // a page that repeats one earlier in the batch is looked up: the earlier one may be stored by now
        const knownNew = !stored.has(extraction.contentHash) && !seen.has(extraction.contentHash);
        seen.add(extraction.contentHash);
        results.push(await this.writeOne(extraction, knownNew));
      }
      await this.queryRunner.commitTransaction();
      for (const result of results) if (!(result instanceof Error)) announceAdded(result);
      return results;
    } catch {
      if (this.queryRunner.isTransactionActive) await this.queryRunner.rollbackTransaction().catch(() => undefined);
      const alone: (StoreResult | Error)[] = [];
      for (const extraction of extractions) {
        alone.push(await storeExtraction(this.dataSource, extraction, { weapons: this.weapons }).catch((error: Error) => error));
      }
      return alone;
    } finally {
      endBatchMemo(manager);
    }
  }

  /** Releases the connection. */
  async close(): Promise<void> {
    await this.queryRunner.release();
  }

  /** The content hashes of the batch that the store holds, read in one statement. */
  private async storedHashes(extractions: readonly Extraction[]): Promise<Set<string>> {
    const hashes = [...new Set(extractions.map((e) => e.contentHash))];
    if (!hashes.length) return new Set();
    const rows = await namedQuery(this.queryRunner.manager, `SELECT "contentHash" AS hash FROM articles WHERE "contentHash" IN (:...hashes)`, { hashes });
    return new Set(rows.map((row) => String(row.hash)));
  }

  private async writeOne(extraction: Extraction, knownNew: boolean): Promise<StoreResult | Error> {
    for (let attempt = 1; ; attempt++) {
      await this.beginArticle();
      try {
        // a retry follows a conflict with another writer: its row may be the very article, so look again
        const result = await storeInTransaction(this.queryRunner.manager, extraction, this.weapons, knownNew && attempt === 1);
        await this.keepArticle();
        return result;
      } catch (error) {
        await this.undoArticle();
        // A retry sees the other writer's row: the stored duplicate, or the statement group to join.
        if (attempt < WRITE_ATTEMPTS && (isUniqueViolation(error) || isTransientConflict(error))) {
          await backoff(attempt);
          continue;
        }
        return error as Error;
      }
    }
  }

  private async beginArticle(): Promise<void> {
    if (!this.postgres) return this.queryRunner.startTransaction();
    await this.queryRunner.query(this.savepointOpen ? `RELEASE SAVEPOINT ${ARTICLE_SAVEPOINT}; SAVEPOINT ${ARTICLE_SAVEPOINT}` : `SAVEPOINT ${ARTICLE_SAVEPOINT}`);
    this.savepointOpen = true;
  }

  private async keepArticle(): Promise<void> {
    if (!this.postgres) await this.queryRunner.commitTransaction();
  }

  /** Undoes the article's writes; the rows it created are gone, so the batch's memo is emptied. */
  private async undoArticle(): Promise<void> {
    forgetBatchMemo(this.queryRunner.manager);
    if (this.postgres) await this.queryRunner.query(`ROLLBACK TO SAVEPOINT ${ARTICLE_SAVEPOINT}`);
    else await this.queryRunner.rollbackTransaction();
  }
}
