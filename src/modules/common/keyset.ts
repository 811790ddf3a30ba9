import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Connection, Edge } from "./connection";
import { decodeCursor, encodeCursor, type CursorPosition } from "./cursor";
import type { SortDirection } from "./enums";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "./page-args";
import { userInputError } from "./user-input-error";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import { columnSql } from "../../db/column-sql";
import { queryShape } from "../../db/query-shape";
import { bindParameters, sqlTemplate } from "../../db/sql-templates";
import { rowReader } from "../../db/read-by-ids";
import { readRows, type RowSet } from "../../db/read-rows";
import { joinedRelationsSql, PAGE_ALIAS, pageColumnSql, rememberJoinedRows, type JoinedRelation } from "./joined-relations";
import type { RowLoader } from "./row-loader";

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
  readonly row: T;
  readonly cursor: string;
}

/** A row of a root page whose cursor is encoded when first read: most pages never select their edges' cursors. */
class RowAt<T> implements PagedRow<T> {
  private encoded: string | undefined;
  constructor(readonly row: T, private readonly order: string, private readonly position: CursorPosition) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.order, this.position));
  }
}

/** An edge of a connection reading its paged row, so an unselected cursor is never encoded. */
class PageEdge<T> implements Edge<T> {
  constructor(private readonly paged: PagedRow<T>) {}

  get cursor(): string {
    return this.paged.cursor;
  }

  get node(): T {
    return this.paged.row;
  }
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

/** The SQL condition "after the cursor" or "before the cursor" in the order (parameters named `<side>Value`, `<side>Id`). */
function keysetCondition(order: SortOrder, side: "after" | "before"): string {
  const op = (order.direction === "ASC") === (side === "after") ? ">" : "<";
  return `(${order.valueSql} ${op} :${side}Value OR (${order.valueSql} = :${side}Value AND ${order.idSql} ${op} :${side}Id))`;
}

/** The window conditions of a page (after its `after` cursor, before its `before` cursor) added to a query, with their parameters. */
function applyWindow(query: SelectQueryBuilder<ObjectLiteral>, order: SortOrder, page: PageRequest): void {
  if (page.after) query.andWhere(keysetCondition(order, "after"));
  if (page.before) query.andWhere(keysetCondition(order, "before"));
  query.setParameters(windowParameters(page));
}

/** The values of the window conditions' parameters. */
function windowParameters(page: PageRequest): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  if (page.after) Object.assign(parameters, { afterValue: page.after.value, afterId: page.after.id });
  if (page.before) Object.assign(parameters, { beforeValue: page.before.value, beforeId: page.before.id });
  return parameters;
}

/** What a page's SQL text depends on besides its query: the order, the direction, which cursors bound it and its size. */
function pageShape(order: SortOrder, page: PageRequest): unknown[] {
  return [order.valueSql, order.idSql, readDirection(order, page), page.after !== null, page.before !== null, page.limit];
}

/** The direction rows are read in: the order's, or its reverse for a backward page. */
function readDirection(order: SortOrder, page: PageRequest): SortDirection {
  if (!page.backward) return order.direction;
  return order.direction === "ASC" ? "DESC" : "ASC";
}

/**
 * Reads one page of a filtered query with keyset pagination (no OFFSET): rows in the cursors' window,
 * at most `limit` from its start (or its end, backward), in the order, and whether more rows lie beyond
 * them on the side they were read from. `alias` is the query's main alias. `relations` are read by the same
 * statement (joined to the page) and kept in their loaders. The rows are read straight
 * from the driver (readRows: a prepared statement) and hydrated column by column into plain objects, as
 * TypeORM's own hydration converts values, without its general join-aware transformer.
 */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>, alias: string, order: SortOrder, page: PageRequest, relations: readonly JoinedRelation[] = [],
): Promise<{ rows: PagedRow<T>[]; hasMore: boolean }> {
  const direction = readDirection(order, page);
  const shape = queryShape(query);
  const key = shape === null ? null : JSON.stringify(["page", shape, alias, pageShape(order, page), relations.map(relationShape)]);
  const template = sqlTemplate(query.connection, key, () => {
    const q = query.clone().addSelect(order.valueSql, "sort_value");
    applyWindow(q as SelectQueryBuilder<ObjectLiteral>, order, page);
    q.orderBy(order.valueSql, direction).addOrderBy(order.idSql, direction).limit(page.limit + 1);
    return q.getQuery();
  });
  const [pageSql, parameters] = bindParameters(query.connection, template, { ...query.getParameters(), ...windowParameters(page) });
  const sql = relations.length ? withRelations(pageSql, alias, direction, relations) : pageSql;
  const set = await readRows(query.connection, sql, parameters);
  rememberJoinedRows(query.connection, relations, set);
  const entities = hydrate(query, alias, set);
  const read = entities.slice(0, page.limit);
  const rows = (page.backward ? read.reverse() : read).map(({ entity, sortValue }) => new RowAt(entity, order.name, { value: sortValue ?? "", id: entity.id as number }));
  return { rows, hasMore: entities.length > page.limit };
}

