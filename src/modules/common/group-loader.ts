import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from "typeorm";

/** For each parent id, every row of `entity` whose `column` holds it, in `order`: one SELECT per batch of parents. */
export function groupLoader<T extends ObjectLiteral>(
  dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string, order: FindOptionsOrder<T>,
): DataLoader<number, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [column]: In([...ids]) } as FindOptionsWhere<T>, order });
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[column] as number)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
