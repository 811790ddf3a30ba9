import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the two reads an ingestion makes that grow with the store: the stored press deals
 * between a deal's supplier and recipient (find-or-create-deal.ts), which read every deal of the
 * supplier through `ix_deals_supplierId`; and a speaker's reports dated to the day near a new
 * statement's day (link-utterances.ts), which read every statement of the speaker.
 */
export class IngestionReadIndexes1796302361901 implements MigrationInterface {
  name = "IngestionReadIndexes1796302361901";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_deals_supplierId_recipientId_source" ON "deals" ("supplierId", "recipientId", "source")`);
    await queryRunner.query(`CREATE INDEX "ix_statements_speakerId_saidOn" ON "statements" ("speakerId", "saidOn")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_statements_speakerId_saidOn"`);
    await queryRunner.query(`DROP INDEX "ix_deals_supplierId_recipientId_source"`);
  }
}
