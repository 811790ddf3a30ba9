import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from "typeorm";

const id: TableColumnOptions = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" };
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: "integer", isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions =>
  ({ name, type: "varchar", length: String(length), isNullable: nullable });
const bool = (name: string): TableColumnOptions => ({ name, type: "boolean", isNullable: false, default: false });
const double = (name: string, nullable = false): TableColumnOptions => ({ name, type: "double precision", isNullable: nullable });
const foreignKey = (column: string, table: string, onDelete: "CASCADE" | "SET NULL") =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete });
const index = (table: string, columns: string[], unique = false) =>
  new TableIndex({ name: `ix_${table}_${columns.join("_")}`, columnNames: columns, isUnique: unique });

/** Actors, articles, statements, mentions, deals and evidence: the whole first schema, for SQLite and PostgreSQL. */
export class InitialSchema1763740000000 implements MigrationInterface {
  name = "InitialSchema1763740000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: "actors",
      columns: [id, varchar("kbId", 120, true), varchar("kind", 20), varchar("name", 300), varchar("wikidataId", 40, true),
        int("countryId", true), text("roleText", true), varchar("createdAt", 40)],
      foreignKeys: [foreignKey("countryId", "actors", "SET NULL")],
      indices: [index("actors", ["kbId"], true), index("actors", ["name"])],
    }));
    await queryRunner.createTable(new Table({
      name: "actor_aliases",
      columns: [id, int("actorId"), varchar("text", 300), varchar("normalized", 300), varchar("language", 10)],
      foreignKeys: [foreignKey("actorId", "actors", "CASCADE")],
      indices: [index("actor_aliases", ["actorId", "normalized"], true), index("actor_aliases", ["normalized"])],
    }));
    await queryRunner.createTable(new Table({
      name: "actor_roles",
      columns: [id, int("actorId"), varchar("title", 300), varchar("roleKey", 80, true), int("organizationId", true),
        varchar("startDate", 10, true), varchar("endDate", 10, true)],
      foreignKeys: [foreignKey("actorId", "actors", "CASCADE"), foreignKey("organizationId", "actors", "SET NULL")],
      indices: [index("actor_roles", ["actorId"])],
    }));
    await queryRunner.createTable(new Table({
      name: "articles",
      columns: [id, varchar("url", 2000, true), text("title", true), int("outletId", true), varchar("publishedAt", 10, true),
        varchar("publishedPrecision", 10), varchar("language", 10), text("authors"), text("body"), text("originalText"),
        varchar("format", 10), varchar("contentHash", 64), varchar("ingestedAt", 40), varchar("extractorVersion", 40)],
      foreignKeys: [foreignKey("outletId", "actors", "SET NULL")],
      indices: [index("articles", ["contentHash"], true), index("articles", ["outletId"]), index("articles", ["publishedAt"]),
        index("articles", ["language"])],
    }));
    await queryRunner.createTable(new Table({
      name: "statements",
      columns: [id, int("articleId"), text("text"), varchar("kind", 10), int("speakerId", true), varchar("speakerLabel", 500, true),
        int("viaId", true), varchar("saidOn", 10, true), varchar("saidOnPrecision", 10), varchar("language", 10),
        int("startOffset"), int("endOffset"), double("confidence"), bool("reviewed")],
      foreignKeys: [foreignKey("articleId", "articles", "CASCADE"), foreignKey("speakerId", "actors", "SET NULL"),
        foreignKey("viaId", "actors", "SET NULL")],
      indices: [index("statements", ["articleId"]), index("statements", ["speakerId"]), index("statements", ["viaId"]),
        index("statements", ["saidOn", "id"])],
    }));
    await queryRunner.createTable(new Table({
      name: "mentions",
      columns: [id, int("articleId"), int("actorId"), varchar("text", 500), int("startOffset"), int("endOffset")],
      foreignKeys: [foreignKey("articleId", "articles", "CASCADE"), foreignKey("actorId", "actors", "CASCADE")],
      indices: [index("mentions", ["articleId"]), index("mentions", ["actorId"])],
    }));
    await queryRunner.createTable(new Table({
      name: "deals",
      columns: [id, varchar("source", 10), int("supplierId", true), int("recipientId", true), text("items"),
        varchar("designation", 200, true), varchar("description", 300, true), varchar("category", 60, true),
        int("numberOrdered", true), bool("numberOrderedEstimated"), int("numberDelivered", true), bool("numberDeliveredEstimated"),
        int("orderYear", true), bool("orderYearEstimated"), varchar("deliveryYears", 100, true), bool("deliveryYearsEstimated"),
        varchar("sipriStatus", 60, true), text("comments", true), varchar("valueText", 200, true), double("amount", true),
        varchar("currency", 3, true), varchar("period", 100, true), int("periodStart", true), int("periodEnd", true),
        varchar("status", 20, true), varchar("statusReportedOn", 10, true), int("sipriRecordId", true), varchar("createdAt", 40)],
      foreignKeys: [foreignKey("supplierId", "actors", "SET NULL"), foreignKey("recipientId", "actors", "SET NULL"),
        foreignKey("sipriRecordId", "deals", "SET NULL")],
      indices: [index("deals", ["source"]), index("deals", ["supplierId"]), index("deals", ["recipientId"]),
        index("deals", ["designation"]), index("deals", ["category"]), index("deals", ["periodStart"]),
        index("deals", ["status"]), index("deals", ["sipriRecordId"])],
    }));
    await queryRunner.createTable(new Table({
      name: "deal_evidence",
      columns: [id, int("dealId"), int("articleId"), int("statementId", true), text("excerpt"), int("startOffset"), int("endOffset")],
      foreignKeys: [foreignKey("dealId", "deals", "CASCADE"), foreignKey("articleId", "articles", "CASCADE"),
        foreignKey("statementId", "statements", "SET NULL")],
      indices: [index("deal_evidence", ["dealId"]), index("deal_evidence", ["articleId"])],
    }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["deal_evidence", "deals", "mentions", "statements", "articles", "actor_roles", "actor_aliases", "actors"]) {
      await queryRunner.dropTable(table);
    }
  }
}
