import type { DataSource } from "typeorm";

/** Quotes `alias.column` for the data source's engine. */
export function columnSql(dataSource: DataSource, alias: string, column: string): string {
  return `${dataSource.driver.escape(alias)}.${dataSource.driver.escape(column)}`;
}
