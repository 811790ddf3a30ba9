import type DataLoader from "dataloader";
import type { CursorPosition } from "./cursor";
import type { ChildPage, PageRequest } from "./keyset";
import { MAX_PAGE_SIZE } from "./page-args";
import { userInputError } from "./user-input-error";

/**
 * The page request of a bounded child list (`first`, then `after`: the id of the last item already
 * received, read as its position in the list's order): `first` within 0..100, refused beyond.
 */
export function childListRequest(first: number, after: CursorPosition | null): PageRequest {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userInputError("first", `Argument "first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); fetch further items with "after" (the id of the last one received).`);
  }
  return { limit: first, after, before: null, backward: false };
}

/** The items of a batched child page, in order, loaded through the given loader. */
export async function childList<T>(page: ChildPage, nodes: DataLoader<number, T | null>): Promise<T[]> {
  const loaded = await nodes.loadMany(page.ids);
  return loaded.flatMap((node) => {
    if (node instanceof Error) throw node;
    return node ? [node] : [];
  });
}
