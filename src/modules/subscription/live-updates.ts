import { EventEmitter } from "node:events";
import Redis from "ioredis";
import { articleCommits, type ArticleCommit } from "../../store/article-commits";
import { ARTICLE_COMMITS_CHANNEL, LIVE_REDIS_OPTIONS, relayArticleCommits } from "./redis-relay";

/**
 * The article commits one server delivers to its subscribers. Without Redis they are this process's
 * own commits; with Redis, every commit published on ARTICLE_COMMITS_CHANNEL by any process
 * (servers, the ingest command), this process's included, each delivered once.
 */
export class LiveUpdates {
  private readonly emitter = new EventEmitter();

  private constructor(private readonly stop: () => Promise<void>) {
    this.emitter.setMaxListeners(0);
  }

  /** Starts listening: to Redis when `redisUrl` is given (and relays this process's commits there), else in process. */
  static async start(redisUrl?: string): Promise<LiveUpdates> {
    if (!redisUrl) {
      let hub: LiveUpdates | undefined;
      const deliver = (commit: ArticleCommit) => hub!.emitter.emit("commit", commit);
      articleCommits.on("commit", deliver);
      hub = new LiveUpdates(async () => {
        articleCommits.off("commit", deliver);
      });
      return hub;
    }
    // Redis may be down when the server starts: it starts anyway, and joins the channel each time the
    // connection is ready (ioredis reconnects in the background). Trouble is logged at most once a minute.
    const subscriber = new Redis(redisUrl, { ...LIVE_REDIS_OPTIONS, lazyConnect: true });
    let warnedAt = -Infinity;
    subscriber.on("error", (error: Error) => {
      if (Date.now() - warnedAt < 60_000) return;
      warnedAt = Date.now();
      console.warn(`live updates: Redis subscription trouble (${error.message}); subscribers miss commits until it is back.`);
    });
    const joined = new Promise<void>((resolve) => {
      subscriber.on("ready", () => void subscriber.subscribe(ARTICLE_COMMITS_CHANNEL).then(() => resolve(), () => resolve()));
    });
    subscriber.connect().catch(() => {});
    // With Redis up, start listening before answering anything; with Redis down, start without it.
    await Promise.race([joined, new Promise<void>((resolve) => setTimeout(resolve, LIVE_REDIS_OPTIONS.connectTimeout).unref())]);
    const release = await relayArticleCommits(redisUrl);
    const hub = new LiveUpdates(async () => {
      await release();
      await subscriber.quit().catch(() => subscriber.disconnect());
    });
    subscriber.on("message", (_channel: string, message: string) => {
      const commit = parseCommit(message);
      if (commit) hub.emitter.emit("commit", commit);
    });
    return hub;
  }

  /** Calls `listener` with each commit until the returned function is called. */
  listen(listener: (commit: ArticleCommit) => void): () => void {
    this.emitter.on("commit", listener);
    return () => this.emitter.off("commit", listener);
  }

  /** Stops listening and disconnects from Redis. */
  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return this.stop();
  }
}

/** A commit read from Redis, or null for a message that is not one (another program on the channel). */
function parseCommit(message: string): ArticleCommit | null {
  try {
    const value = JSON.parse(message) as Partial<ArticleCommit>;
    if (typeof value.articleId !== "number" || !Array.isArray(value.statementIds) || (value.kind !== "ingested" && value.kind !== "reextracted")) return null;
    return { articleId: value.articleId, kind: value.kind, statementIds: value.statementIds.filter((id): id is number => typeof id === "number") };
  } catch {
    return null;
  }
}
