import { forbidden, unauthenticated } from "./auth-errors";
import type { Viewer } from "./viewer";

/** Returns the viewer when it holds an editor key; otherwise throws UNAUTHENTICATED (no key) or FORBIDDEN (reader key). */
export function requireEditor(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw unauthenticated("This operation changes data: send an editor API key as Authorization: Bearer <key>.");
  if (viewer.role !== "editor") throw forbidden(`This operation needs an editor key; key #${viewer.keyId} is a ${viewer.role} key.`);
  return viewer;
}

/** Throws UNAUTHENTICATED when reads need a key (READS_REQUIRE_KEY=1) and the request has none. */
export function requireReader(viewer: Viewer | null | undefined, readsRequireKey: boolean): void {
  if (!viewer && readsRequireKey) throw unauthenticated("This server requires an API key for reads: send Authorization: Bearer <key>.");
}
