import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes on the sort keys the API pages by: unknown dates sort as '' (COALESCE), so the plain
 * (saidOn, id) index cannot serve `ORDER BY COALESCE(saidOn, '') DESC, id DESC`, and every page of
 * the statement feed sorted the whole table. Same for articles by publication date.
 */
export class DateSortIndexes1763790000001 implements MigrationInterface {
  name = "DateSortIndexes1763790000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (name: string) => (queryRunner.connection.options.type === "postgres" ? `"${name}"` : name);
    await queryRunner.query(`CREATE INDEX ix_statements_said_on_sort ON statements ((COALESCE(${q("saidOn")}, '')), id)`);
    await queryRunner.query(`CREATE INDEX ix_articles_published_at_sort ON articles ((COALESCE(${q("publishedAt")}, '')), id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_articles_published_at_sort`);
    await queryRunner.query(`DROP INDEX ix_statements_said_on_sort`);
  }
}
