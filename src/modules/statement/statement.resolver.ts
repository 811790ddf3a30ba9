import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { Loaders } from "../api-context";
import type { ArticleSummary } from "../article/article.loaders";
import { ActorNode } from "../actor/actor.type";
import type { Actor } from "../actor/actor.entity";
import { ArticleNode } from "../article/article.type";
import type { Connection } from "../common/connection";
import { parseId } from "../common/ids";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import { StatementFilter } from "./statement.filter";
import { DEFAULT_STATEMENT_ORDER, StatementOrder, statementSortOrder } from "./statement.order";
import { statementJoins } from "./statement-joins";
import { selectStatements } from "./select-statements";
import type { Statement } from "./statement.entity";
import { StatementConnection, StatementNode } from "./statement.type";

/** The statement feed (its page and the to-one relations it selects in one SQL statement), single statements, and the relations of a statement (through loaders). */
@Resolver(() => StatementNode)
export class StatementResolver {
  @Query(() => StatementConnection, { description: "Statements matching the filter, in a stable order (default SAID_ON DESC)." })
  async statements(
    @Args() args: PageArgs,
    @Arg("filter", () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true }) orderBy: StatementOrder | null,
    @Ctx() { dataSource, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Statement>> {
    const order = orderBy ?? DEFAULT_STATEMENT_ORDER;
    const sort = statementSortOrder(dataSource, order);
    const page = pageRequest(args, sort);
    const query = await selectStatements(dataSource, filter, order);
    const { rows, hasMore } = await fetchPage(query, "statement", sort, page, statementJoins(info, loaders, ["edges", "node"]));
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    return toConnection(rows, hasMore, page, totalCount);
  }

  @Query(() => StatementNode, { nullable: true, description: "The statement with this id, or null when there is none." })
  statement(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<Statement | null> {
    return loaders.statement.load(parseId("id", id, "Statement"));
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "Who said it; null when the extractor could not tell." })
  speaker(@Root() statement: Statement, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    return statement.speakerId === null ? null : loaders.actor.peek(statement.speakerId) ?? loaders.actor.load(statement.speakerId);
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: 'The outlet or body that relayed the words ("told RIA Novosti").' })
  via(@Root() statement: Statement, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    return statement.viaId === null ? null : loaders.actor.peek(statement.viaId) ?? loaders.actor.load(statement.viaId);
  }

  @FieldResolver(() => ArticleNode)
  article(@Root() statement: Statement, @Ctx() { loaders }: ApiContext): ArticleSummary | Promise<ArticleSummary> {
    return loaders.article.peek(statement.articleId) ?? articleOf(statement, loaders);
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "The outlet that published the statement's article." })
  outlet(@Root() statement: Statement, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    const article = loaders.article.peek(statement.articleId);
    if (!article) return articleOf(statement, loaders).then((a) => (a.outletId === null ? null : loaders.actor.load(a.outletId)));
    return article.outletId === null ? null : loaders.actor.peek(article.outletId) ?? loaders.actor.load(article.outletId);
  }
}

async function articleOf(statement: Statement, loaders: Loaders): Promise<ArticleSummary> {
  const article = await loaders.article.load(statement.articleId);
  if (!article) throw new Error(`Statement ${statement.id} refers to missing article ${statement.articleId}`);
  return article;
}
