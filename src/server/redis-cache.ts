import Redis from "ioredis";

/** Apollo Server's cache interface (KeyValueCache): what automatic persisted queries read and write. */
export interface SharedCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * A cache shared by every server instance through Redis, so a query registered by automatic
 * persisted queries on one instance is known to all of them. Redis trouble never fails a request:
 * a miss makes the client send the full query again. Entries expire after their TTL (Apollo's
 * default for persisted queries is none; `defaultTtlSeconds` bounds them).
 */
export class RedisCache implements SharedCache {
  private readonly redis: Redis;
  private warnedAt = 0;

  constructor(url: string, private readonly prefix = "armsgraph:apq:", private readonly defaultTtlSeconds = 7 * 24 * 3600) {
    // No offline queue: while Redis is unreachable a command fails at once (a cache miss) instead of
    // waiting for a reconnection; ioredis reconnects in the background.
    this.redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    });
    this.redis.on("error", (error) => this.warn(error));
  }

  /** Connects; an unreachable Redis is reported once and the cache then misses until it is back. */
  async connect(): Promise<void> {
    await this.redis.connect().catch((error: Error) => this.warn(error));
  }

  async get(key: string): Promise<string | undefined> {
    try {
      if (this.redis.status !== "ready") return undefined;
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.warn(error as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl ?? this.defaultTtlSeconds;
    if (this.redis.status !== "ready") return;
    try {
      await this.redis.set(this.prefix + key, value, "EX", Math.max(1, Math.ceil(ttl)));
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (error) {
      this.warn(error as Error);
      return false;
    }
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private warn(error: Error): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    console.warn(`armsgraph: the Redis cache for persisted queries is unavailable (${error.message}); queries are sent in full until it is back. Check REDIS_URL.`);
  }
}
