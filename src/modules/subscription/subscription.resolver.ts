import { Arg, Root, Subscription, Resolver } from "type-graphql";
import type { SubscribeResolverData } from "type-graphql";
import { In } from "typeorm";
import { inList } from "../../db/in-list";
import { columnSql } from "../../db/column-sql";
import { createLoaders } from "../api-context";
import { Article } from "../article/article.entity";
import { ArticleNode } from "../article/article.type";
import { Statement } from "../statement/statement.entity";
import { StatementFilter } from "../statement/statement.filter";
import { DEFAULT_STATEMENT_ORDER } from "../statement/statement.order";
import { StatementNode } from "../statement/statement.type";
import { selectStatements } from "../statement/select-statements";
import type { ArticleCommit } from "../../store/article-commits";
import { PushIterator } from "./push-iterator";
import type { SubscriptionContext } from "./subscription.context";

type SubscribeData = SubscribeResolverData<unknown, Record<string, unknown>, SubscriptionContext>;

/**
 * Feeds one subscriber: each article commit is turned by `load` into the values to send, in commit
 * order; a load that fails ends the subscription. Each commit's values are resolved with fresh
 * loaders, so a long subscription neither serves stale actors nor keeps every row it ever sent.
 */
function feed<T>(context: SubscriptionContext, load: (commit: ArticleCommit) => Promise<T[]>): PushIterator<T> {
  let chain = Promise.resolve();
  const stop = context.liveUpdates.listen((commit) => {
    chain = chain.then(async () => {
      const values = await load(commit);
      if (values.length) context.loaders = createLoaders(context.dataSource, context.orders);
      for (const value of values) iterator.push(value);
    }).catch(() => {
      void iterator.return();
    });
  });
  const iterator = new PushIterator<T>(stop);
  return iterator;
}

/** New statements matching a StatementFilter, read from the database after their commit (so every server sees them the same). */
async function statementsAdded({ args, context }: SubscribeData): Promise<AsyncIterable<Statement>> {
  const filter = (args.filter ?? null) as StatementFilter | null;
  // Checks the filter now, so that a bad id or date fails the subscription instead of its first event.
  await selectStatements(context.dataSource, filter, DEFAULT_STATEMENT_ORDER);
  return feed(context, async (commit) => {
    if (!commit.statementIds.length) return [];
    const query = await selectStatements(context.dataSource, filter, DEFAULT_STATEMENT_ORDER);
    query.andWhere(...inList(columnSql(context.dataSource, "statement", "id"), "addedIds", commit.statementIds));
    return query.orderBy(columnSql(context.dataSource, "statement", "id"), "ASC").getMany();
  });
}

/** Articles added, or re-extracted with changes, read after their commit. */
function articlesIngested({ context }: SubscribeData): AsyncIterable<Article> {
  return feed(context, async (commit) => context.dataSource.getRepository(Article).findBy({ id: In([commit.articleId]) }));
}

/** The `Subscription` type: live updates fed by ingestion (command, mutation, re-extraction) over the graphql-ws protocol. */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => StatementNode, {
    subscribe: statementsAdded,
    description: "Each statement stored from now on (new article or re-extraction) that matches the filter, with the same meaning as the statements query's filter.",
  })
  statementAdded(@Root() statement: Statement, @Arg("filter", () => StatementFilter, { nullable: true }) _filter: StatementFilter | null): Statement {
    return statement;
  }

  @Subscription(() => ArticleNode, {
    subscribe: articlesIngested,
    description: "Each article stored from now on, and each article whose re-extraction changed it.",
  })
  articleIngested(@Root() article: Article): Article {
    return article;
  }
}
