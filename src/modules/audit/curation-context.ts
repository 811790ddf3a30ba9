import type { DataSource } from "typeorm";
import type { Viewer } from "../../auth/viewer";

/** The part of the GraphQL context curation resolvers use: the store and the authenticated viewer (null when anonymous). */
export interface CurationContext {
  dataSource: DataSource;
  viewer?: Viewer | null;
}
