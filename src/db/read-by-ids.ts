import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { readRows, type RowSet } from "./read-rows";

/** The columns of an entity's table that a by-id read returns: every column, or only those of `properties`. */
export function rowColumns<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, properties?: readonly (keyof T & string)[]): ColumnMetadata[] {
  const metadata = dataSource.getMetadata(entity);
  return properties ? metadata.columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : metadata.columns;
}

/** Column types whose values both drivers hand over as TypeORM would hydrate them (its prepareHydratedValue changes none of them). */
const READ_AS_IS = new Set(["integer", "int", "varchar", "character varying", "text", "double precision"]);

/** Makes an entity-shaped plain object from one row's values (array mode, see readRows). */
export type RowReader<T> = (values: readonly unknown[]) => T;

const readers = new WeakMap<readonly string[], Map<string, RowReader<unknown>>>();

/**
 * The reader of entity-shaped plain objects from rows of `set`: each column's value read from the result column
 * named `key(column)` (undefined when there is none; the last of equal names, as a row object would hold it) and
 * converted as TypeORM would (`prepareHydratedValue`), except for the plain types it would leave as they are.
 * Compiled once per result shape and `cacheKey` (which must name the choice of `columns` and `key`, e.g. the alias
 * they are read under) into a function that builds each object as one literal: every object of a reader has the
 * same shape, and no intermediate object per row is made.
 */
export function rowReader<T>(
  dataSource: DataSource, set: RowSet, cacheKey: string, columns: readonly ColumnMetadata[], key: (column: ColumnMetadata) => string,
): RowReader<T> {
  let byKey = readers.get(set.columns);
  if (!byKey) readers.set(set.columns, (byKey = new Map()));
  let reader = byKey.get(cacheKey);
  if (!reader) {
    reader = compileRowReader(dataSource, set.columns, columns, key);
    byKey.set(cacheKey, reader);
  }
  return reader as RowReader<T>;
}

function compileRowReader(dataSource: DataSource, resultColumns: readonly string[], columns: readonly ColumnMetadata[], key: (column: ColumnMetadata) => string): RowReader<unknown> {
  const driver = dataSource.driver;
  const converted: ColumnMetadata[] = [];
  const properties = columns.map((column) => {
    const index = resultColumns.lastIndexOf(key(column));
    const value = index < 0 ? "undefined" : `row[${index}]`;
    const plain = !column.transformer && typeof column.type === "string" && READ_AS_IS.has(column.type);
    return `${JSON.stringify(column.propertyName)}: ${plain ? value : `convert(${value}, columns[${converted.push(column) - 1}])`}`;
  });
  // Property names come from the entities' metadata and are quoted as JSON strings; indexes are numbers.
  const build = new Function("convert", "columns", `return (row) => ({ ${properties.join(", ")} });`) as
    (convert: (value: unknown, column: ColumnMetadata) => unknown, columns: ColumnMetadata[]) => RowReader<unknown>;
  return build((value, column) => driver.prepareHydratedValue(value, column), converted);
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
  const set = await readRows(dataSource, `SELECT ${list} FROM "${dataSource.getMetadata(entity).tableName}" WHERE id IN (${marks})`, ids);
  return set.rows.map(rowReader<T>(dataSource, set, "", columns, (column) => column.databaseName));
}
