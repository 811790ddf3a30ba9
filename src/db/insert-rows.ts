import type { EntityManager } from "typeorm";

/** Bound parameters per statement: well under SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 900;

/** A table row for `insertRows`: column name → value (JSON columns already serialised, booleans as booleans). */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Inserts rows (all with the same columns) and returns their new ids in the order of `rows`. Plain
 * SQL through the caller's transaction, without the entity layer's re-select of every row; several
 * rows per statement on both engines (each row still fires SQLite's per-row triggers, the full-text index's among them).
 */
export async function insertRows(manager: EntityManager, table: string, rows: readonly Row[]): Promise<number[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]);
  const postgres = manager.connection.driver.options.type === "postgres";
  const largest = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  const ids: number[] = [];
  let start = 0;
  for (const size of postgres ? chunkSizes(rows.length, largest) : preparedChunkSizes(rows.length, largest)) {
    const chunk = rows.slice(start, start + size);
    start += size;
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        values.push(row[column]);
        return postgres ? `$${values.length}` : "?";
      });
      return `(${marks.join(", ")})`;
    });
    const returned: { id: number | string }[] = await manager.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")} RETURNING id`, values);
    // Both engines number the rows of one multi-row INSERT in VALUES order.
    ids.push(...returned.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  return ids;
}

/** `count` rows in statements of `largest` rows, the last one shorter. */
function chunkSizes(count: number, largest: number): number[] {
  const sizes: number[] = [];
  for (let left = count; left > 0; left -= Math.min(left, largest)) sizes.push(Math.min(left, largest));
  return sizes;
}

/**
 * `count` rows in statements whose sizes are powers of two no larger than `largest`, largest first
 * (11 rows: 8, 2, 1). SQLite keeps a statement prepared by its text (TypeORM's cache of 100 texts),
 * so a table needs at most 7–10 statement texts instead of one per row count.
 */
export function preparedChunkSizes(count: number, largest: number): number[] {
  let power = 1;
  while (power * 2 <= largest) power *= 2;
  const sizes: number[] = [];
  for (let left = count; left > 0; ) {
    while (power > left) power /= 2;
    sizes.push(power);
    left -= power;
  }
  return sizes;
}
