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

/**
 * Validated page arguments: at most `limit` rows after `after` and before `before` (either may be
 * absent), taken from the start of that window, or from its end when `backward` (`last`).
 */
export interface PageRequest {
  limit: number;
  after: CursorPosition | null;
  before: CursorPosition | null;
  backward: boolean;
}

/** One row of a page with its cursor. */
export interface PagedRow<T> {
  row: T;
  cursor: string;
}

/** Validates page arguments for an order: `first` or `last` (not both) within 0..100, `after` and `before` cursors of that order. */
export function pageRequest(args: PageArgs, order: SortOrder): PageRequest {
  if (args.first != null && args.last != null) {
    throw userInputError("last", `Give "first" (with "after") to page forward or "last" (with "before") to page backward, not both.`);
  }
  const backward = args.last != null;
  const argument = backward ? "last" : "first";
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw userInputError(argument, `Argument "${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${limit}); fetch further pages with "${backward ? "before" : "after"}".`);
  }
  return { limit, after: position("after", args.after, order), before: position("before", args.before, order), backward };
}

/** A cursor argument read for an order, its sort value of the order's type. */
function position(argument: "after" | "before", cursor: string | null | undefined, order: SortOrder): CursorPosition | null {
  if (!cursor) return null;
  const decoded = decodeCursor(argument, order.name, cursor);
  // An order by id alone (auditLog) takes a number, whether or not it says so.
  const valueType = order.valueType ?? (order.valueSql === order.idSql ? "number" : undefined);
  if (valueType && typeof decoded.value !== valueType) {
    throw userInputError(argument, `Argument "${argument}" is not a cursor of this connection in this order: its sort value has the wrong type.`);
  }
  return decoded;
}

/** The SQL condition "after the cursor" or "before the cursor" in the order, with its parameters. */
function keysetCondition(order: SortOrder, side: "after" | "before", at: CursorPosition): [string, Record<string, unknown>] {
  const op = (order.direction === "ASC") === (side === "after") ? ">" : "<";
  return [
    `(${order.valueSql} ${op} :${side}Value OR (${order.valueSql} = :${side}Value AND ${order.idSql} ${op} :${side}Id))`,
    { [`${side}Value`]: at.value, [`${side}Id`]: at.id },
  ];
}

/** The window conditions of a page (after its `after` cursor, before its `before` cursor) added to a query. */
function applyWindow(query: SelectQueryBuilder<ObjectLiteral>, order: SortOrder, page: PageRequest): void {
  if (page.after) query.andWhere(...keysetCondition(order, "after", page.after));
  if (page.before) query.andWhere(...keysetCondition(order, "before", page.before));
}

/** The direction rows are read in: the order's, or its reverse for a backward page. */
function readDirection(order: SortOrder, page: PageRequest): SortDirection {
  if (!page.backward) return order.direction;
  return order.direction === "ASC" ? "DESC" : "ASC";
}

/**
 * Reads one page of a filtered query with keyset pagination (no OFFSET): rows in the cursors' window,
 * at most `limit` from its start (or its end, backward), in the order, and whether more rows lie beyond
 * them on the side they were read from. `alias` is the query's main alias. The rows are read straight
 * from the driver (readRows: a prepared statement) and hydrated column by column into the entity, as
 * TypeORM's own hydration does, without its general join-aware transformer.
 */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>, alias: string, order: SortOrder, page: PageRequest,
): Promise<{ rows: PagedRow<T>[]; hasMore: boolean }> {
  const q = query.clone().addSelect(order.valueSql, "sort_value");
  applyWindow(q as SelectQueryBuilder<ObjectLiteral>, order, page);
  const direction = readDirection(order, page);
  q.orderBy(order.valueSql, direction).addOrderBy(order.idSql, direction).limit(page.limit + 1);
  const [sql, parameters] = q.getQueryAndParameters();
  const raw = await readRows(q.connection, sql, parameters);
  const entities = hydrate(q, alias, raw);
  const read = entities.slice(0, page.limit);
  const rows = (page.backward ? read.reverse() : read).map(({ entity, sortValue }) => ({
    row: entity,
    cursor: encodeCursor(order.name, { value: sortValue ?? "", id: entity.id as number }),
  }));
  return { rows, hasMore: entities.length > page.limit };
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

/** The page of children of one parent: ids in order, their cursors, and whether more lie beyond them on the side they were read from. */
export interface ChildPage {
  ids: number[];
  cursors: string[];
  hasMore: boolean;
}

/** A page with no children. */
export const EMPTY_CHILD_PAGE: ChildPage = { ids: [], cursors: [], hasMore: false };

/**
 * Reads a page of children for many parents in one SQL statement (ROW_NUMBER over a partition by
 * the parent column), so a nested connection under a list costs the same whatever the list length.
 */
export async function fetchChildPages(
  dataSource: DataSource, query: SelectQueryBuilder<ObjectLiteral>, parentSql: string, parentIds: readonly number[],
  order: SortOrder, page: PageRequest,
): Promise<Map<number, ChildPage>> {
  const direction = readDirection(order, page);
  const inner = query.clone()
    .select(order.idSql, "id")
    .addSelect(parentSql, "parent_id")
    .addSelect(order.valueSql, "sort_value")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${parentSql} ORDER BY ${order.valueSql} ${direction}, ${order.idSql} ${direction})`, "rn")
    .andWhere(`${parentSql} IN (:...parentIds)`, { parentIds });
  applyWindow(inner, order, page);
  const rn = columnSql(dataSource, "ranked", "rn");
  const rows: Record<string, unknown>[] = await dataSource.createQueryBuilder()
    .select("*")
    .from(`(${inner.getQuery()})`, "ranked")
    .where(`${rn} <= :pageLimit`, { pageLimit: page.limit + 1 })
    .orderBy(columnSql(dataSource, "ranked", "parent_id"))
    .addOrderBy(rn)
    .setParameters(inner.getParameters())
    .getRawMany();
  const pages = new Map<number, ChildPage>(parentIds.map((id) => [id, { ids: [], cursors: [], hasMore: false }]));
  for (const r of rows) {
    const child = pages.get(Number(r.parent_id));
    if (!child) continue;
    if (child.ids.length === page.limit) {
      child.hasMore = true;
      continue;
    }
    const id = Number(r.id);
    child.ids.push(id);
    child.cursors.push(encodeCursor(order.name, { value: r.sort_value as string | number, id }));
  }
  if (page.backward) for (const child of pages.values()) { child.ids.reverse(); child.cursors.reverse(); }
  return pages;
}

/**
 * Assembles a connection from a page of rows and whether more lie beyond it on the side it was read
 * from. Forward, hasPreviousPage is true exactly when `after` was given; backward, hasNextPage is true
 * exactly when `before` was given. `totalCount` is left out unless counted.
 */
export function toConnection<T>(rows: PagedRow<T>[], hasMore: boolean, page: PageRequest, totalCount?: number): Connection<T> {
  return {
    edges: rows.map(({ row, cursor }) => ({ cursor, node: row })),
    pageInfo: {
      hasNextPage: page.backward ? page.before !== null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.after !== null,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows[rows.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
