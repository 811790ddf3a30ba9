import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { readByIds } from "../db/read-by-ids";
import { Actor } from "../modules/actor/actor.entity";
import { ActorAlias } from "../modules/actor/actor-alias.entity";
import { ActorRole } from "../modules/actor/actor-role.entity";
import { Article } from "../modules/article/article.entity";
import { Mention } from "../modules/article/mention.entity";
import { columnSql, fetchChildPages, type ChildPage, type PageRequest, type SortOrder } from "../modules/common/keyset";
import { Deal } from "../modules/deal/deal.entity";
import { DealEvidence } from "../modules/deal/deal-evidence.entity";
import { Statement } from "../modules/statement/statement.entity";

/** A parent id with the page of children wanted under it. */
export interface ChildPageKey {
  parentId: number;
  page: PageRequest;
}

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

function byId<T extends { id: number }>(dataSource: DataSource, entity: EntityTarget<T>): RowLoader<T> {
  return new RowLoader((ids) => readByIds(dataSource, entity, ids));
}

/** An article as relations read it: every column but the texts, which are read only when a query selects them. */
export type ArticleSummary = Omit<Article, "body" | "originalText"> & { body?: string };

const ARTICLE_SUMMARY_COLUMNS = [
  "id", "url", "title", "outletId", "publishedAt", "publishedPrecision", "language", "authors", "format", "contentHash", "ingestedAt", "extractorVersion",
] as const;

function articleSummaries(dataSource: DataSource): RowLoader<ArticleSummary> {
  return new RowLoader((ids) => readByIds<ArticleSummary>(dataSource, Article, ids, ARTICLE_SUMMARY_COLUMNS));
}

function groupedBy<T extends ObjectLiteral>(
  dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string, order: FindOptionsOrder<T>,
): DataLoader<number, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [column]: In([...ids]) } as FindOptionsWhere<T>, order });
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[column] as number)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function countBy<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string): DataLoader<number, number> {
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

/** Batches nested-connection pages: one SQL statement per distinct (first, after) for all parents of a level. */
function childPages(
  dataSource: DataSource, query: () => SelectQueryBuilder<ObjectLiteral>, parentColumn: string, order: SortOrder,
): DataLoader<ChildPageKey, ChildPage, string> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, ChildPageKey[]>();
    for (const key of keys) {
      const group = JSON.stringify(key.page);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<string, ChildPage>();
    for (const [group, members] of groups) {
      const pages = await fetchChildPages(dataSource, query(), parentColumn, members.map((m) => m.parentId), order, members[0].page);
      for (const m of members) results.set(`${group}#${m.parentId}`, pages.get(m.parentId) ?? { ids: [], cursors: [], hasNextPage: false });
    }
    return keys.map((key) => results.get(`${JSON.stringify(key.page)}#${key.parentId}`)!);
  }, { cacheKeyFn: (key) => `${JSON.stringify(key.page)}#${key.parentId}` });
}

/** An actor's deals as supplier or as recipient: one page of them, and whether to count them all. */
export interface ActorDealsKey {
  parentId: number;
  role: "supplier" | "recipient";
  page: PageRequest;
  counted: boolean;
}

/**
 * Batches Actor.dealsAsSupplier and Actor.dealsAsRecipient together: one windowed statement per role and
 * distinct page, and one grouped COUNT per role when totalCount is asked, for all actors of a level. One
 * loader for both fields means both connections' pages arrive in the same tick, so the deals they hold
 * (and their parties, evidence…) are then loaded in single batches whatever the engine's timing.
 */
function actorDealPages(
  dataSource: DataSource, orders: ReturnType<typeof nestedOrders>,
): DataLoader<ActorDealsKey, { page: ChildPage; totalCount?: number }, string> {
  const cacheKey = (key: ActorDealsKey) => `${key.role}#${key.counted}#${JSON.stringify(key.page)}#${key.parentId}`;
  return new DataLoader(async (keys) => {
    const pages = new Map<string, ChildPage>();
    const totals = new Map<string, number>();
    for (const role of ["supplier", "recipient"] as const) {
      const parentSql = columnSql(dataSource, "deal", role === "supplier" ? "supplierId" : "recipientId");
      const order = role === "supplier" ? orders.actorDealsAsSupplier : orders.actorDealsAsRecipient;
      const members = keys.filter((key) => key.role === role);
      const byPage = new Map<string, ActorDealsKey[]>();
      for (const key of members) byPage.set(JSON.stringify(key.page), [...(byPage.get(JSON.stringify(key.page)) ?? []), key]);
      for (const [page, group] of byPage) {
        const query = dataSource.getRepository(Deal).createQueryBuilder("deal");
        const found = await fetchChildPages(dataSource, query, parentSql, [...new Set(group.map((k) => k.parentId))], order, group[0].page);
        for (const [parentId, child] of found) pages.set(`${role}#${page}#${parentId}`, child);
      }
      const counted = [...new Set(members.filter((key) => key.counted).map((key) => key.parentId))];
      if (counted.length) {
        const rows: { parent: number | string; total: number | string }[] = await dataSource.getRepository(Deal).createQueryBuilder("deal")
          .select(parentSql, "parent").addSelect("COUNT(*)", "total")
          .where(`${parentSql} IN (:...ids)`, { ids: counted })
          .groupBy(parentSql)
          .getRawMany();
        for (const r of rows) totals.set(`${role}#${Number(r.parent)}`, Number(r.total));
      }
    }
    return keys.map((key) => ({
      page: pages.get(`${key.role}#${JSON.stringify(key.page)}#${key.parentId}`) ?? { ids: [], cursors: [], hasNextPage: false },
      totalCount: key.counted ? totals.get(`${key.role}#${key.parentId}`) ?? 0 : undefined,
    }));
  }, { cacheKeyFn: cacheKey });
}