/** What the SQL of a joined relation depends on. */
function relationShape({ alias, foreignKey, loader }: JoinedRelation): string[] {
  return [alias, foreignKey, loader.table.tableName, ...loader.table.columns.map((c) => c.databaseName)];
}

/** The page's SQL as a subquery with its relations joined, in the page's order (the joins cut nothing: the page is cut first, like the floor's query). */
function withRelations(pageSql: string, alias: string, direction: SortDirection, relations: readonly JoinedRelation[]): string {
  const { select, joins } = joinedRelationsSql(relations);
  return `SELECT "${PAGE_ALIAS}".*, ${select} FROM (${pageSql}) "${PAGE_ALIAS}" ${joins} ` +
    `ORDER BY "${PAGE_ALIAS}"."sort_value" ${direction}, ${pageColumnSql(alias, "id")} ${direction}`;
}

/** The main alias's rows of a read, as entity-shaped plain objects (one per id, first row wins, in row order), with each row's sort value. */
function hydrate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, set: RowSet): { entity: T; sortValue: string | number }[] {
  const metadata = query.expressionMap.mainAlias!.metadata;
  const driver = query.connection.driver;
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const entityOf = rowReader<T>(query.connection, set, `page:${alias}`, columns, (column) => DriverUtils.buildAlias(driver, undefined, alias, column.databaseName));
  const idIndex = set.columns.lastIndexOf(`${alias}_id`);
  const sortIndex = set.columns.lastIndexOf("sort_value");
  const seen = new Set<unknown>();
  const out: { entity: T; sortValue: string | number }[] = [];
  for (const row of set.rows) {
    const id = row[idIndex];
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ entity: entityOf(row), sortValue: row[sortIndex] as string | number });
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
 * The children's own rows (every column of `nodes`' table) and their to-one `relations`, read by the
 * statement of the page (look-ahead) and kept in the loaders, so the connection's nodes cost no statement.
 */
export interface ChildRows {
  nodes: RowLoader<{ id: number }>;
  relations: readonly JoinedRelation[];
}

/**
 * Reads a page of children for many parents in one SQL statement (ROW_NUMBER over a partition by
 * the parent column), so a nested connection under a list costs the same whatever the list length.
 * With `rows`, the same statement also reads the children's rows (named like a root page's: `<alias>_<column>`)
 * and their relations, and keeps them in the loaders.
 */
