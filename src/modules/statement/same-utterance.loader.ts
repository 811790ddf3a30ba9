import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

const perContext = new WeakMap<object, DataLoader<number, number[]>>();

/**
 * For a statement id, the ids of the other statements reporting the same utterance (ascending).
 * One loader per request context, so one SQL statement per batch and nothing shared between requests.
 */
export function sameUtteranceLoader(context: object, dataSource: DataSource): DataLoader<number, number[]> {
  let loader = perContext.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const [sql, values] = dataSource.driver.escapeQueryWithParameters(
        `SELECT mine."statementId" AS "of", other."statementId" AS id FROM statement_groups mine
         JOIN statement_groups other ON other."groupId" = mine."groupId" AND other."statementId" <> mine."statementId"
         WHERE mine."statementId" IN (:...ids) ORDER BY other."statementId"`, { ids: [...ids] });
      const rows: { of: number | string; id: number | string }[] = await dataSource.query(sql, values);
      const others = new Map<number, number[]>(ids.map((id) => [id, []]));
      for (const row of rows) others.get(Number(row.of))?.push(Number(row.id));
      return ids.map((id) => others.get(id) ?? []);
    });
    perContext.set(context, loader);
  }
  return loader;
}
