import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import { currentRequestDeadline, RequestDeadline, withRequestDeadline } from "../db/request-deadline";
import { RequestTimeoutError } from "../errors/request-timeout-error";

/** Apollo's executor hook: what its `gateway` option takes. */
type ExecutorHook = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<ExecutorHook["load"]>>["executor"]>;

/** The code, and the HTTP status, of a request stopped at its time budget. */
export const REQUEST_TIMEOUT_CODE = "REQUEST_TIMEOUT";
export const REQUEST_TIMEOUT_STATUS = 503;

/**
 * Gives each GraphQL request a time budget of `budgetMs` from here on (REQUEST_TIMEOUT_MS): the rest
 * of the request runs under its deadline (src/db/request-deadline.ts), so no SQL statement of it
 * starts past the deadline and the wait for its page's extraction ends there.
 */
export function requestBudget(budgetMs: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const deadline = new RequestDeadline(budgetMs, () => new RequestTimeoutError(budgetMs));
    res.once("close", () => deadline.end());
    withRequestDeadline(deadline, next);
  };
}

/**
 * Wraps Apollo's executor so that a query past its deadline is answered at the deadline with
 * REQUEST_TIMEOUT, whatever its resolvers are still waiting for (their next statements are refused),
 * and a query whose result is ready only past the deadline is answered the same way. A mutation is
 * answered with what it did: it stops at its next statement or at the end of its extraction wait,
 * its transaction rolled back, unless its commit had already started.
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
  const deadline = currentRequestDeadline();
  if (!deadline) return executor(requestContext);
  if (deadline.passed()) return stopped(deadline);
  if (requestContext.operation.operation !== "query") return executor(requestContext);
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
