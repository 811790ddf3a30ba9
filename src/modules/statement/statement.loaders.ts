import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { columnSql } from "../../db/column-sql";
import { childPageLoader } from "../common/child-page-loader";
import { countLoader } from "../common/count-loader";
import type { SortOrder } from "../common/keyset";
import { rowLoader } from "../common/row-loader";
import { Statement } from "./statement.entity";

/** Fixed orders of the statement connections under articles and actors, shared by the loaders and the resolvers that make their cursors. */
export function statementOrders(dataSource: DataSource) {
  const statementId = columnSql(dataSource, "statement", "id");
  return {
    /** Article.statements: in reading order. */
    articleStatements: { name: "article.statements", valueSql: columnSql(dataSource, "statement", "startOffset"), idSql: statementId, direction: "ASC", valueType: "number" } as SortOrder,
    /** Actor.statements: most recent first, undated last. */
    actorStatements: { name: "actor.statements", valueSql: `COALESCE(${columnSql(dataSource, "statement", "saidOn")}, '')`, idSql: statementId, direction: "DESC", valueType: "string" } as SortOrder,
  };
}

/** The statement module's per-request loaders: statements by id, counts and pages by article and by speaker, and reports of the same words. */
export function createStatementLoaders(dataSource: DataSource, orders: ReturnType<typeof statementOrders>) {
  const statements = () => dataSource.getRepository(Statement).createQueryBuilder("statement");
  return {
    statement: rowLoader(dataSource, Statement),
    statementCountByArticle: countLoader(dataSource, Statement, "articleId"),
    statementCountBySpeaker: countLoader(dataSource, Statement, "speakerId"),
    statementPagesByArticle: childPageLoader(dataSource, statements, columnSql(dataSource, "statement", "articleId"), orders.articleStatements),
    statementPagesBySpeaker: childPageLoader(dataSource, statements, columnSql(dataSource, "statement", "speakerId"), orders.actorStatements),
    sameUtterance: sameUtteranceLoader(dataSource),
  };
}

/** For a statement id, the ids of the other statements reporting the same utterance (ascending): one SQL statement per batch. */
function sameUtteranceLoader(dataSource: DataSource): DataLoader<number, number[]> {
  return new DataLoader(async (ids) => {
    const [sql, values] = dataSource.driver.escapeQueryWithParameters(
      `SELECT mine."statementId" AS "of", other."statementId" AS id FROM statement_groups mine
       JOIN statement_groups other ON other."groupId" = mine."groupId" AND other."statementId" <> mine."statementId"
       WHERE mine."statementId" IN (:...ids) ORDER BY other."statementId"`, { ids: [...ids] });
    const rows: { of: number | string; id: number | string }[] = await dataSource.query(sql, values);
    const others = new Map<number, number[]>(ids.map((id) => [id, []]));
    for (const row of rows) others.get(Number(row.of))?.push(Number(row.id));
    return ids.map((id) => others.get(id) ?? []);
  });
}
