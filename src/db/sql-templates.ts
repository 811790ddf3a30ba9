import type { DataSource } from "typeorm";
import { recentlyUsed } from "./recently-used";

/** SQL texts kept, least recently used dropped first (filters of every shape and page sizes make many). */
const MAX_TEMPLATES = 500;

const kept = new WeakMap<DataSource, Map<string, string>>();

/**
 * The SQL text (named parameters, `:name`, not bound) of `key` on this data source, built once by `build` and then kept: a page's
 * statement is made by the query builder the first time its shape is read, not on every request. A null key
 * (a shape queryShape does not cover) builds every time.
 */
export function sqlTemplate(dataSource: DataSource, key: string | null, build: () => string): string {
  if (key === null) return build();
  let templates = kept.get(dataSource);
  if (!templates) kept.set(dataSource, (templates = new Map()));
  return recentlyUsed(templates, key, MAX_TEMPLATES, build);
}

/** The SQL text with its named parameters bound as the query builder binds them (the engine's markers, the values in their order). */
export function bindParameters(dataSource: DataSource, sql: string, parameters: Record<string, unknown>): [string, unknown[]] {
  return dataSource.driver.escapeQueryWithParameters(sql, parameters);
}
