import type { DataSource } from "typeorm";
import { createLoaders, nestedOrders, type Loaders } from "./loaders";

/** What every resolver receives: the data source, the nested-connection orders and this request's own loaders. */
export interface ApiContext {
  dataSource: DataSource;
  loaders: Loaders;
  orders: ReturnType<typeof nestedOrders>;
}

/** Builds the context of one request; loaders are never shared between requests. */
export function createContext(dataSource: DataSource): ApiContext {
  return { dataSource, loaders: createLoaders(dataSource), orders: nestedOrders(dataSource) };
}
