import type { EntityManager } from "typeorm";
import { requireEditor } from "../../auth/require-role";
import type { Viewer } from "../../auth/viewer";
import type { CurationContext } from "./curation-context";

/**
 * Runs a curation change for an editor: refuses anonymous and reader requests (UNAUTHENTICATED /
 * FORBIDDEN) before touching the store, then runs `work` in one transaction, so the change and
 * its audit entry commit together or not at all.
 */
export async function editTransaction<T>(context: CurationContext, work: (manager: EntityManager, viewer: Viewer) => Promise<T>): Promise<T> {
  const viewer = requireEditor(context.viewer);
  return context.dataSource.transaction((manager) => work(manager, viewer));
}
