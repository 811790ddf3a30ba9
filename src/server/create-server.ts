import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { authenticate } from "../auth/authenticate";
import { viewerFromRequest } from "../auth/viewer-from-request";
import { installQueryCounter, withQueryStats } from "../db/query-counter";
import { exportRouter } from "../export/export-router";
import { createContext, type ApiContext } from "../modules/api-context";
import { GraphiQLPage, graphiqlLandingPage } from "./graphiql-landing-page";
import { queryStatsPlugin } from "./query-stats-plugin";
import { errorsPlugin } from "./errors-plugin";
import { costLimitPlugin, limitParseOptions, limitValidationRules } from "./limits";
import { RedisCache } from "./redis-cache";
import { corsPolicy, parseCorsOrigins, type CorsOrigins } from "./cors-policy";
import { createRateLimiter, rateLimitFromEnv, type RateLimitSettings } from "./rate-limit";
import { loadTrustedDocuments, trustedDocumentsMiddleware } from "./trusted-documents";
import { persistedQueryCheck } from "./persisted-query-check";
import { buildApiSchema } from "./schema";
import { LiveUpdates } from "../modules/subscription/live-updates";
import { serveSubscriptions, subscriptionsOverHttpPlugin } from "./subscriptions";
import { stringLimitsPlugin } from "./string-limits";

/** Largest accepted request body. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Adds `extensions.sql = { count, ms }` to responses; defaults to QUERY_STATS=1. */
  queryStats?: boolean;
  /** Token bucket per API key or client address (rate-limit.ts); defaults to RATE_LIMIT and REDIS_URL; false turns it off. */
  rateLimit?: RateLimitSettings | false;
  /** Redis for the automatic-persisted-query cache shared by all instances; defaults to REDIS_URL; in memory when absent. */
  redisUrl?: string;
  /** Path of a persisted-documents manifest: answer only its operations (see trusted-documents.ts); defaults to TRUSTED_DOCUMENTS. */
  trustedDocuments?: string;
  /** Other origins whose pages may call /graphql and /export (cors-policy.ts); defaults to CORS_ORIGINS; none beyond same origin when absent. */
  corsOrigins?: CorsOrigins;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Stops accepting requests, lets running ones finish, and closes the port (not the data source). */
  close(): Promise<void>;
}

/**
 * Serves the GraphQL API at /graphql (POST and GET, CSRF prevention on, no batching, bodies up to
 * 1 MB), the offline GraphiQL IDE to browsers at GET /graphql, GET /health, and the statement
 * exports at GET /export/statements.csv and .ndjson (to pages on the CORS_ORIGINS too), and subscriptions over graphql-ws (WebSocket) at /graphql. The request's API key (if any) is the context's viewer.
 * Installs the SQL query counter on the data source.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { dataSource, port, host = "127.0.0.1" } = options;
  installQueryCounter(dataSource);
  const crossOrigin = corsPolicy(options.corsOrigins ?? parseCorsOrigins(process.env.CORS_ORIGINS));
  const queryStats = options.queryStats ?? process.env.QUERY_STATS === "1";
  const rateLimit = options.rateLimit ?? rateLimitFromEnv();
  const limiter = rateLimit ? await createRateLimiter(rateLimit, (header) => authenticate(header, dataSource).then((viewer) => viewer !== null)) : null;
  const redisUrl = options.redisUrl ?? (process.env.REDIS_URL || undefined);
  const sharedCache = redisUrl ? new RedisCache(redisUrl) : null;
  await sharedCache?.connect();
  const trustedFile = options.trustedDocuments ?? (process.env.TRUSTED_DOCUMENTS || undefined);
  const trusted = trustedFile ? [trustedDocumentsMiddleware(loadTrustedDocuments(trustedFile))] : [];
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const page = new GraphiQLPage("/graphql");
  const schema = await buildApiSchema();
  const liveUpdates = await LiveUpdates.start(redisUrl);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    ...(sharedCache ? { cache: sharedCache } : {}),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    maxRecursiveSelections: 10_000,
    validationRules: limitValidationRules,
    parseOptions: limitParseOptions,
    // Apollo's default shows stack traces whenever NODE_ENV is unset; only an explicit development setting may.
    includeStacktraceInErrorResponses: process.env.NODE_ENV === "development",
    hideSchemaDetailsFromClientErrors: process.env.NODE_ENV === "production",
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serveSubscriptions(httpServer, { path: "/graphql", schema, dataSource, liveUpdates }),
      subscriptionsOverHttpPlugin(),
      // No type carries cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage(page),
      stringLimitsPlugin(),
      costLimitPlugin(),
      errorsPlugin(),
      ...(queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();
  // Before the rate limiter: a preflight is the browser asking, not a request to count.
  if (crossOrigin) app.use(["/graphql", "/export"], crossOrigin);
  if (limiter) app.use(["/graphql", "/export"], limiter.middleware);

  app.get("/health", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "ok" });
    } catch (error) {
      res.status(503).json({ status: "unavailable", database: (error as Error).message });
    }
  });
  app.get("/graphql", (req, res, next) => {
    if (req.accepts(["application/json", "text/html"]) !== "text/html" || !req.acceptsEncodings("gzip")) return next();
    res.set({ "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip", Vary: "Accept, Accept-Encoding" });
    res.send(page.gzipped);
  });
  app.use(
    "/graphql",
    // Counting follows each request through its promises, which costs time on every await: only when asked for.
    ...(queryStats ? [(_req: Request, _res: Response, next: NextFunction) => withQueryStats(() => next())] : []),
    express.json({ limit: BODY_LIMIT_BYTES }),
    (req, _res, next) => {
      req.body ??= {};
      next();
    },
    ...trusted,
    persistedQueryCheck,
    expressMiddleware(apollo, { context: async ({ req }) => createContext(dataSource, await viewerFromRequest(req.headers.authorization, dataSource)) }),
  );
  app.use(exportRouter(dataSource));
  app.use(bodyErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const shownHost = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    close: async () => {
      await apollo.stop();
      await liveUpdates.close();
      await limiter?.close();
      await sharedCache?.close();
    },
  };
}

/** Answers body-parser failures (too large, malformed JSON) as GraphQL-shaped JSON errors with their HTTP status. */
function bodyErrorHandler(error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent || !error.status) return next(error);
  const tooLarge = error.type === "entity.too.large";
  const message = tooLarge
    ? `Request body is larger than the ${BODY_LIMIT_BYTES / (1024 * 1024)} MB limit.`
    : `Could not read the request body: ${error.message ?? "invalid body"}.`;
  res.status(error.status).json({ errors: [{ message, extensions: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" } }] });
}
