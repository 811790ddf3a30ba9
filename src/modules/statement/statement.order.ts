import "reflect-metadata";
import type { DataSource } from "typeorm";
import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/enums";
import { type SortOrder } from "../common/keyset";
import { columnSql } from "../../db/column-sql";

/** Fields statements can be ordered by. */
export const StatementOrderField = { SAID_ON: "SAID_ON", PUBLISHED_AT: "PUBLISHED_AT", ID: "ID" } as const;
export type StatementOrderField = (typeof StatementOrderField)[keyof typeof StatementOrderField];
registerEnumType(StatementOrderField, {
  name: "StatementOrderField",
  description: "SAID_ON: the statement's date; PUBLISHED_AT: its article's publication date; ID: ingestion order. Unknown dates sort before every known date (first in ASC, last in DESC); ties are broken by id in the same direction.",
});

/** The `orderBy` argument of statement connections. */
@InputType({ description: "Default: SAID_ON DESC (most recent first, undated last)." })
export class StatementOrder {
  @Field(() => StatementOrderField)
  field: StatementOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

/** The default statement order: most recent first. */
export const DEFAULT_STATEMENT_ORDER: StatementOrder = { field: "SAID_ON", direction: "DESC" };

/**
 * The keyset order of statements aliased `statement` (PUBLISHED_AT needs the article joined as `article`).
 * NULL dates are coalesced to '' so both engines put them first ascending and last descending.
 */
export function statementSortOrder(dataSource: DataSource, order: StatementOrder): SortOrder {
  const valueSql = {
    SAID_ON: `COALESCE(${columnSql(dataSource, "statement", "saidOn")}, '')`,
    PUBLISHED_AT: `COALESCE(${columnSql(dataSource, "article", "publishedAt")}, '')`,
    ID: columnSql(dataSource, "statement", "id"),
  }[order.field];
  return { name: `statements:${order.field}:${order.direction}`, valueSql, idSql: columnSql(dataSource, "statement", "id"), direction: order.direction, valueType: order.field === "ID" ? "number" : "string" };
}
