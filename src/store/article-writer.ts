import type { DataSource, QueryRunner } from "typeorm";
import type { WeaponGazetteer } from "../knowledge/weapons";
import { backoff, isTransientConflict, isUniqueViolation, WRITE_ATTEMPTS } from "../db/transient-errors";
import { announceAdded, storeExtraction, storeInTransaction, type StoreResult } from "./store-extraction";
import type { Extraction } from "../extract/types";

/**
 * Stores many extractions quickly and with the same guarantee as storeExtraction: each article is
 * all or nothing. A batch shares one commit, each article its own savepoint, and the writer keeps
 * one connection, so the engine's prepared statements are reused across articles.
 */
export class ArticleWriter {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly queryRunner: QueryRunner,
    private readonly weapons: WeaponGazetteer,
  ) {}

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
    try {
      await this.queryRunner.startTransaction();
      for (const extraction of extractions) results.push(await this.writeOne(extraction));
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
    }
  }

  /** Releases the connection. */
  async close(): Promise<void> {
    await this.queryRunner.release();
  }

  private async writeOne(extraction: Extraction): Promise<StoreResult | Error> {
    for (let attempt = 1; ; attempt++) {
      await this.queryRunner.startTransaction();
      try {
        const result = await storeInTransaction(this.queryRunner.manager, extraction, this.weapons);
        await this.queryRunner.commitTransaction();
        return result;
      } catch (error) {
        await this.queryRunner.rollbackTransaction();
        // A retry sees the other writer's row: the stored duplicate, or the statement group to join.
        if (attempt < WRITE_ATTEMPTS && (isUniqueViolation(error) || isTransientConflict(error))) {
          await backoff(attempt);
          continue;
        }
        return error as Error;
      }
    }
  }
}
