import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext, Loaders } from "../api-context";
import { childList, childListRequest } from "../common/child-list";
import type { CursorPosition } from "../common/cursor";
import { MAX_PAGE_SIZE } from "../common/page-args";
import { userInputError } from "../common/user-input-error";
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

  @FieldResolver(() => [MentionNode], { description: `The actors named in the body, in reading order: at most \`first\` (0 to ${MAX_PAGE_SIZE}, default ${MAX_PAGE_SIZE}); the next ones with \`after\`.` })
  async mentions(
    @Root() article: ArticleSummary,
    @Arg("first", () => Int, { defaultValue: MAX_PAGE_SIZE, description: `At most this many (0 to ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last mention received: the mentions that follow it in the text." }) after: string | null,
    @Ctx() { loaders }: ApiContext,
  ): Promise<Mention[]> {
    const page = childListRequest(first, after == null ? null : await mentionPosition(article.id, after, loaders));
    return childList(await loaders.mentionPagesByArticle.load({ parentId: article.id, page }), loaders.mention);
  }

  @FieldResolver(() => [DealNode], { description: "The deals this article reports, in id order." })
  async deals(@Root() article: ArticleSummary, @Ctx() { loaders }: ApiContext): Promise<Deal[]> {
    const evidence = await loaders.evidenceByArticle.load(article.id);
    const ids = [...new Set(evidence.map((e) => e.dealId))].sort((x, y) => x - y);
    const deals = await loaders.deal.loadMany(ids);
    return deals.filter((d): d is Deal => d !== null && !(d instanceof Error));
  }
}

/** Where a mention of this article stands in its reading order, for `after` (read through the mention loader: one batch per request). */
async function mentionPosition(articleId: number, after: string, loaders: Loaders): Promise<CursorPosition> {
  const mention = await loaders.mention.load(parseId("after", after, "Mention"));
  if (!mention || mention.articleId !== articleId) {
    throw userInputError("after", `Argument "after" must be the id of a mention of this article (the last one received); no mention of article ${articleId} has it.`);
  }
  return { value: mention.startOffset, id: mention.id };
}
