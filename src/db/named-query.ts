import type { EntityManager } from "typeorm";

/**
 * Runs SQL written with named parameters (`:name`, and `:...list` for IN lists) through the manager's
 * connection, on either engine: the driver turns them into its own markers in the right order.
 */
export function namedQuery(manager: EntityManager, sql: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(text, values);
}
