import { EventEmitter } from "node:events";

/** What a committed write did to one article: the live updates (subscriptions) are fed from it. */
export interface ArticleCommit {
  articleId: number;
  /** "ingested": a new article (all its statements are new); "reextracted": an article whose extraction was replaced. */
  kind: "ingested" | "reextracted";
  /** The statements this commit added. */
  statementIds: number[];
}

/**
 * The process's announcements of committed article writes, emitted as "commit" with one ArticleCommit,
 * only after the article's transaction has committed (a rolled-back article is never announced).
 * The store announces; the live-updates module listens (and relays to Redis when asked to).
 */
export const articleCommits = new EventEmitter();
articleCommits.setMaxListeners(0);

/** Announces a committed article write; a listener's error never reaches the writer. */
export function announceArticleCommit(commit: ArticleCommit): void {
  // PostgreSQL drivers return bigint ids as strings: listeners (and Redis messages) always get numbers.
  const announced: ArticleCommit = { articleId: Number(commit.articleId), kind: commit.kind, statementIds: commit.statementIds.map(Number) };
  for (const listener of articleCommits.listeners("commit")) {
    try {
      (listener as (c: ArticleCommit) => void)(announced);
    } catch {
      // A failing subscriber must not turn a stored article into a failed ingest.
    }
  }
}
