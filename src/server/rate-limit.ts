import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { JsonAnswer } from "./json-answer";
import Redis from "ioredis";
import type { RateLimitSettings } from "../config";

/** The outcome of taking one token. */
export interface Take {
  allowed: boolean;
  /** Milliseconds until a token is available (0 when allowed). */
  retryAfterMs: number;
  /** Whole tokens left after this request (the RateLimit-Remaining header). */
  remaining?: number;
  /** Milliseconds until the bucket is full again (the RateLimit-Reset header). */
  resetMs?: number;
}

/** Where buckets live. */
export interface BucketStore {
  take(key: string): Promise<Take>;
  close(): Promise<void>;
}

/** Buckets in this process's memory (one server instance). */
export class MemoryBuckets implements BucketStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly settings: RateLimitSettings, private readonly now: () => number = () => Date.now()) {}

  async take(key: string): Promise<Take> {
    const { perSecond, burst } = this.settings;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
    bucket.at = now;
    if (this.buckets.size > 50_000) this.forgetFullBuckets(now);
    this.buckets.set(key, bucket);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const remaining = Math.floor(bucket.tokens);
    const resetMs = Math.ceil(((burst - bucket.tokens) * 1000) / perSecond);
    return { allowed, retryAfterMs: allowed ? 0 : Math.ceil(((1 - bucket.tokens) * 1000) / perSecond), remaining, resetMs };
  }

  /** Drops buckets that have refilled (they hold no information), so memory stays bounded. */
  private forgetFullBuckets(now: number): void {
    const refill = (this.settings.burst * 1000) / this.settings.perSecond;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= refill) this.buckets.delete(key);
  }

  async close(): Promise<void> {}
}

