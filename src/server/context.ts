import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/viewer";
import { createLoaders, nestedOrders, type Loaders } from "./loaders";

/** What every resolver receives: the data source, the nested-connection orders and this request's own loaders. */
export interface ApiContext {
  dataSource: DataSource;
  loaders: Loaders;
  orders: ReturnType<typeof nestedOrders>;
  /** The API key that authenticated the request; null when anonymous. */
  viewer: Viewer | null;
}

/** Builds the context of one request; loaders are never shared between requests. */
export function createContext(dataSource: DataSource, viewer: Viewer | null = null): ApiContext {
  return { dataSource, loaders: createLoaders(dataSource), orders: nestedOrders(dataSource), viewer };
}
