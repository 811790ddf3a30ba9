import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from "typeorm";

/**
 * The rest of a SIPRI trade-register row on `deals`: the three TIV figures, and `sipriKey`, a
 * digest of the row's cells that makes a re-import of the same export find rows already imported.
 */
export class DealSipriRegisterColumns1763770000001 implements MigrationInterface {
  name = "DealSipriRegisterColumns1763770000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns("deals", [
      new TableColumn({ name: "sipriKey", type: "varchar", length: "64", isNullable: true }),
      new TableColumn({ name: "tivPerUnit", type: "double precision", isNullable: true }),
      new TableColumn({ name: "tivTotalOrder", type: "double precision", isNullable: true }),
      new TableColumn({ name: "tivDelivered", type: "double precision", isNullable: true }),
    ]);
    await queryRunner.createIndex("deals", new TableIndex({ name: "ix_deals_sipriKey", columnNames: ["sipriKey"], isUnique: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("deals", "ix_deals_sipriKey");
    for (const column of ["tivDelivered", "tivTotalOrder", "tivPerUnit", "sipriKey"]) await queryRunner.dropColumn("deals", column);
  }
}
