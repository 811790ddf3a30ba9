import DataLoader from "dataloader";
import type { DataSource, EntityTarget } from "typeorm";
import { readByIds } from "../../db/read-by-ids";

/**
 * A by-id loader that also answers synchronously for rows this request has already read, so a
 * resolver whose rows were fetched ahead (see prefetch-statement-relations) returns a value, not a promise.
 */
export class RowLoader<T extends { id: number }> extends DataLoader<number, T | null> {
  private readonly rows: Map<number, T | null>;

  constructor(read: (ids: readonly number[]) => Promise<T[]>) {
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
}

/** Rows of `entity` by id (only `columns` when given), one prepared SELECT per batch. */
export function rowLoader<T extends { id: number }>(dataSource: DataSource, entity: EntityTarget<T>, columns?: readonly (keyof T & string)[]): RowLoader<T> {
  return new RowLoader((ids) => readByIds<T>(dataSource, entity, ids, columns));
}
