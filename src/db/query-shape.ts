import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * A key naming the SQL text a select query builder makes before its parameters are bound (`getQuery()`), from the
 * parts of its expression map that text is made of: its aliases (tables, subqueries), selects, joins, where
 * conditions, order and limit. Two builders with the same key make the same text, so the text can be kept per key
 * and only the parameters bound per request (sql-templates.ts). Null when the builder uses a part the key does
 * not cover (a where condition that is not a string, grouping, locking, CTEs, offsets, a comment…): such a builder is
 * asked for its text every time.
 */
export function queryShape(query: SelectQueryBuilder<ObjectLiteral>): string | null {
  const map = query.expressionMap;
  if (map.queryType !== "select" || map.subQuery || map.selectDistinct || map.selectDistinctOn.length || map.havings.length ||
    map.groupBys.length || map.relationIdAttributes.length || map.commonTableExpressions.length || map.withDeleted ||
    map.comment !== undefined || map.lockMode !== undefined || map.useIndex !== undefined || (map.timeTravel ?? false) !== false ||
    map.offset !== undefined || map.skip !== undefined || map.take !== undefined || map.maxExecutionTime) return null;
  const parts: unknown[] = [map.mainAlias?.name, map.limit];
  for (const alias of map.aliases) {
    parts.push(alias.type, alias.name, alias.tablePath, alias.subQuery, alias.hasMetadata ? alias.metadata.tableName : null);
  }
  for (const select of map.selects) parts.push(select.selection, select.aliasName, select.virtual);
  for (const join of map.joinAttributes) {
    if (typeof join.entityOrProperty !== "string" && typeof join.entityOrProperty !== "function") return null;
    if (join.condition !== undefined && typeof join.condition !== "string") return null;
    parts.push(join.direction, join.alias.name, join.isSelected, join.mapToProperty, join.condition);
  }
  for (const where of map.wheres) {
    if (typeof where.condition !== "string") return null;
    parts.push(where.type, where.condition);
  }
  parts.push(map.orderBys);
  return JSON.stringify(parts);
}
