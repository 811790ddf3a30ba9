import type { MigrationInterface, QueryRunner } from "typeorm";

/** The GIN indexes of the PostgreSQL full-text search (1763750000001-full-text-search). */
const SEARCH_INDEXES = ["ix_statements_search_vector", "ix_articles_search_vector"];

/**
 * PostgreSQL: the search indexes keep at most 256 kB of rows not yet merged into the index (the
 * pending list, 4 MB by default), and the list is merged now. Every search reads the whole pending
 * list: 77 pending pages (3,000 statements inserted) took a common word's search over 100,000
 * statements from 11 to 18 ms, and 4 MB is 512 pages. Inserts still go to the list and are merged
 * in batches, sixteen times more often (inserting 2,000 statements took as long as before; with no
 * list at all, fastupdate off, it took 2 to 4 times longer). SQLite (FTS5) has no such list.
 */
export class SearchIndexPendingList1763830000005 implements MigrationInterface {
  name = "SearchIndexPendingList1763830000005";

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "postgres") return;
    for (const index of SEARCH_INDEXES) {
      await queryRunner.query(`ALTER INDEX "${index}" SET (gin_pending_list_limit = 256)`);
      await queryRunner.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "postgres") return;
    for (const index of SEARCH_INDEXES) await queryRunner.query(`ALTER INDEX "${index}" RESET (gin_pending_list_limit)`);
  }
}
