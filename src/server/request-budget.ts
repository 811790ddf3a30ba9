import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { RequestDeadline, withRequestDeadline } from "../db/request-deadline";
import { RequestTimeoutError } from "../errors/request-timeout-error";

/** Apollo's executor hook: what its `gateway` option takes. */
type ExecutorHook = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<ExecutorHook["load"]>>["executor"]>;

/** The code, and the HTTP status, of a request stopped at its time budget. */
export const REQUEST_TIMEOUT_CODE = "REQUEST_TIMEOUT";
export const REQUEST_TIMEOUT_STATUS = 503;

/** Where a request's context carries its deadline (a symbol: Apollo copies the context's own properties per request). */
const DEADLINE = Symbol("request deadline");

/**
 * Gives the request whose context this is a time budget of `budgetMs` from now (REQUEST_TIMEOUT_MS;
 * Apollo builds the context before parsing). Returns the context.
 */
export function withRequestBudget<T extends object>(context: T, budgetMs: number): T {
  if (budgetMs > 0) Object.assign(context, { [DEADLINE]: new RequestDeadline(budgetMs, () => new RequestTimeoutError(budgetMs)) });
  return context;
}

/** The deadline of the request whose context this is, if it has a budget. */
export function requestDeadlineOf(context: unknown): RequestDeadline | undefined {
  return typeof context === "object" && context !== null ? (context as { [DEADLINE]?: RequestDeadline })[DEADLINE] : undefined;
}

/** Stops the request's deadline timer once its answer is ready. */
export function requestBudgetPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          requestDeadlineOf(contextValue)?.end();
        },
      };
    },
  };
}

/**
 * Wraps Apollo's executor so that requests keep their budget. A query is answered at its deadline with
 * REQUEST_TIMEOUT, whatever its resolvers still wait for, and so is a query whose result is ready only past
 * it. A mutation runs under its deadline (src/db/request-deadline.ts): no SQL statement of it starts past the
 * deadline and its wait for an extraction ends there, so it stops, its transaction rolled back, and is
 * answered with what it did (its commit begun before the deadline, it succeeds late). Queries are not
 * followed through their promises: that would cost every read a share of its time (async hooks).
 */
export function withinRequestBudget(hook: ExecutorHook): ExecutorHook {
  return {
    load: async (options) => {
      const loaded = await hook.load(options);
      const executor = loaded.executor;
      return { ...loaded, executor: executor ? (requestContext) => executeWithinBudget(executor, requestContext) : executor };
    },
    onSchemaLoadOrUpdate: (callback) => hook.onSchemaLoadOrUpdate(callback),
    stop: () => hook.stop(),
  };
}

async function executeWithinBudget(executor: Executor, requestContext: Parameters<Executor>[0]): ReturnType<Executor> {
  const deadline = requestDeadlineOf(requestContext.context);
  if (!deadline) return executor(requestContext);
  if (deadline.passed()) return stopped(deadline);
  if (requestContext.operation.operation !== "query") return withRequestDeadline(deadline, () => executor(requestContext));
  let onAbort = () => undefined as void;
  const atDeadline = new Promise<void>((resolve) => {
    onAbort = resolve;
    deadline.signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    const result = await Promise.race([executor(requestContext), atDeadline]);
    return result && !deadline.passed() ? result : stopped(deadline);
  } finally {
    deadline.signal.removeEventListener("abort", onAbort);
  }
}

function stopped(deadline: RequestDeadline): Awaited<ReturnType<Executor>> {
  const reason = deadline.signal.reason as RequestTimeoutError;
  return { errors: [requestTimeoutError(reason)] };
}

/** The GraphQL error of a request stopped at its budget. */
export function requestTimeoutError(reason: RequestTimeoutError): GraphQLError {
  return new GraphQLError(reason.message, { originalError: reason, extensions: { code: REQUEST_TIMEOUT_CODE, timeoutMs: reason.timeoutMs } });
}
