import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { readRows } from "./read-rows";

/** The columns of an entity's table that a by-id read returns: every column, or only those of `properties`. */
export function rowColumns<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, properties?: readonly (keyof T & string)[]): ColumnMetadata[] {
  const metadata = dataSource.getMetadata(entity);
  return properties ? metadata.columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : metadata.columns;
}

/** Column types whose values both drivers hand over as TypeORM would hydrate them (its prepareHydratedValue changes none of them). */
const READ_AS_IS = new Set(["integer", "int", "varchar", "character varying", "text", "double precision"]);

/**
 * Makes entity-shaped plain objects from raw rows, the value of each column read under `key(column)` and
 * converted as TypeORM would (`prepareHydratedValue`), except for the plain types it would leave as they are.
 */
export function rowHydrator<T>(dataSource: DataSource, columns: readonly ColumnMetadata[], key: (column: ColumnMetadata) => string): (raw: Record<string, unknown>) => T {
  const driver = dataSource.driver;
  const fields = columns.map((column) => ({
    property: column.propertyName,
    key: key(column),
    convert: !column.transformer && typeof column.type === "string" && READ_AS_IS.has(column.type) ? null : column,
  }));
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const { property, key, convert } of fields) row[property] = convert ? driver.prepareHydratedValue(raw[key], convert) : raw[key];
    return row as T;
  };
}

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
  const columns = rowColumns(dataSource, entity, properties);
  const postgres = dataSource.driver.options.type === "postgres";
  const marks = ids.map((_, i) => (postgres ? `$${i + 1}` : "?")).join(", ");
  const list = columns.map((c) => `"${c.databaseName}"`).join(", ");
  const rows = await readRows(dataSource, `SELECT ${list} FROM "${dataSource.getMetadata(entity).tableName}" WHERE id IN (${marks})`, ids);
  return rows.map(rowHydrator<T>(dataSource, columns, (column) => column.databaseName));
}
