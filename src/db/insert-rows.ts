import type { EntityManager } from "typeorm";

/** Bound parameters per statement: well under SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 900;

/** A table row for `insertRows`: column name → value (JSON columns already serialised, booleans as booleans). */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Inserts rows (all with the same columns) and returns their new ids in the order of `rows`. Plain
 * SQL through the caller's transaction, without the entity layer's re-select of every row; on
 * PostgreSQL one round trip carries a few hundred values.
 */
export async function insertRows(manager: EntityManager, table: string, rows: readonly Row[]): Promise<number[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]);
  const postgres = manager.connection.driver.options.type === "postgres";
  // SQLite runs in this process, so a row per statement costs no round trip, and one statement text
  // per table stays prepared; PostgreSQL gets as many rows per statement as the limit allows.
  const perStatement = postgres ? Math.max(1, Math.floor(MAX_PARAMETERS / columns.length)) : 1;
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
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
