import "reflect-metadata";
import type { DataSource } from "typeorm";
import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/enums";
import { type SortOrder } from "../common/keyset";
import { columnSql } from "../../db/column-sql";

/** Fields articles can be ordered by. */
export const ArticleOrderField = { PUBLISHED_AT: "PUBLISHED_AT", INGESTED_AT: "INGESTED_AT", ID: "ID" } as const;
export type ArticleOrderField = (typeof ArticleOrderField)[keyof typeof ArticleOrderField];
registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "Undated articles sort before every dated one (first in ASC, last in DESC); ties are broken by id in the same direction.",
});

/** The `orderBy` argument of `articles`. */
@InputType({ description: "Default: PUBLISHED_AT DESC (most recent first, undated last)." })
export class ArticleOrder {
  @Field(() => ArticleOrderField)
  field: ArticleOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

/** The default article order: most recently published first. */
export const DEFAULT_ARTICLE_ORDER: ArticleOrder = { field: "PUBLISHED_AT", direction: "DESC" };

/** The keyset order of articles aliased `article`; NULL dates are coalesced to '' on both engines. */
export function articleSortOrder(dataSource: DataSource, order: ArticleOrder): SortOrder {
  const valueSql = {
    PUBLISHED_AT: `COALESCE(${columnSql(dataSource, "article", "publishedAt")}, '')`,
    INGESTED_AT: columnSql(dataSource, "article", "ingestedAt"),
    ID: columnSql(dataSource, "article", "id"),
  }[order.field];
  return { name: `articles:${order.field}:${order.direction}`, valueSql, idSql: columnSql(dataSource, "article", "id"), direction: order.direction, valueType: order.field === "ID" ? "number" : "string" };
}
