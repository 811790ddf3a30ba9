import type { DataSource } from "typeorm";
import { columnSql } from "../../db/column-sql";
import { childPageLoader } from "../common/child-page-loader";
import type { SortOrder } from "../common/keyset";
import { rowLoader } from "../common/row-loader";
import { Article } from "./article.entity";
import { Mention } from "./mention.entity";

/** An article as relations read it: every column but the texts, which are read only when a query selects them. */
export type ArticleSummary = Omit<Article, "body" | "originalText"> & { body?: string };

const ARTICLE_SUMMARY_COLUMNS = [
  "id", "url", "title", "outletId", "publishedAt", "publishedPrecision", "language", "authors", "format", "contentHash", "ingestedAt", "extractorVersion",
] as const;

/** Fixed orders of the mention connections, shared by the loaders and the resolvers that make their cursors. */
export function mentionOrders(dataSource: DataSource) {
  const mentionId = columnSql(dataSource, "mention", "id");
  return {
    /** Actor.mentions: most recently stored first. */
    actorMentions: { name: "actor.mentions", valueSql: mentionId, idSql: mentionId, direction: "DESC", valueType: "number" } as SortOrder,
    /** Article.mentions: in reading order. */
    articleMentions: { name: "article.mentions", valueSql: columnSql(dataSource, "mention", "startOffset"), idSql: mentionId, direction: "ASC", valueType: "number" } as SortOrder,
  };
}

/** The article module's per-request loaders: articles (without their texts), bodies, and mentions by article and by actor. */
export function createArticleLoaders(dataSource: DataSource, orders: ReturnType<typeof mentionOrders>) {
  const mentions = () => dataSource.getRepository(Mention).createQueryBuilder("mention");
  return {
    article: rowLoader<ArticleSummary>(dataSource, Article, ARTICLE_SUMMARY_COLUMNS),
    /** Article bodies alone, for Article.body when the article came from a loader without it. */
    articleBody: rowLoader<Pick<Article, "id" | "body">>(dataSource, Article, ["id", "body"]),
    mention: rowLoader(dataSource, Mention),
    mentionPagesByArticle: childPageLoader(dataSource, mentions, columnSql(dataSource, "mention", "articleId"), orders.articleMentions),
    mentionPagesByActor: childPageLoader(dataSource, mentions, columnSql(dataSource, "mention", "actorId"), orders.actorMentions),
  };
}
