import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { columnSql } from "../../db/column-sql";

/** For each parent id, how many rows of `entity` have it in `column`: one grouped COUNT per batch of parents. */
export function countLoader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string): DataLoader<number, number> {
  return new DataLoader(async (ids) => {
    const parent = columnSql(dataSource, "child", column);
    const rows: { parent: number | string; total: number | string }[] = await dataSource.getRepository(entity).createQueryBuilder("child")
      .select(parent, "parent").addSelect("COUNT(*)", "total")
      .where(`${parent} IN (:...ids)`, { ids })
      .groupBy(parent)
      .getRawMany();
    const totals = new Map(rows.map((r) => [Number(r.parent), Number(r.total)]));
    return ids.map((id) => totals.get(id) ?? 0);
  });
}
