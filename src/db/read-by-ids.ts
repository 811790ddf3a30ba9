import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { readRows } from "./read-rows";

/**
 * Rows of an entity's table by primary key, as entity-shaped plain objects (every column, or only
 * `properties`), in no particular order. One prepared statement per shape and engine (readRows, on a
 * replica when there are replicas): the query builder is skipped because loaders run it for every level
 * of every request.
 */
export async function readByIds<T extends ObjectLiteral>(
  dataSource: DataSource, entity: EntityTarget<T>, ids: readonly number[], properties?: readonly (keyof T & string)[],
): Promise<T[]> {
  if (!ids.length) return [];
  const metadata = dataSource.getMetadata(entity);
  const columns = properties ? metadata.columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : metadata.columns;
  const postgres = dataSource.driver.options.type === "postgres";
  const marks = ids.map((_, i) => (postgres ? `$${i + 1}` : "?")).join(", ");
  const list = columns.map((c) => `"${c.databaseName}"`).join(", ");
  const rows = await readRows(dataSource, `SELECT ${list} FROM "${metadata.tableName}" WHERE id IN (${marks})`, ids);
  return rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column.propertyName] = dataSource.driver.prepareHydratedValue(raw[column.databaseName], column);
    return row as T;
  });
}
