import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/**
 * `statement_groups`: statements that report the same utterance (several outlets, or one in
 * Russian and one in English) share a `groupId`, the smallest statement id of the group.
 * Only statements with at least one other report have a row.
 */
export class StatementGroups1763750000002 implements MigrationInterface {
  name = "StatementGroups1763750000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: "statement_groups",
      columns: [
        { name: "statementId", type: "integer", isPrimary: true },
        { name: "groupId", type: "integer", isNullable: false },
      ],
      foreignKeys: [new TableForeignKey({ columnNames: ["statementId"], referencedTableName: "statements", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
      indices: [new TableIndex({ name: "ix_statement_groups_groupId", columnNames: ["groupId"] })],
    }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("statement_groups");
  }
}
