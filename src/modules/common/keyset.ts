import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Connection } from "./connection";
import { decodeCursor, encodeCursor, type CursorPosition } from "./cursor";
import type { SortDirection } from "./enums";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "./page-args";
import { userInputError } from "./user-input-error";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import { columnSql } from "../../db/column-sql";
import { readRows } from "../../db/read-rows";

/** A stable order of rows: a sort value (never NULL in SQL) with the id as tie-break, both in one direction. */
export interface SortOrder {
  /** Names the order inside cursors ("statements:SAID_ON:DESC"); a cursor of another order is refused. */
  name: string;
  /** SQL of the sort value; nullable columns are coalesced so both engines order NULLs the same way. */
  valueSql: string;
  /** SQL of the row id. */
  idSql: string;
  direction: SortDirection;
  /** JSON type of the sort value; when set, a cursor holding another type is refused. */
  valueType?: "string" | "number";
}

/** A validated `first`/`after` pair. */
export interface PageRequest {
  first: number;
  after: CursorPosition | null;
}

/** One row of a page with its cursor. */
export interface PagedRow<T> {
  row: T;
  cursor: string;
}

/** Validates page arguments for an order: `first` within 0..100, `after` a cursor of that order. */
export function pageRequest(args: PageArgs, order: SortOrder): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userInputError("first", `Argument "first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); fetch further pages with "after".`);
  }
  const after = args.after ? decodeCursor("after", order.name, args.after) : null;
  // An order by id alone (auditLog) takes a number, whether or not it says so.
  const valueType = order.valueType ?? (order.valueSql === order.idSql ? "number" : undefined);
  if (after && valueType && typeof after.value !== valueType) {
    throw userInputError("after", `Argument "after" is not a cursor of this connection in this order: its sort value has the wrong type.`);
  }
  return { first, after };
}

function keysetCondition(order: SortOrder): string {
  const op = order.direction === "ASC" ? ">" : "<";
  return `(${order.valueSql} ${op} :afterValue OR (${order.valueSql} = :afterValue AND ${order.idSql} ${op} :afterId))`;
}

/**
 * Reads one page of a filtered query with keyset pagination (no OFFSET): rows after the cursor in
 * the order, at most `first`, and whether more follow. `alias` is the query's main alias. The rows
 * are read straight from the driver (readRows: a prepared statement) and hydrated column by column
 * into the entity, as TypeORM's own hydration does, without its general join-aware transformer.
 */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>, alias: string, order: SortOrder, page: PageRequest,
): Promise<{ rows: PagedRow<T>[]; hasNextPage: boolean }> {
  const q = query.clone().addSelect(order.valueSql, "sort_value");
  if (page.after) q.andWhere(keysetCondition(order), { afterValue: page.after.value, afterId: page.after.id });
  q.orderBy(order.valueSql, order.direction).addOrderBy(order.idSql, order.direction).limit(page.first + 1);
  const [sql, parameters] = q.getQueryAndParameters();
  const raw = await readRows(q.connection, sql, parameters);
  const entities = hydrate(q, alias, raw);
  const rows = entities.slice(0, page.first).map(({ entity, sortValue }) => ({
    row: entity,
    cursor: encodeCursor(order.name, { value: sortValue ?? "", id: entity.id as number }),
  }));
  return { rows, hasNextPage: entities.length > page.first };
}

/** The main alias's entities of raw rows (one per id, first row wins, in row order) with each row's sort value. */
function hydrate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, raw: Record<string, unknown>[]): { entity: T; sortValue: string | number }[] {
  const metadata = query.expressionMap.mainAlias!.metadata;
  const driver = query.connection.driver;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => ({ column, key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName) }));
  const seen = new Set<unknown>();
  const out: { entity: T; sortValue: string | number }[] = [];
  for (const row of raw) {
    const id = row[`${alias}_id`];
    if (seen.has(id)) continue;
    seen.add(id);
    const entity = metadata.create() as T;
    for (const { column, key } of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    out.push({ entity, sortValue: row.sort_value as string | number });
  }
  return out;
}

/** The page of children of one parent: ids in order, their cursors, and whether more follow. */
export interface ChildPage {
  ids: number[];
  cursors: string[];
  hasNextPage: boolean;
}

/**
 * Reads a page of children for many parents in one SQL statement (ROW_NUMBER over a partition by
 * the parent column), so a nested connection under a list costs the same whatever the list length.
 */
export async function fetchChildPages(
  dataSource: DataSource, query: SelectQueryBuilder<ObjectLiteral>, parentSql: string, parentIds: readonly number[],
  order: SortOrder, page: PageRequest,
): Promise<Map<number, ChildPage>> {
  const inner = query.clone()
    .select(order.idSql, "id")
    .addSelect(parentSql, "parent_id")
    .addSelect(order.valueSql, "sort_value")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${parentSql} ORDER BY ${order.valueSql} ${order.direction}, ${order.idSql} ${order.direction})`, "rn")
    .andWhere(`${parentSql} IN (:...parentIds)`, { parentIds });
  if (page.after) inner.andWhere(keysetCondition(order), { afterValue: page.after.value, afterId: page.after.id });
  const rn = columnSql(dataSource, "ranked", "rn");
  const rows: Record<string, unknown>[] = await dataSource.createQueryBuilder()
    .select("*")
    .from(`(${inner.getQuery()})`, "ranked")
    .where(`${rn} <= :pageLimit`, { pageLimit: page.first + 1 })
    .orderBy(columnSql(dataSource, "ranked", "parent_id"))
    .addOrderBy(rn)
    .setParameters(inner.getParameters())
    .getRawMany();
  const pages = new Map<number, ChildPage>(parentIds.map((id) => [id, { ids: [], cursors: [], hasNextPage: false }]));
  for (const r of rows) {
    const child = pages.get(Number(r.parent_id));
    if (!child) continue;
    if (child.ids.length === page.first) {
      child.hasNextPage = true;
      continue;
    }
    const id = Number(r.id);
    child.ids.push(id);
    child.cursors.push(encodeCursor(order.name, { value: r.sort_value as string | number, id }));
  }
  return pages;
}

/** Assembles a connection from a page of rows. `totalCount` is left out unless counted. */
export function toConnection<T>(rows: PagedRow<T>[], hasNextPage: boolean, page: PageRequest, totalCount?: number): Connection<T> {
  return {
    edges: rows.map(({ row, cursor }) => ({ cursor, node: row })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows[rows.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
