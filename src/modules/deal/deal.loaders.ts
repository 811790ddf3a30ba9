import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { columnSql } from "../../db/column-sql";
import { childPageLoader } from "../common/child-page-loader";
import { groupLoader } from "../common/group-loader";
import { EMPTY_CHILD_PAGE, fetchChildPages, type ChildPage, type PageRequest, type SortOrder } from "../common/keyset";
import { rowLoader } from "../common/row-loader";
import { DealEvidence } from "./deal-evidence.entity";
import { Deal } from "./deal.entity";

/** Fixed orders of the deal connections under actors, shared by the loaders and the resolvers that make their cursors. */
export function dealOrders(dataSource: DataSource) {
  const dealId = columnSql(dataSource, "deal", "id");
  const evidenceId = columnSql(dataSource, "evidence", "id");
  const evidenceStatementId = columnSql(dataSource, "evidence", "statementId");
  return {
    /** Actor.dealsAsSupplier: in id order, like `deals`. */
    actorDealsAsSupplier: { name: "actor.dealsAsSupplier", valueSql: dealId, idSql: dealId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Actor.dealsAsRecipient: in id order, like `deals`. */
    actorDealsAsRecipient: { name: "actor.dealsAsRecipient", valueSql: dealId, idSql: dealId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Deal.evidence: in id order. */
    dealEvidence: { name: "deal.evidence", valueSql: evidenceId, idSql: evidenceId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Deal.statements: the statements of the evidence, each once, in statement id order. */
    dealStatements: { name: "deal.statements", valueSql: evidenceStatementId, idSql: evidenceStatementId, direction: "ASC", valueType: "number" } as SortOrder,
  };
}

/** The deal module's per-request loaders: deals and evidence by id, pages of evidence and of statements by deal, evidence by article, press reports of SIPRI records, and actors' deal pages. */
export function createDealLoaders(dataSource: DataSource, orders: ReturnType<typeof dealOrders>) {
  const evidence = () => dataSource.getRepository(DealEvidence).createQueryBuilder("evidence");
  const evidenceDealId = columnSql(dataSource, "evidence", "dealId");
  return {
    deal: rowLoader(dataSource, Deal),
    dealEvidence: rowLoader(dataSource, DealEvidence),
    evidencePagesByDeal: childPageLoader(dataSource, evidence, evidenceDealId, orders.dealEvidence),
    /** One row per (deal, statement) of the evidence, so each statement comes once. */
    statementPagesByDeal: childPageLoader(dataSource, () => evidence()
      .andWhere(`${orders.dealStatements.idSql} IS NOT NULL`)
      .groupBy(evidenceDealId).addGroupBy(orders.dealStatements.idSql), evidenceDealId, orders.dealStatements),
    evidenceByArticle: groupLoader(dataSource, DealEvidence, "articleId", { id: "ASC" }),
    /** Press deals linked to each SIPRI record (Deal.reports), in id order. */
    reportsBySipriRecord: groupLoader(dataSource, Deal, "sipriRecordId", { id: "ASC" }),
    dealPagesByActor: actorDealPages(dataSource, orders),
  };
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
  dataSource: DataSource, orders: ReturnType<typeof dealOrders>,
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
      page: pages.get(`${key.role}#${JSON.stringify(key.page)}#${key.parentId}`) ?? EMPTY_CHILD_PAGE,
      totalCount: key.counted ? totals.get(`${key.role}#${key.parentId}`) ?? 0 : undefined,
    }));
  }, { cacheKeyFn: cacheKey });
}