/** Fixed orders of nested connections, shared by the loaders and the resolvers that make their cursors. */
export function nestedOrders(dataSource: DataSource) {
  const statementId = columnSql(dataSource, "statement", "id");
  const mentionId = columnSql(dataSource, "mention", "id");
  const dealId = columnSql(dataSource, "deal", "id");
  return {
    /** Article.statements: in reading order. */
    articleStatements: { name: "article.statements", valueSql: columnSql(dataSource, "statement", "startOffset"), idSql: statementId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Actor.statements: most recent first, undated last. */
    actorStatements: { name: "actor.statements", valueSql: `COALESCE(${columnSql(dataSource, "statement", "saidOn")}, '')`, idSql: statementId, direction: "DESC", valueType: "string" } as SortOrder,
    /** Actor.mentions: most recently stored first. */
    actorMentions: { name: "actor.mentions", valueSql: mentionId, idSql: mentionId, direction: "DESC", valueType: "number" } as SortOrder,
    /** Actor.dealsAsSupplier: in id order, like `deals`. */
    actorDealsAsSupplier: { name: "actor.dealsAsSupplier", valueSql: dealId, idSql: dealId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Actor.dealsAsRecipient: in id order, like `deals`. */
    actorDealsAsRecipient: { name: "actor.dealsAsRecipient", valueSql: dealId, idSql: dealId, direction: "ASC", valueType: "number" } as SortOrder,
  };
}

/** A fresh set of DataLoaders for one request: every relation of the schema is read through them, in batches. */
export function createLoaders(dataSource: DataSource) {
  const orders = nestedOrders(dataSource);
  const statements = () => dataSource.getRepository(Statement).createQueryBuilder("statement");
  return {
    actor: byId(dataSource, Actor),
    article: articleSummaries(dataSource),
    /** Article bodies alone, for Article.body when the article came from a loader without it. */
    articleBody: new RowLoader((ids) => readByIds<Pick<Article, "id" | "body">>(dataSource, Article, ids, ["id", "body"])),
    statement: byId(dataSource, Statement),
    mention: byId(dataSource, Mention),
    deal: byId(dataSource, Deal),
    aliasesByActor: groupedBy(dataSource, ActorAlias, "actorId", { language: "ASC", id: "ASC" }),
    rolesByActor: groupedBy(dataSource, ActorRole, "actorId", { startDate: "ASC", id: "ASC" }),
    mentionsByArticle: groupedBy(dataSource, Mention, "articleId", { startOffset: "ASC", id: "ASC" }),
    evidenceByDeal: groupedBy(dataSource, DealEvidence, "dealId", { id: "ASC" }),
    evidenceByArticle: groupedBy(dataSource, DealEvidence, "articleId", { id: "ASC" }),
    statementCountByArticle: countBy(dataSource, Statement, "articleId"),
    statementCountBySpeaker: countBy(dataSource, Statement, "speakerId"),
    statementPagesByArticle: childPages(dataSource, statements, columnSql(dataSource, "statement", "articleId"), orders.articleStatements),
    statementPagesBySpeaker: childPages(dataSource, statements, columnSql(dataSource, "statement", "speakerId"), orders.actorStatements),
    mentionPagesByActor: childPages(dataSource, () => dataSource.getRepository(Mention).createQueryBuilder("mention"),
      columnSql(dataSource, "mention", "actorId"), orders.actorMentions),
    /** Press deals linked to each SIPRI record (Deal.reports), in id order. */
    reportsBySipriRecord: groupedBy(dataSource, Deal, "sipriRecordId", { id: "ASC" }),
    dealPagesByActor: actorDealPages(dataSource, orders),
  };
}

/** The per-request loaders. */
export type Loaders = ReturnType<typeof createLoaders>;
