import type { GraphQLResolveInfo } from "graphql";
import type { Loaders } from "../api-context";
import { joinedColumnSql, pageColumnSql, type JoinedRelation } from "../common/joined-relations";
import { selectsPath } from "../common/selection";

/**
 * The to-one relations a selection asks for under `nodePath` (["edges", "node"]) of a page of statements
 * (main alias `statement`), planned as joins of the page's own SQL statement: speaker, via, article, and
 * the article's outlet (for `outlet` and `article { outlet }`). The page, whatever its size and whatever it
 * selects of these, is one statement, and their resolvers find every row in the loaders.
 */
export function statementJoins(info: GraphQLResolveInfo, loaders: Loaders, nodePath: readonly string[]): JoinedRelation[] {
  const selects = (...path: string[]) => selectsPath(info, [...nodePath, ...path]);
  const outlet = selects("outlet") || selects("article", "outlet");
  const joins: JoinedRelation[] = [];
  if (selects("speaker")) joins.push({ alias: "speaker", foreignKey: pageColumnSql("statement", "speakerId"), loader: loaders.actor });
  if (selects("via")) joins.push({ alias: "via", foreignKey: pageColumnSql("statement", "viaId"), loader: loaders.actor });
  if (outlet || selects("article")) joins.push({ alias: "article", foreignKey: pageColumnSql("statement", "articleId"), loader: loaders.article });
  if (outlet) joins.push({ alias: "outlet", foreignKey: joinedColumnSql("article", "outletId"), loader: loaders.actor });
  return joins;
}
