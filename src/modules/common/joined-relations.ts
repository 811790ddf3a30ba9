import type { DataSource } from "typeorm";
import { rowReader } from "../../db/read-by-ids";
import type { RowSet } from "../../db/read-rows";
import type { RowLoader } from "./row-loader";

/**
 * A to-one relation read by the same SQL statement as the rows that point to it (LEFT JOIN its
 * loader's table AS `alias` ON `alias`.id = `foreignKey`, the loader's columns selected). Each row found
 * is then kept in the loader, so the relation's resolver returns it at once: no statement, no batch to
 * wait for. Planned by a root field from its selection (look-ahead), as PostGraphile and Hasura do.
 */
export interface JoinedRelation {
  /** SQL alias of the joined table, unique within the statement ("speaker", "outlet"). */
  alias: string;
  /** SQL of the id it points to: a column of the page (`pageColumnSql`) or of a relation joined before it (`joinedColumnSql`). */
  foreignKey: string;
  loader: RowLoader<{ id: number }>;
}

/** Alias of the page (the subquery) that relations are joined to. */
export const PAGE_ALIAS = "page";

/** SQL of a column of the page's main entity, as the query builder names it in the page's result (`"page"."statement_speakerId"`). */
export function pageColumnSql(mainAlias: string, column: string): string {
  return `"${PAGE_ALIAS}"."${mainAlias}_${column}"`;
}

/** SQL of a column of a joined relation ("article"."outletId"), for a relation joined through it. */
export function joinedColumnSql(alias: string, column: string): string {
  return `"${alias}"."${column}"`;
}

/** The select list (`alias_column` for every column of each loader) and the LEFT JOINs of relations. */
export function joinedRelationsSql(relations: readonly JoinedRelation[]): { select: string; joins: string } {
  return {
    select: relations.flatMap(({ alias, loader }) => loader.table.columns.map((c) => `"${alias}"."${c.databaseName}" AS "${alias}_${c.databaseName}"`)).join(", "),
    joins: relations.map(({ alias, foreignKey, loader }) => `LEFT JOIN "${loader.table.tableName}" "${alias}" ON "${alias}"."id" = ${foreignKey}`).join(" "),
  };
}

/** Keeps every relation row present in the joined rows in its loader (each once: a speaker of ten statements is read once). */
export function rememberJoinedRows(dataSource: DataSource, relations: readonly JoinedRelation[], set: RowSet): void {
  for (const { alias, loader } of relations) {
    const idIndex = set.columns.lastIndexOf(`${alias}_id`);
    const read = rowReader<{ id: number }>(dataSource, set, `joined:${alias}`, loader.table.columns, (column) => `${alias}_${column.databaseName}`);
    for (const row of set.rows) {
      const id = row[idIndex];
      if (id === null || id === undefined || loader.peek(Number(id)) !== undefined) continue;
      loader.remember(read(row));
    }
  }
}
