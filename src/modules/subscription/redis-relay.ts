import Redis from "ioredis";
import { articleCommits, type ArticleCommit } from "../../store/article-commits";

/** The Redis pub/sub channel that carries article commits between processes. */
export const ARTICLE_COMMITS_CHANNEL = "armsgraph:article-commits";

/** Redis connection options for live updates: fail fast when Redis is down rather than queue forever. */
export const LIVE_REDIS_OPTIONS = { maxRetriesPerRequest: 1, connectTimeout: 2000 } as const;

interface Relay {
  redis: Redis;
  users: number;
  forward: (commit: ArticleCommit) => void;
}

const relays = new Map<string, Relay>();

/**
 * Publishes every article commit of this process to Redis (ARTICLE_COMMITS_CHANNEL), so servers in
 * other processes deliver it to their subscribers: used by the servers and by the ingest and
 * re-extract commands when REDIS_URL is set (an unreachable Redis is reported, and the writes go on
 * without live updates). One relay per Redis URL in a process, however many
 * servers ask (each commit is published once); the returned function releases this use of it and,
 * for the last user, waits for pending publications before disconnecting.
 */
export async function relayArticleCommits(redisUrl: string): Promise<() => Promise<void>> {
  let relay = relays.get(redisUrl);
  if (!relay) {
    const redis = new Redis(redisUrl, { ...LIVE_REDIS_OPTIONS, lazyConnect: true });
    redis.on("error", (error: Error) => warn(error));
    const forward = (commit: ArticleCommit) => {
      redis.publish(ARTICLE_COMMITS_CHANNEL, JSON.stringify(commit)).catch((error: Error) => warn(error));
    };
    try {
      await redis.connect();
    } catch (error) {
      warn(error as Error);
      redis.disconnect();
      return async () => {};
    }
    relay = { redis, users: 0, forward };
    relays.set(redisUrl, relay);
    articleCommits.on("commit", forward);
  }
  relay.users++;
  const used = relay;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--used.users > 0) return;
    relays.delete(redisUrl);
    articleCommits.off("commit", used.forward);
    await used.redis.quit().catch(() => used.redis.disconnect());
  };
}

function warn(error: Error): void {
  console.warn(`live updates: Redis publication failed (${error.message}); subscribers in other processes miss this update.`);
}
