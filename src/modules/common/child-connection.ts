import type DataLoader from "dataloader";
import type { Connection } from "./connection";
import { toConnection, type ChildPage, type PageRequest } from "./keyset";

/** Turns a batched child page into a connection, loading its nodes through the given loader. */
export async function childConnection<T>(
  page: ChildPage, nodes: DataLoader<number, T | null>, request: PageRequest, totalCount?: number,
): Promise<Connection<T>> {
  const loaded = await nodes.loadMany(page.ids);
  const rows = loaded.flatMap((node, i) => {
    if (node instanceof Error) throw node;
    return node ? [{ row: node, cursor: page.cursors[i] }] : [];
  });
  return toConnection(rows, page.hasMore, request, totalCount);
}
