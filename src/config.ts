import path from "node:path";
import { DEFAULT_DATABASE_URL } from "./db/database-url";
import { ConfigError } from "./errors/config-error";

/** A token bucket: `burst` requests at once, refilled at `perSecond` requests per second. */
export interface RateLimitSettings {
  perSecond: number;
  burst: number;
  /** Share the buckets between server instances through this Redis; in memory when absent. */
  redisUrl?: string;
  /** Prefix of the Redis keys (default "armsgraph:ratelimit:"). */
  redisPrefix?: string;
}

/** The default limit per API key, or per client address for anonymous requests. */
export const DEFAULT_RATE_LIMIT = { perSecond: 20, burst: 100 } as const;

/** The default time budget of one GraphQL request (REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Which other origins may call the API from a browser: a list of origins (API keys allowed), `"*"`
 * (any origin, public reads only: no credentials and no Authorization header), or none (same origin only).
 */
export type CorsOrigins = readonly string[] | "*";

/**
 * Every setting armsgraph takes from the environment (the README's Configuration table), read and
 * checked once at start by readConfig and handed down. Nothing else in src/ reads process.env.
 */
export interface Config {
  port: number;
  host: string;
  /** CORPUS_DIR: the bundled corpus loaded at start (with its manifest.json). */
  corpusDir: string;
  /** DATABASE_URL: `sqlite:PATH` or `postgres://…`. */
  databaseUrl: string;
  /** DATABASE_REPLICA_URLS: PostgreSQL read replicas. */
  replicaUrls: string[];
  /** REDIS_URL: shares rate limits, the persisted-query cache and live updates between servers and commands. */
  redisUrl: string | undefined;
  /** RATE_LIMIT: per API key or client address; false when "off". */
  rateLimit: RateLimitSettings | false;
  /** READS_REQUIRE_KEY=1: queries, exports and subscriptions need an API key too. */
  readsRequireKey: boolean;
  /** TRUSTED_DOCUMENTS: path of a persisted-documents manifest; only its operations are answered. */
  trustedDocuments: string | undefined;
  /** CORS_ORIGINS: origins whose pages may call the API. */
  corsOrigins: CorsOrigins;
  /**
   * REQUEST_TIMEOUT_MS: the time budget of one GraphQL request, and PostgreSQL's statement timeout on the
   * API's connections; a request past it is answered 503 REQUEST_TIMEOUT. 0 means none.
   */
  requestTimeoutMs: number;
  /** QUERY_STATS=1: `extensions.sql = { count, ms }` on every response. */
  queryStats: boolean;
  /** INGEST_THREADS: extraction threads for bulk ingestion; undefined lets the machine decide. */
  ingestThreads: number | undefined;
  /** FETCH_CONTACT: an e-mail or URL sent in the User-Agent of `ingest --urls`. */
  fetchContact: string | undefined;
  /** NODE_ENV=production: internal errors reach clients as "Internal server error" and a request id. */
  production: boolean;
  /** NODE_ENV=development: stack traces and full paths reach clients. */
  development: boolean;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = (env[name] ?? "").trim();
  if (value === "" || value === "0") return false;
  if (value === "1") return true;
  throw new ConfigError(`${name} "${value}" is not 1 or 0: set ${name}=1 to turn it on, or leave it unset.`);
}

function list(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/** RATE_LIMIT: "off", or "PER_SECOND/BURST" such as "20/100" (the default); REDIS_URL shares the buckets. */
export function parseRateLimit(value: string | undefined, redisUrl?: string): RateLimitSettings | false {
  const text = (value ?? "").trim();
  if (text === "off" || text === "0") return false;
  let settings: RateLimitSettings = { ...DEFAULT_RATE_LIMIT };
  if (text) {
    const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(text);
    if (!match || Number(match[1]) <= 0 || Number(match[2]) < 1) {
      throw new ConfigError(`RATE_LIMIT "${text}" is not "off" or PER_SECOND/BURST (e.g. 20/100: 100 requests at once, then 20 a second).`);
    }
    settings = { perSecond: Number(match[1]), burst: Number(match[2]) };
  }
  if (redisUrl) settings.redisUrl = redisUrl;
  return settings;
}

/**
 * CORS_ORIGINS ("https://a.example,http://localhost:5173" or "*"); empty or unset means none.
 * Throws a ConfigError naming the bad entry when an entry is not a bare origin or `*` is mixed with origins.
 */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const entries = list(value);
  if (entries.includes("*")) {
    if (entries.length > 1) throw new ConfigError(`CORS_ORIGINS mixes "*" with origins (${value}): use "*" alone for public reads from anywhere, or list the origins.`);
    return "*";
  }
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new ConfigError(`CORS_ORIGINS entry "${entry}" is not an origin: write it as scheme://host[:port], e.g. http://localhost:5173.`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, "")) {
      throw new ConfigError(`CORS_ORIGINS entry "${entry}" is not an origin: write it as scheme://host[:port] with no path, e.g. ${url.origin === "null" ? "http://localhost:5173" : url.origin}.`);
    }
    return url.origin;
  });
}

/** REQUEST_TIMEOUT_MS: whole milliseconds (default 10,000); 0 turns the budget off. */
export function parseRequestTimeout(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_REQUEST_TIMEOUT_MS;
  if (!/^\d+$/.test(text) || (Number(text) > 0 && Number(text) < 10) || Number(text) > 86_400_000) {
    throw new ConfigError(`REQUEST_TIMEOUT_MS "${text}" is not a time budget in milliseconds from 10 to 86400000 (e.g. 10000 for 10 s), or 0 for none.`);
  }
  return Number(text);
}

/** ARMSGRAPH_CACHE_DIR: the directory of compiled caches (the knowledge base's index); unset, src/knowledge picks one in the temporary directory. */
export function compiledCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ARMSGRAPH_CACHE_DIR || undefined;
}

/** Reads and checks every variable; a bad value throws a ConfigError naming the variable and the accepted values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === "" ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT "${env.PORT}" is not a port number (0-65535).`);
  const threads = (env.INGEST_THREADS ?? "").trim();
  if (threads !== "" && !/^\d+$/.test(threads)) {
    throw new ConfigError(`INGEST_THREADS "${threads}" is not a whole number: 0 extracts on the main thread; leave it unset to let armsgraph decide.`);
  }
  const redisUrl = env.REDIS_URL || undefined;
  return {
    port,
    host: env.HOST || "0.0.0.0",
    corpusDir: path.resolve(env.CORPUS_DIR || path.join(__dirname, "..", "..", "data", "corpus")),
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    replicaUrls: list(env.DATABASE_REPLICA_URLS),
    redisUrl,
    rateLimit: parseRateLimit(env.RATE_LIMIT, redisUrl),
    readsRequireKey: flag(env, "READS_REQUIRE_KEY"),
    trustedDocuments: env.TRUSTED_DOCUMENTS || undefined,
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    requestTimeoutMs: parseRequestTimeout(env.REQUEST_TIMEOUT_MS),
    queryStats: flag(env, "QUERY_STATS"),
    ingestThreads: threads === "" ? undefined : Number(threads),
    fetchContact: env.FETCH_CONTACT || undefined,
    production: env.NODE_ENV === "production",
    development: env.NODE_ENV === "development",
  };
}
