import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A small key/value table for facts about the store itself, such as the hash of the knowledge base
 * last synced into it, so start-up can skip a sync when the knowledge-base files have not changed.
 */
export class StoreState1763810000001 implements MigrationInterface {
  name = "StoreState1763810000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE store_state (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE store_state`);
  }
}
