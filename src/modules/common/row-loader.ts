import DataLoader from "dataloader";
import type { DataSource, EntityTarget } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { readByIds, rowColumns } from "../../db/read-by-ids";

/** The table a row loader reads and the columns it returns: what a join must select to give the loader the same rows. */
export interface RowTable {
  tableName: string;
  columns: readonly ColumnMetadata[];
}

/**
 * A by-id loader that also answers synchronously for rows this request has already read, so a
 * resolver whose rows were read ahead (joined to their page, see joined-relations.ts) returns a value,
 * not a promise.
 */
export class RowLoader<T extends { id: number }> extends DataLoader<number, T | null> {
  private readonly rows: Map<number, T | null>;

  constructor(readonly table: RowTable, read: (ids: readonly number[]) => Promise<T[]>) {
    const rows = new Map<number, T | null>();
    super(async (ids) => {
      const found = new Map((await read(ids)).map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = found.get(id) ?? null;
        rows.set(id, row);
        return row;
      });
    });
    this.rows = rows;
  }

  /** The row when this request has read it (null: read, and there is none); undefined when not read yet. */
  peek(id: number): T | null | undefined {
    return this.rows.get(id);
  }

  /** Keeps a row that another statement read (with this loader's columns) as if this loader had read it. */
  remember(row: T): void {
    if (this.rows.has(row.id)) return;
    this.rows.set(row.id, row);
    this.prime(row.id, row);
  }
}

/** Rows of `entity` by id (only `columns` when given), one prepared SELECT per batch. */
export function rowLoader<T extends { id: number }>(dataSource: DataSource, entity: EntityTarget<T>, columns?: readonly (keyof T & string)[]): RowLoader<T> {
  const table = { tableName: dataSource.getMetadata(entity).tableName, columns: rowColumns(dataSource, entity, columns) };
  return new RowLoader(table, (ids) => readByIds<T>(dataSource, entity, ids, columns));
}
