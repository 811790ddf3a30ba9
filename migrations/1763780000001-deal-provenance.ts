import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

/** How sure the extractor was of a press deal's parties, and what each evidence passage leaves to inference. */
export class DealProvenance1763780000001 implements MigrationInterface {
  name = "DealProvenance1763780000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("deals", new TableColumn({ name: "confidence", type: "double precision", isNullable: true }));
    await queryRunner.addColumn("deal_evidence", new TableColumn({ name: "note", type: "text", isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("deal_evidence", "note");
    await queryRunner.dropColumn("deals", "confidence");
  }
}
