import type { GraphQLResolveInfo } from "graphql";
import type { Loaders } from "../api-context";
import { selectsPath } from "../common/selection";
import type { Statement } from "./statement.entity";

/**
 * Reads, ahead of their resolvers, the relations a page of statements selects under `nodePath`
 * (["edges", "node"]): the articles in one batch, then every speaker, via and outlet in one more.
 * Their resolvers then answer synchronously, and a page costs the same SQL whatever it selects.
 */
export async function prefetchStatementRelations(statements: readonly Statement[], info: GraphQLResolveInfo, loaders: Loaders, nodePath: readonly string[]): Promise<void> {
  if (!statements.length) return;
  const selects = (...path: string[]) => selectsPath(info, [...nodePath, ...path]);
  const outlets = selects("outlet") || selects("article", "outlet");
  const articles = outlets || selects("article")
    ? await loaders.article.loadMany([...new Set(statements.map((s) => s.articleId))])
    : [];
  const actorIds = new Set<number>();
  if (selects("speaker")) for (const s of statements) if (s.speakerId !== null) actorIds.add(s.speakerId);
  if (selects("via")) for (const s of statements) if (s.viaId !== null) actorIds.add(s.viaId);
  if (outlets) for (const a of articles) if (a && !(a instanceof Error) && a.outletId !== null) actorIds.add(a.outletId);
  if (actorIds.size) await loaders.actor.loadMany([...actorIds]);
}
