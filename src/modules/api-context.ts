import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/viewer";
import { createActorLoaders } from "./actor/actor.loaders";
import { createArticleLoaders, mentionOrders } from "./article/article.loaders";
import { createDealLoaders, dealOrders } from "./deal/deal.loaders";
import { createStatementLoaders, statementOrders } from "./statement/statement.loaders";

/** Fixed orders of nested connections, shared by the loaders and the resolvers that make their cursors. */
export function nestedOrders(dataSource: DataSource) {
  return { ...statementOrders(dataSource), ...mentionOrders(dataSource), ...dealOrders(dataSource) };
}

/** A fresh set of DataLoaders for one request, gathered from every module: each relation of the schema is read through them, in batches. */
export function createLoaders(dataSource: DataSource, orders: NestedOrders = nestedOrders(dataSource)) {
  return {
    ...createActorLoaders(dataSource),
    ...createArticleLoaders(dataSource, orders),
    ...createStatementLoaders(dataSource, orders),
    ...createDealLoaders(dataSource, orders),
  };
}

export type NestedOrders = ReturnType<typeof nestedOrders>;

/** The per-request loaders. */
export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the data source, the nested-connection orders and this request's own loaders. */
export interface ApiContext {
  dataSource: DataSource;
  loaders: Loaders;
  orders: NestedOrders;
  /** The API key that authenticated the request; null when anonymous. */
  viewer: Viewer | null;
}

/** Builds the context of one request; loaders are never shared between requests. */
export function createContext(dataSource: DataSource, viewer: Viewer | null = null): ApiContext {
  const orders = nestedOrders(dataSource);
  return { dataSource, loaders: createLoaders(dataSource, orders), orders, viewer };
}
