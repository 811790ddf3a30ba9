import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ReadRowsOptions } from "./read-statement-rows";
import { EXPORT_BATCH_SIZE } from "./read-statement-rows";

/**
 * The rows of `base` in id order, a batch at a time (id > last id of the previous batch), so that only
 * one batch is in memory however many rows match. `idSql` is the id column as SQL. Stops once aborted.
 */
export async function* keysetBatches<T extends ObjectLiteral & { id: number }>(
  base: SelectQueryBuilder<T>, idSql: string, options: ReadRowsOptions = {},
): AsyncGenerator<T[]> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  let lastId = 0;
  for (let batch = 1; !options.signal?.aborted; batch++) {
    const rows = await base.clone().andWhere(`${idSql} > :lastId`, { lastId }).orderBy(idSql, "ASC").limit(batchSize).getMany();
    options.onBatch?.(batch, rows.length);
    if (!rows.length) return;
    lastId = rows[rows.length - 1].id;
    yield rows;
    if (rows.length < batchSize) return;
  }
}
