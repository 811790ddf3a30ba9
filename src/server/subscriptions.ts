import type http from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { viewerFromRequest } from "../auth/viewer-from-request";
import type { Viewer } from "../auth/viewer";
import { createContext } from "../modules/api-context";
import type { LiveUpdates } from "../modules/subscription/live-updates";
import type { SubscriptionContext } from "../modules/subscription/subscription.context";
import { LIMIT_CODES, QUERY_LIMITS, limitParseOptions, limitValidationRules, queryCost } from "./limits";
import type { RateLimiter } from "./rate-limit";

/** Close code sent to a WebSocket whose API key is refused (graphql-ws uses 4401 for "Unauthorized"). */
export const UNAUTHORIZED_CLOSE_CODE = 4401;

/** What this server keeps on a socket: the viewer authenticated at connect, and the Authorization value it came with. */
type SocketExtra = { viewer?: Viewer | null; authorization?: string };

/**
 * Serves the graphql-ws protocol on `path` of the HTTP server (the same URL as POST /graphql). The
 * API key is read at connect, from `connectionParams.authorization` or the upgrade request's
 * Authorization header, with the same rules as HTTP (a bad key, or none when READS_REQUIRE_KEY=1,
 * closes the socket with 4401 and the reason). Each operation gets the token, depth, alias, directive
 * and cost limits of queries, and each subscribe message takes a token of the rate limiter from the
 * same bucket as the client's HTTP requests (its API key, else its address): beyond the limit the
 * subscription gets an error message (code RATE_LIMITED) and the socket stays open. The returned plugin
 * closes the sockets when Apollo stops.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  options: { path: string; schema: GraphQLSchema; dataSource: DataSource; liveUpdates: LiveUpdates; readsRequireKey: boolean; limiter?: RateLimiter | null },
): ApolloServerPlugin {
  const { schema, dataSource, liveUpdates } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path });
  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>({
    schema,
    onConnect: async (ctx) => {
      const fromParams = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const header = typeof fromParams === "string" ? fromParams : ctx.extra.request.headers.authorization;
      ctx.extra.authorization = header;
      try {
        ctx.extra.viewer = await viewerFromRequest(header, dataSource, options.readsRequireKey);
        return true;
      } catch (error) {
        // A close reason is limited to 123 bytes.
        ctx.extra.socket.close(UNAUTHORIZED_CLOSE_CODE, Buffer.from((error as Error).message).subarray(0, 123).toString().replace(/\uFFFD$/, ""));
        return false;
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      const refused = await options.limiter?.take(ctx.extra.authorization, ctx.extra.request.socket.remoteAddress);
      if (refused) return [new GraphQLError(refused.message, { extensions: refused.extensions })];
      let document: DocumentNode;
      try {
        document = parse(payload.query, limitParseOptions);
      } catch (error) {
        return [limitError(error as GraphQLError)];
      }
      const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules]);
      if (errors.length) return errors.map(limitError);
      const operation = getOperationAST(document, payload.operationName);
      const variables = payload.variables ?? {};
      let cost = 0;
      try {
        cost = queryCost(schema, document, variables, payload.operationName ?? undefined);
      } catch {
        // variables that do not coerce: execution reports them
      }
      if (cost > QUERY_LIMITS.cost) {
        return [new GraphQLError(
          `Query cost limit of ${QUERY_LIMITS.cost} exceeded, found ${cost}: ask for fewer nested lists, or split the operation.`,
          { extensions: { code: LIMIT_CODES.cost, cost, maxCost: QUERY_LIMITS.cost } },
        )];
      }
      const contextValue: SubscriptionContext = { ...createContext(dataSource, ctx.extra.viewer ?? null), liveUpdates };
      return { schema, document, operationName: operation?.name?.value ?? payload.operationName, variableValues: variables, contextValue };
    },
  }, wsServer);
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await cleanup.dispose();
        },
      };
    },
  };
}

/** A parse or validation error with the limit's own code (as the errors plugin does for HTTP). */
function limitError(error: GraphQLError): GraphQLError {
  const limit = error.extensions?.limit;
  if (typeof limit === "string") return new GraphQLError(error.message, { extensions: { code: limit } });
  const tokens = /^Syntax Error: Document contains more that (\d+) tokens/.exec(error.message);
  if (tokens) return new GraphQLError(`Query token limit of ${tokens[1]} exceeded: send a shorter document.`, { extensions: { code: LIMIT_CODES.tokens } });
  return new GraphQLError(error.message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
}

/** Refuses a subscription sent over HTTP (400), pointing to the graphql-ws transport at the same URL. */
export function subscriptionsOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== "subscription") return;
          throw new GraphQLError(
            "Subscriptions are not served over HTTP: open a WebSocket to this same URL (ws:// or wss://) with the graphql-ws protocol (the graphql-ws npm client, subprotocol graphql-transport-ws).",
            { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
          );
        },
      };
    },
  };
}
