import DataLoader from "dataloader";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { EMPTY_CHILD_PAGE, fetchChildPages, type ChildPage, type ChildRows, type PageRequest, type SortOrder } from "./keyset";

/** A parent id with the page of children wanted under it, and, when the selection reads them, the children's rows and relations to read with it. */
export interface ChildPageKey {
  parentId: number;
  page: PageRequest;
  rows?: ChildRows;
}

/** What makes keys share one statement: the page request and the relations read with it. */
function groupOf(key: ChildPageKey): string {
  return `${JSON.stringify(key.page)}#${key.rows ? key.rows.relations.map((r) => r.alias).join(",") : "-"}`;
}

/** Batches nested-connection pages: one SQL statement per distinct page request (size, cursors, direction, relations read) for all parents of a level. */
export function childPageLoader(
  dataSource: DataSource, query: () => SelectQueryBuilder<ObjectLiteral>, parentColumn: string, order: SortOrder,
): DataLoader<ChildPageKey, ChildPage, string> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, ChildPageKey[]>();
    for (const key of keys) {
      const group = groupOf(key);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<string, ChildPage>();
    for (const [group, members] of groups) {
      const pages = await fetchChildPages(dataSource, query(), parentColumn, members.map((m) => m.parentId), order, members[0].page, members[0].rows);
      for (const m of members) results.set(`${group}#${m.parentId}`, pages.get(m.parentId) ?? EMPTY_CHILD_PAGE);
    }
    return keys.map((key) => results.get(`${groupOf(key)}#${key.parentId}`)!);
  }, { cacheKeyFn: (key) => `${groupOf(key)}#${key.parentId}` });
}
