import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { ArticleSummary } from "./article.loaders";
import type { Actor } from "../actor/actor.entity";
import { ActorNode } from "../actor/actor.type";
import { childConnection } from "../common/child-connection";
import type { Connection } from "../common/connection";
import { parseId } from "../common/ids";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import type { Deal } from "../deal/deal.entity";
import { DealNode } from "../deal/deal.type";
import type { Statement } from "../statement/statement.entity";
import { StatementConnection } from "../statement/statement.type";
import { ArticleFilter } from "./article.filter";
import { ArticleOrder, DEFAULT_ARTICLE_ORDER, articleSortOrder } from "./article.order";
import { selectArticles } from "./select-articles";
import type { Article } from "./article.entity";
import { ArticleConnection, ArticleNode } from "./article.type";
import type { Mention } from "./mention.entity";
import { MentionNode } from "./mention.type";

/** Article lists, single articles, and an article's outlet, statements, mentions and deals. */
@Resolver(() => ArticleNode)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: "Articles matching the filter, in a stable order (default PUBLISHED_AT DESC)." })
  async articles(
    @Args() args: PageArgs,
    @Arg("filter", () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null,
    @Arg("orderBy", () => ArticleOrder, { nullable: true }) orderBy: ArticleOrder | null,
    @Ctx() { dataSource }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Article>> {
    const sort = articleSortOrder(dataSource, orderBy ?? DEFAULT_ARTICLE_ORDER);
    const page = pageRequest(args, sort);
    const query = await selectArticles(dataSource, filter);
    const { rows, hasMore } = await fetchPage(query, "article", sort, page);
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    return toConnection(rows, hasMore, page, totalCount);
  }

  @Query(() => ArticleNode, { nullable: true, description: "The article with this id, or null when there is none." })
  article(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<ArticleSummary | null> {
    return loaders.article.load(parseId("id", id, "Article"));
  }

  @FieldResolver(() => String, { description: "The cleaned text; every offset refers to it." })
  async body(@Root() article: ArticleSummary, @Ctx() { loaders }: ApiContext): Promise<string> {
    if (article.body !== undefined) return article.body;
    const row = await loaders.articleBody.load(article.id);
    if (!row) throw new Error(`Article ${article.id} has disappeared`);
    return row.body;
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "The outlet (a MEDIA actor) that published the article." })
  outlet(@Root() article: ArticleSummary, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    return article.outletId === null ? null : loaders.actor.peek(article.outletId) ?? loaders.actor.load(article.outletId);
  }

  @FieldResolver(() => StatementConnection, { description: "The article's statements in reading order." })
  async statements(
    @Root() article: ArticleSummary, @Args() args: PageArgs, @Ctx() { loaders, orders }: ApiContext, @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Statement>> {
    const page = pageRequest(args, orders.articleStatements);
    const [children, totalCount] = await Promise.all([
      loaders.statementPagesByArticle.load({ parentId: article.id, page }),
      selectsField(info, "totalCount") ? loaders.statementCountByArticle.load(article.id) : undefined,
    ]);
    return childConnection(children, loaders.statement, page, totalCount);
  }

  @FieldResolver(() => [MentionNode], { description: "Every actor named in the body, in reading order." })
  mentions(@Root() article: ArticleSummary, @Ctx() { loaders }: ApiContext): Promise<Mention[]> {
    return loaders.mentionsByArticle.load(article.id);
  }

  @FieldResolver(() => [DealNode], { description: "The deals this article reports, in id order." })
  async deals(@Root() article: ArticleSummary, @Ctx() { loaders }: ApiContext): Promise<Deal[]> {
    const evidence = await loaders.evidenceByArticle.load(article.id);
    const ids = [...new Set(evidence.map((e) => e.dealId))].sort((x, y) => x - y);
    const deals = await loaders.deal.loadMany(ids);
    return deals.filter((d): d is Deal => d !== null && !(d instanceof Error));
  }
}
