import http, { type IncomingMessage } from "node:http";
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
import { corsPolicy } from "./cors-policy";
import type { CorsOrigins, RateLimitSettings } from "../config";
import { createRateLimiter } from "./rate-limit";
import { loadTrustedDocuments, trustedDocumentsMiddleware } from "./trusted-documents";
import { persistedQueryCheck } from "./persisted-query-check";
import { documentNestingCheck } from "./document-nesting";
import { buildApiSchema } from "./schema";
import { compiledExecutor } from "./compiled-executor";
import { requestBudgetPlugin, withRequestBudget, withinRequestBudget } from "./request-budget";
import { LiveUpdates } from "../modules/subscription/live-updates";
import { serveSubscriptions, subscriptionsOverHttpPlugin } from "./subscriptions";
import { stringLimitsPlugin } from "./string-limits";
import { pageSizeLimitPlugin } from "./page-size-limit";
import { MAX_PAGE_BYTES } from "../inputs/read-input";
import { graphqlPostHandler, isGraphQLPost } from "./graphql-post";
import type { JsonAnswer } from "./json-answer";

/** Largest accepted request body: a page at the page limit (MAX_PAGE_BYTES) with its query and JSON escapes. */
export const BODY_LIMIT_BYTES = MAX_PAGE_BYTES + 64 * 1024;

export interface ServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Adds `extensions.sql = { count, ms }` to responses (Config.queryStats); default off. */
  queryStats?: boolean;
  /** Token bucket per API key or client address (rate-limit.ts, Config.rateLimit); default off. */
  rateLimit?: RateLimitSettings | false;
  /** Redis for the persisted-query cache and live updates shared by all instances (Config.redisUrl); in memory when absent. */
  redisUrl?: string;
  /** Path of a persisted-documents manifest: answer only its operations (see trusted-documents.ts, Config.trustedDocuments). */
  trustedDocuments?: string;
  /** Other origins whose pages may call /graphql and /export (cors-policy.ts, Config.corsOrigins); none beyond same origin by default. */
  corsOrigins?: CorsOrigins;
  /** Queries, exports and subscriptions need an API key too (Config.readsRequireKey); default false. */
  readsRequireKey?: boolean;
  /** Internal errors reach clients only as "Internal server error" and a request id (Config.production); default false. */
  production?: boolean;
  /** Stack traces and full paths reach clients (Config.development); default false. */
  development?: boolean;
  /**
   * Time budget of one GraphQL request in ms (Config.requestTimeoutMs, request-budget.ts): past it the request is
   * answered 503 REQUEST_TIMEOUT. Open the data source with the same `statementTimeoutMs` for PostgreSQL to stop
   * its statements too. None by default (0 or absent).
   */
  requestTimeoutMs?: number;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Stops accepting requests, lets running ones finish, and closes the port (not the data source). */
  close(): Promise<void>;
}

/**
 * Serves the GraphQL API at /graphql (POST and GET, CSRF prevention on, no batching, bodies up to
 * BODY_LIMIT_BYTES), the offline GraphiQL IDE to browsers at GET /graphql, GET /health, the exports at
 * GET /export/{statements,deals,actors}.{csv,ndjson} (to pages on the CORS_ORIGINS too), and subscriptions over
 * graphql-ws (WebSocket) at /graphql, rate-limited with HTTP requests. The request's API key (if any) is the context's viewer.
 * Installs the SQL query counter on the data source.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { dataSource, port, host = "127.0.0.1" } = options;
  installQueryCounter(dataSource);
  const { queryStats = false, rateLimit = false, redisUrl, trustedDocuments, readsRequireKey = false, production = false, development = false, requestTimeoutMs = 0 } = options;
  const crossOrigin = corsPolicy(options.corsOrigins ?? []);
  const limiter = rateLimit ? await createRateLimiter(rateLimit, (header) => authenticate(header, dataSource).then((viewer) => viewer !== null)) : null;
  const sharedCache = redisUrl ? new RedisCache(redisUrl) : null;
  await sharedCache?.connect();
  const trusted = trustedDocuments ? [trustedDocumentsMiddleware(loadTrustedDocuments(trustedDocuments))] : [];
  const app = express();
  app.disable("x-powered-by");
  // No ETag: hashing every answer cost 1.5% of a feed request, for conditional GETs no client makes.
  app.set("etag", false);
  const httpServer = http.createServer();
  const page = new GraphiQLPage("/graphql");
  const schema = await buildApiSchema();
  const liveUpdates = await LiveUpdates.start(redisUrl);
  const apollo = new ApolloServer<ApiContext>({
    // Queries run compiled (graphql-jit), after Apollo's parsing, validation and plugins, within the request's budget.
    gateway: withinRequestBudget(compiledExecutor(schema)),
    introspection: true,
    ...(sharedCache ? { cache: sharedCache } : {}),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    maxRecursiveSelections: 10_000,
    validationRules: limitValidationRules,
    parseOptions: limitParseOptions,
    // Apollo's default shows stack traces whenever NODE_ENV is unset; only an explicit development setting may.
    includeStacktraceInErrorResponses: development,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serveSubscriptions(httpServer, { path: "/graphql", schema, dataSource, liveUpdates, readsRequireKey, limiter }),
      subscriptionsOverHttpPlugin(),
      // No type carries cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage(page),
      stringLimitsPlugin(),
      pageSizeLimitPlugin(),
      costLimitPlugin(),
      requestBudgetPlugin(),
      errorsPlugin({ production, development }),
      ...(queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();
  const contextOf = async (req: IncomingMessage) =>
    withRequestBudget(createContext(dataSource, await viewerFromRequest(req.headers.authorization, dataSource, readsRequireKey)), requestTimeoutMs);
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
    documentNestingCheck,
    persistedQueryCheck,
    expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }),
  );
  app.use(exportRouter(dataSource, readsRequireKey));
  app.use(bodyErrorHandler);
  // POST /graphql, the API's traffic, is answered on node:http with the same steps as the route above; with a
  // trusted-documents manifest every request takes the Express route (its check is written for Express).
  const graphqlPost = trusted.length ? null
    : graphqlPostHandler({ apollo, context: contextOf, cors: crossOrigin, limiter, queryStats, bodyLimit: BODY_LIMIT_BYTES, bodyError: bodyErrorAnswer });
  httpServer.on("request", (req, res) => (graphqlPost && isGraphQLPost(req) ? graphqlPost(req, res) : app(req, res)));

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

/** The answer to a body-parser failure (too large, malformed JSON): a GraphQL-shaped JSON error with its HTTP status; null for other errors. */
function bodyErrorAnswer(error: { status?: number; type?: string; message?: string }): JsonAnswer | null {
  if (!error.status) return null;
  const tooLarge = error.type === "entity.too.large";
  const message = tooLarge
    ? `Request body is larger than the ${BODY_LIMIT_BYTES.toLocaleString("en")}-byte limit (1 MB for a page, ${MAX_PAGE_BYTES.toLocaleString("en")} bytes, and its query).`
    : `Could not read the request body: ${error.message ?? "invalid body"}.`;
  return { status: error.status, body: { errors: [{ message, extensions: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" } }] } };
}

/** Answers body-parser failures on the Express routes (bodyErrorAnswer). */
function bodyErrorHandler(error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction): void {
  const answer = res.headersSent ? null : bodyErrorAnswer(error);
  if (!answer) return next(error);
  res.status(answer.status).json(answer.body);
}