/** Refill and take in one atomic step on the Redis server, with the server's clock (instances may drift). */
const TAKE_SCRIPT = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return {allowed, wait, math.floor(tokens), math.ceil((burst - tokens) * 1000 / rate)}
`;

/**
 * Buckets in Redis, shared by every server instance pointing at it. If Redis cannot be reached the
 * request is let through at once (no queue of offline commands, so no request waits for Redis) and
 * the client reconnects in the background; the outage is logged at most once a minute. An outage
 * of the limiter must not take the API down.
 */
export class RedisBuckets implements BucketStore {
  private readonly redis: Redis;
  private lastWarning = 0;
  private readonly prefix: string;
  constructor(private readonly settings: RateLimitSettings) {
    this.prefix = settings.redisPrefix ?? "armsgraph:ratelimit:";
    this.redis = new Redis(settings.redisUrl!, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    });
    this.redis.on("error", (error) => this.warn(error));
    this.redis.defineCommand("armsgraphTake", { numberOfKeys: 1, lua: TAKE_SCRIPT });
  }

  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async take(key: string): Promise<Take> {
    try {
      if (this.redis.status !== "ready") throw new Error(`connection ${this.redis.status}`);
      const [allowed, wait, remaining, resetMs] = (await (this.redis as unknown as { armsgraphTake(k: string, r: number, b: number): Promise<[number, number, number, number]> })
        .armsgraphTake(this.prefix + key, this.settings.perSecond, this.settings.burst));
      return { allowed: allowed === 1, retryAfterMs: wait, remaining, resetMs };
    } catch (error) {
      this.warn(error as Error);
      return { allowed: true, retryAfterMs: 0 };
    }
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    console.error(`armsgraph: rate limiter cannot reach Redis (${error.message}); requests are not limited until it is back.`);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** Checks an `Authorization` header's key (true: a known, unrevoked key). */
export type VerifyKey = (authorizationHeader: string) => Promise<boolean>;

/** How long a verified key is remembered, so its requests are not looked up twice. */
const VERIFIED_TTL_MS = 30_000;

/**
 * Who a request is counted against: its API key (hashed, so keys never sit in memory dumps or
 * Redis) once `verifyKey` accepted it, else the client address — anonymous requests and requests
 * whose Bearer value is malformed, unknown or revoked alike, so random keys cannot dodge the limit.
 */
export function clientKeyOf(authorization: string | undefined, verified: boolean, address: string | undefined): string {
  const match = verified ? /^Bearer\s+(\S+)\s*$/i.exec((authorization ?? "").trim()) : null;
  if (match) return `key:${createHash("sha256").update(match[1]).digest("base64url").slice(0, 24)}`;
  return `ip:${address ?? "unknown"}`;
}

/** A refusal for a client out of tokens: a GraphQL-shaped error (code RATE_LIMITED) and the seconds to wait. */
export interface RateLimitRefusal {
  message: string;
  extensions: { code: "RATE_LIMITED"; retryAfterSeconds: number };
}

/** A request's turn at the limiter: the rate-limit headers its answer carries, and the 429 answer when it has no token left. */
export interface RateLimitAdmission {
  headers: Record<string, string>;
  refusal: JsonAnswer | null;
}

export interface RateLimiter {
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Takes a token for an HTTP request answered without Express (graphql-post.ts): what `middleware` writes, as values. */
  admit(authorization: string | undefined, address: string | undefined): Promise<RateLimitAdmission>;
  /**
   * Takes a token for a client that is not an Express request (a WebSocket's subscribe message): its
   * `Authorization` value and address count against the same bucket as its HTTP requests. Null when
   * allowed, else the refusal.
   */
  take(authorization: string | undefined, address: string | undefined): Promise<RateLimitRefusal | null>;
  close(): Promise<void>;
}

/**
 * Express middleware: takes a token for the request's client (see clientKeyOf); every answer
 * carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds until the bucket
 * is full); when no token is left it answers 429 with `Retry-After` (seconds) and a GraphQL-shaped
 * error (code RATE_LIMITED). Without `verifyKey` every request counts against its address.
 */
export async function createRateLimiter(settings: RateLimitSettings, verifyKey?: VerifyKey): Promise<RateLimiter> {
  let store: BucketStore;
  if (settings.redisUrl) {
    const redis = new RedisBuckets(settings);
    await redis.connect();
    store = redis;
  } else store = new MemoryBuckets(settings);
  const per = `${settings.perSecond} a second`;
  const verifiedUntil = new Map<string, number>();
  const isVerified = async (header: string | undefined): Promise<boolean> => {
    if (!verifyKey || !header || !/^Bearer\s+\S+\s*$/i.test(header.trim())) return false;
    const now = Date.now();
    if ((verifiedUntil.get(header) ?? 0) > now) return true;
    const ok = await verifyKey(header).catch(() => false);
    if (ok) {
      if (verifiedUntil.size > 10_000) verifiedUntil.clear();
      verifiedUntil.set(header, now + VERIFIED_TTL_MS);
    }
    return ok;
  };
  const takeFor = async (authorization: string | undefined, address: string | undefined) =>
    store.take(clientKeyOf(authorization, await isVerified(authorization), address));
  const refusal = (retryAfterMs: number): RateLimitRefusal => {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return {
      message: `Too many requests: the limit is ${settings.burst} at once, then ${per}, per API key (or per address without a valid key). Retry in ${seconds} s.`,
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
    };
  };
  const admit = async (authorization: string | undefined, address: string | undefined): Promise<RateLimitAdmission> => {
    const { allowed, retryAfterMs, remaining, resetMs } = await takeFor(authorization, address);
    const headers: Record<string, string> = { "RateLimit-Limit": String(settings.burst) };
    if (remaining !== undefined) headers["RateLimit-Remaining"] = String(Math.max(0, remaining));
    if (resetMs !== undefined) headers["RateLimit-Reset"] = String(Math.max(0, Math.ceil(resetMs / 1000)));
    if (allowed) return { headers, refusal: null };
    const refused = refusal(retryAfterMs);
    return { headers, refusal: { status: 429, headers: { "Retry-After": String(refused.extensions.retryAfterSeconds) }, body: { errors: [refused] } } };
  };
  return {
    middleware(req, res, next) {
      admit(req.headers.authorization, req.ip ?? req.socket.remoteAddress)
        .then(({ headers, refusal: answer }) => {
          res.set(headers);
          if (!answer) return next();
          res.status(answer.status).set(answer.headers).json(answer.body);
        }, next);
    },
    admit,
    async take(authorization, address) {
      const { allowed, retryAfterMs } = await takeFor(authorization, address);
      return allowed ? null : refusal(retryAfterMs);
    },
    close: () => store.close(),
  };
}
