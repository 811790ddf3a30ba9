import type { MigrationInterface, QueryRunner } from "typeorm";

/** The columns each searchable table indexes, in the order the FTS5 table and the tsvector weigh them. */
const SEARCHED: Record<"statements" | "articles", string[]> = { statements: ["text"], articles: ["title", "body"] };

/** The PostgreSQL text-search configuration of a row: 'english' for en, 'russian' for ru, 'simple' otherwise. */
const POSTGRES_CONFIG = `CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END`;

/**
 * Creates the SQLite triggers that keep `<table>_fts` in step with `<table>`. Idempotent: a later
 * migration that rebuilds `statements` or `articles` on SQLite (TypeORM does so to alter a column,
 * and dropping a table drops its triggers) must call it again, then rebuild the index.
 */
export async function createSqliteSearchTriggers(queryRunner: QueryRunner, table: "statements" | "articles"): Promise<void> {
  const columns = SEARCHED[table];
  const fts = `${table}_fts`;
  const values = (row: "new" | "old") => columns.map((c) => `${row}."${c}"`).join(", ");
  const list = columns.map((c) => `"${c}"`).join(", ");
  const remove = `INSERT INTO "${fts}"("${fts}", rowid, ${list}) VALUES ('delete', old."id", ${values("old")});`;
  const add = `INSERT INTO "${fts}"(rowid, ${list}) VALUES (new."id", ${values("new")});`;
  await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS "${fts}_ai" AFTER INSERT ON "${table}" BEGIN ${add} END`);
  await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS "${fts}_ad" AFTER DELETE ON "${table}" BEGIN ${remove} END`);
  await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS "${fts}_au" AFTER UPDATE OF ${list} ON "${table}" BEGIN ${remove} ${add} END`);
}

/**
 * Full-text search over statements and articles, existing rows included.
 * SQLite: external-content FTS5 tables (`statements_fts`, `articles_fts`, tokenizer
 * `unicode61 remove_diacritics 2`) kept in sync by triggers. PostgreSQL: a generated
 * `search_vector` tsvector column per table, built with the row's language configuration, under a GIN index.
 */
export class FullTextSearch1763750000001 implements MigrationInterface {
  name = "FullTextSearch1763750000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const [table, columns] of Object.entries(SEARCHED) as ["statements" | "articles", string[]][]) {
      if (postgres) {
        const document = columns.length === 1
          ? `to_tsvector(${POSTGRES_CONFIG}, coalesce("${columns[0]}", ''))`
          : columns.map((c, i) => `setweight(to_tsvector(${POSTGRES_CONFIG}, coalesce("${c}", '')), '${"ABCD"[i]}')`).join(" || ");
        await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${document}) STORED`);
        await queryRunner.query(`CREATE INDEX "ix_${table}_search_vector" ON "${table}" USING GIN ("search_vector")`);
        continue;
      }
      const fts = `${table}_fts`;
      const list = columns.map((c) => `"${c}"`).join(", ");
      await queryRunner.query(`CREATE VIRTUAL TABLE "${fts}" USING fts5(${list}, content='${table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`);
      await createSqliteSearchTriggers(queryRunner, table);
      await queryRunner.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const table of Object.keys(SEARCHED)) {
      if (postgres) {
        await queryRunner.query(`DROP INDEX IF EXISTS "ix_${table}_search_vector"`);
        await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN IF EXISTS "search_vector"`);
        continue;
      }
      for (const suffix of ["ai", "ad", "au"]) await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_fts_${suffix}"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}_fts"`);
    }
  }
}
