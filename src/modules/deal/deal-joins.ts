import type { GraphQLResolveInfo } from "graphql";
import type { Loaders } from "../api-context";
import { pageColumnSql, type JoinedRelation } from "../common/joined-relations";
import { selectsPath } from "../common/selection";

/**
 * The parties a selection asks for under `nodePath` (["edges", "node"]) of a page of deals (main alias
 * `deal`), planned as joins of the page's own SQL statement: supplier and recipient come with the page.
 */
export function dealJoins(info: GraphQLResolveInfo, loaders: Loaders, nodePath: readonly string[]): JoinedRelation[] {
  const joins: JoinedRelation[] = [];
  if (selectsPath(info, [...nodePath, "supplier"])) joins.push({ alias: "supplier", foreignKey: pageColumnSql("deal", "supplierId"), loader: loaders.actor });
  if (selectsPath(info, [...nodePath, "recipient"])) joins.push({ alias: "recipient", foreignKey: pageColumnSql("deal", "recipientId"), loader: loaders.actor });
  return joins;
}

/** The article of each piece of evidence in a deal's evidence list, when selected, read with the list's page (main alias `evidence`). */
export function evidenceJoins(info: GraphQLResolveInfo, loaders: Loaders): JoinedRelation[] {
  return selectsPath(info, ["article"]) ? [{ alias: "article", foreignKey: pageColumnSql("evidence", "articleId"), loader: loaders.article }] : [];
}
