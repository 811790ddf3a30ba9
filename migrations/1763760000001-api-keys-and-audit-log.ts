import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/** API keys (hashed, with a visible prefix and a role) and the audit log of curation changes, for SQLite and PostgreSQL. */
export class ApiKeysAndAuditLog1763760000001 implements MigrationInterface {
  name = "ApiKeysAndAuditLog1763760000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: "api_keys",
      columns: [
        { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "name", type: "varchar", length: "200", isNullable: true },
        { name: "role", type: "varchar", length: "10" },
        { name: "prefix", type: "varchar", length: "20" },
        { name: "keyHash", type: "varchar", length: "64" },
        { name: "createdAt", type: "varchar", length: "40" },
        { name: "revokedAt", type: "varchar", length: "40", isNullable: true },
      ],
      indices: [new TableIndex({ name: "ix_api_keys_keyHash", columnNames: ["keyHash"], isUnique: true })],
    }));
    await queryRunner.createTable(new Table({
      name: "audit_log",
      columns: [
        { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "keyId", type: "integer", isNullable: true },
        { name: "keyName", type: "varchar", length: "200", isNullable: true },
        { name: "at", type: "varchar", length: "40" },
        { name: "action", type: "varchar", length: "60" },
        { name: "entityType", type: "varchar", length: "40" },
        { name: "entityId", type: "integer" },
        { name: "before", type: "text", isNullable: true },
        { name: "after", type: "text", isNullable: true },
      ],
      foreignKeys: [new TableForeignKey({ columnNames: ["keyId"], referencedTableName: "api_keys", referencedColumnNames: ["id"], onDelete: "SET NULL" })],
      indices: [new TableIndex({ name: "ix_audit_log_entityType_entityId_id", columnNames: ["entityType", "entityId", "id"] })],
    }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_log");
    await queryRunner.dropTable("api_keys");
  }
}
