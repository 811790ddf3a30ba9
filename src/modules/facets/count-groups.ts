import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/** One group of a facet: the grouped value (null for rows without one) and how many rows have it. */
export interface GroupCount<V> {
  value: V | null;
  count: number;
}

/** Largest number of groups a facet returns. */
export const MAX_FACET_GROUPS = 1000;

/**
 * Counts the rows of a filtered query by the value of `expression`, in one SQL statement: the
 * `limit` largest groups, ordered by count descending, then value ascending (null last).
 * `query` is not modified.
 */
export async function countGroups<T extends ObjectLiteral, V extends string | number>(
  query: SelectQueryBuilder<T>, expression: string, limit: number, parse: (raw: unknown) => V,
): Promise<GroupCount<V>[]> {
  const [inner, parameters] = query.clone().select(expression, "value").addSelect("COUNT(*)", "count").groupBy(expression)
    .orderBy().getQueryAndParameters();
  const escape = (name: string) => query.connection.driver.escape(name);
  const value = `grouped.${escape("value")}`;
  const sql = `SELECT ${value} AS ${escape("value")}, grouped.${escape("count")} AS ${escape("count")} FROM (${inner}) grouped
    ORDER BY grouped.${escape("count")} DESC, CASE WHEN ${value} IS NULL THEN 1 ELSE 0 END, ${value} LIMIT ${Math.trunc(limit)}`;
  const rows: { value: unknown; count: number | string }[] = await query.connection.query(sql, parameters);
  return rows.map((r) => ({ value: r.value === null ? null : parse(r.value), count: Number(r.count) }));
}
