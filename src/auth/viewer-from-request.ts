import type { DataSource } from "typeorm";
import { authenticate } from "./authenticate";
import { requireReader } from "./require-role";
import type { Viewer } from "./viewer";

/**
 * The viewer of an HTTP request, for the GraphQL context and the export routes: the key of its
 * Authorization header, or null. Throws UNAUTHENTICATED for a bad key, and for a request without
 * a key when READS_REQUIRE_KEY=1.
 */
export async function viewerFromRequest(authorizationHeader: string | undefined, dataSource: DataSource, readsRequireKey: boolean): Promise<Viewer | null> {
  const viewer = await authenticate(authorizationHeader, dataSource);
  requireReader(viewer, readsRequireKey);
  return viewer;
}