export async function fetchChildPages(
  dataSource: DataSource, query: SelectQueryBuilder<ObjectLiteral>, parentSql: string, parentIds: readonly number[],
  order: SortOrder, page: PageRequest, rows?: ChildRows,
): Promise<Map<number, ChildPage>> {
  const direction = readDirection(order, page);
  const ranked = (): SelectQueryBuilder<ObjectLiteral> => {
    const inner = query.clone()
      .select(order.idSql, "id")
      .addSelect(parentSql, "parent_id")
      .addSelect(order.valueSql, "sort_value")
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${parentSql} ORDER BY ${order.valueSql} ${direction}, ${order.idSql} ${direction})`, "rn")
      .andWhere(`${parentSql} IN (:...parentIds)`, { parentIds });
    if (rows) for (const column of rows.nodes.table.columns) inner.addSelect(columnSql(dataSource, query.alias, column.databaseName), `${query.alias}_${column.databaseName}`);
    applyWindow(inner, order, page);
    const rn = columnSql(dataSource, "ranked", "rn");
    return dataSource.createQueryBuilder()
      .select("*")
      .from(`(${inner.getQuery()})`, "ranked")
      .where(`${rn} <= :pageLimit`, { pageLimit: page.limit + 1 })
      .orderBy(columnSql(dataSource, "ranked", "parent_id"))
      .addOrderBy(rn)
      .setParameters(inner.getParameters());
  };
  let raw: RowSet;
  if (rows) {
    const shape = queryShape(query);
    const key = shape === null ? null : JSON.stringify(["children", shape, query.alias, parentSql, pageShape(order, page), rows.nodes.table.columns.map((c) => c.databaseName), rows.relations.map(relationShape)]);
    const template = sqlTemplate(dataSource, key, () => ranked().getQuery());
    const parameters = { ...query.getParameters(), parentIds, ...windowParameters(page), pageLimit: page.limit + 1 };
    raw = await readChildRows(dataSource, bindParameters(dataSource, template, parameters), query.alias, rows);
  } else {
    raw = arrayRows(await ranked().getRawMany());
  }
  const parentIndex = raw.columns.lastIndexOf("parent_id");
  const idIndex = raw.columns.lastIndexOf("id");
  const sortIndex = raw.columns.lastIndexOf("sort_value");
  const pages = new Map<number, ChildPage>(parentIds.map((id) => [id, { ids: [], cursors: [], hasMore: false }]));
  for (const r of raw.rows) {
    const child = pages.get(Number(r[parentIndex]));
    if (!child) continue;
    if (child.ids.length === page.limit) {
      child.hasMore = true;
      continue;
    }
    const id = Number(r[idIndex]);
    child.ids.push(id);
    child.cursors.push(encodeCursor(order.name, { value: r[sortIndex] as string | number, id }));
  }
  if (page.backward) for (const child of pages.values()) { child.ids.reverse(); child.cursors.reverse(); }
  return pages;
}

/** Rows read through TypeORM (objects) in the shape readRows gives: the columns of the first row, each row's values in their order. */
function arrayRows(objects: readonly Record<string, unknown>[]): RowSet {
  const columns = objects.length ? Object.keys(objects[0]) : [];
  return { columns, rows: objects.map((o) => columns.map((c) => o[c])) };
}

/** The ranked children with their relations joined (in the same order), their rows and the relations' kept in the loaders. */
async function readChildRows(dataSource: DataSource, [rankedSql, parameters]: [string, unknown[]], alias: string, rows: ChildRows): Promise<RowSet> {
  const { select, joins } = joinedRelationsSql(rows.relations);
  const set = await readRows(dataSource,
    `SELECT ${[`"${PAGE_ALIAS}".*`, select].filter(Boolean).join(", ")} FROM (${rankedSql}) "${PAGE_ALIAS}" ${joins} ` +
    `ORDER BY "${PAGE_ALIAS}"."parent_id", "${PAGE_ALIAS}"."rn"`, parameters);
  const node = rowReader<{ id: number }>(dataSource, set, `page:${alias}`, rows.nodes.table.columns, (column) => `${alias}_${column.databaseName}`);
  const idIndex = set.columns.lastIndexOf("id");
  for (const r of set.rows) if (rows.nodes.peek(Number(r[idIndex])) === undefined) rows.nodes.remember(node(r));
  rememberJoinedRows(dataSource, rows.relations, set);
  return set;
}

/**
 * Assembles a connection from a page of rows and whether more lie beyond it on the side it was read
 * from. Forward, hasPreviousPage is true exactly when `after` was given; backward, hasNextPage is true
 * exactly when `before` was given. `totalCount` is left out unless counted.
 */
export function toConnection<T>(rows: PagedRow<T>[], hasMore: boolean, page: PageRequest, totalCount?: number): Connection<T> {
  return {
    edges: rows.map((row) => new PageEdge(row)),
    pageInfo: {
      hasNextPage: page.backward ? page.before !== null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.after !== null,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows[rows.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
