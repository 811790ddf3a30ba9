import { randomUUID } from "node:crypto";
import { InputError } from "../errors/input-error";
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type DocumentNode } from "graphql";
import { LIMIT_CODES, QUERY_LIMITS } from "./limits";
import { RequestTimeoutError } from "../errors/request-timeout-error";
import { isStatementCancelled } from "../db/transient-errors";
import { REQUEST_TIMEOUT_CODE, REQUEST_TIMEOUT_STATUS, requestDeadlineOf } from "./request-budget";

/**
 * Codes of errors that are the client's doing, or a limit the client can act on (a request stopped at its
 * time budget); everything else is internal and, in production, masked.
 */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND",
  "PAYLOAD_TOO_LARGE", "RATE_LIMITED", REQUEST_TIMEOUT_CODE, ...Object.values(LIMIT_CODES),
]);

export interface ErrorsPluginOptions {
  /** Masks internal errors (message, path details) when true; defaults to NODE_ENV=production. */
  production?: boolean;
  /** Leaves absolute paths in internal error messages when true; defaults to NODE_ENV=development. */
  development?: boolean;
  /** Where internal errors are logged with their request id and stack; defaults to console.error. */
  log?: (line: string) => void;
}

/**
 * Gives every request an id (`x-request-id` response header), logs internal errors server-side with
 * that id and their stack, gives the query limits their own codes (QUERY_TOO_DEEP, TOO_MANY_TOKENS…),
 * names the refused field of a bad variable (`extensions.argumentName`, e.g. "input.publishedAt"),
 * answers a request stopped at its time budget — by its deadline, or by PostgreSQL's statement timeout
 * (57014) — with HTTP 503 and REQUEST_TIMEOUT (logged as one line, not as an internal error),
 * and in production replaces internal errors by "Internal server error" + the request id, so that
 * SQL, file paths and stack traces never reach clients. Outside NODE_ENV=development, absolute file
 * paths in the messages of internal errors are cut to their last segment and stack traces are removed.
 */
export function errorsPlugin(options: ErrorsPluginOptions = {}): ApolloServerPlugin {
  const production = options.production ?? false;
  const development = options.development ?? false;
  const log = options.log ?? ((line: string) => console.error(line));
  return {
    async requestDidStart({ response }) {
      const requestId = randomUUID();
      response.http.headers.set("x-request-id", requestId);
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            // A page the pipeline refuses (empty, binary, an HTML bomb) is the client's input, not a fault.
            if (error.originalError instanceof InputError && error.extensions) {
              (error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
              (error.extensions as Record<string, unknown>).argumentName = "input.text";
              continue;
            }
            if (isRequestTimeout(error.originalError) && error.extensions) {
              const extensions = error.extensions as Record<string, unknown>;
              extensions.code = REQUEST_TIMEOUT_CODE;
              extensions.timeoutMs = error.originalError instanceof RequestTimeoutError ? error.originalError.timeoutMs : requestDeadlineOf(contextValue)?.budgetMs;
              log(`armsgraph: request ${requestId} stopped at its time budget${extensions.timeoutMs === undefined ? "" : ` of ${extensions.timeoutMs} ms`}${error.path ? ` (at ${error.path.join(".")})` : ""}`);
              continue;
            }
            const code = error.extensions?.code;
            if (typeof code === "string" && CLIENT_CODES.has(code)) continue;
            const cause = error.originalError ?? error;
            log(`armsgraph: request ${requestId} internal error at ${error.path?.join(".") ?? "(operation)"}: ${cause.stack ?? cause.message}`);
          }
        },
        async willSendResponse({ response, document }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          if (errors.some((error) => error.extensions?.code === REQUEST_TIMEOUT_CODE)) response.http.status = REQUEST_TIMEOUT_STATUS;
          response.body.singleResult.errors = errors.map((error) => {
            const extensions = { ...error.extensions };
            if (extensions.code === REQUEST_TIMEOUT_CODE) {
              const timeoutMs = extensions.timeoutMs;
              const message = typeof timeoutMs === "number" ? new RequestTimeoutError(timeoutMs).message : "PostgreSQL stopped a statement of this request (a statement timeout or a cancel request): try again, or ask for less.";
              return { ...error, message, extensions: { code: REQUEST_TIMEOUT_CODE, ...(typeof timeoutMs === "number" ? { timeoutMs } : {}) } };
            }
            if (typeof extensions.limit === "string") {
              extensions.code = extensions.limit;
              delete extensions.limit;
            } else if (error.message === "Validation aborted.") {
              const fields = document ? widestSelection(document) : undefined;
              return {
                message: `Validation stopped at graphql-js's limit of ${QUERY_LIMITS.fieldComparisons.toLocaleString("en")} comparisons for checking that the fields of a selection can be merged${fields ? ` (the widest selection has ${fields.toLocaleString("en")} fields)` : ""}: ask for each field once.`,
                extensions: { ...extensions, code: LIMIT_CODES.fieldComparisons, maxFieldComparisons: QUERY_LIMITS.fieldComparisons },
              };
            } else if (/^Syntax Error: Document contains more that \d+ tokens/.test(error.message)) {
              const n = /(\d+) tokens/.exec(error.message)![1];
              return { ...error, message: `Query token limit of ${n} exceeded: send a shorter document.`, extensions: { ...extensions, code: LIMIT_CODES.tokens } };
            }
            const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
            const variable = code === "BAD_USER_INPUT" && extensions.argumentName === undefined ? INVALID_VARIABLE.exec(error.message) : null;
            if (variable) extensions.argumentName = VARIABLE_FIELD.exec(error.message)?.[1] ?? variable[1];
            if (production && !CLIENT_CODES.has(code)) {
              return {
                message: `Internal server error; the operator can find it in the server log under request id ${requestId}.`,
                ...(error.locations ? { locations: error.locations } : {}),
                ...(error.path ? { path: error.path } : {}),
                extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
              };
            }
            if (development) return { ...error, extensions };
            delete extensions.stacktrace;
            return { ...error, message: CLIENT_CODES.has(code) ? error.message : withoutPaths(error.message), extensions };
          });
        },
      };
    },
  };
}

/** A request stopped at its deadline, or one of its statements stopped by PostgreSQL's statement timeout (57014, tied to the budget). */
function isRequestTimeout(error: Error | undefined): boolean {
  return error instanceof RequestTimeoutError || isStatementCancelled(error);
}

/** graphql-js's refusal of a variable value, with the variable's name; VARIABLE_FIELD is the refused field's path inside it. */
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value /;
const VARIABLE_FIELD = / at "(\w+(?:\.\w+|\[\d+\])*)"; /;

/** An absolute POSIX or Windows path of two or more segments, not part of a URL (no ':' or '/' just before it). */
const ABSOLUTE_PATH = /(?<![\w:/.\\])(?:[A-Za-z]:)?(?:[/\\][^\s/\\'"`:()<>]+){2,}/g;

/** Replaces every absolute path in a message by "…/" and its last segment, e.g. "…/armsgraph.sqlite". */
export function withoutPaths(message: string): string {
  return message.replace(ABSOLUTE_PATH, (path) => `…/${path.split(/[/\\]/).pop()}`);
}

/** The largest number of fields asked for in one selection set of the document. */
function widestSelection(document: DocumentNode): number {
  let widest = 0;
  visit(document, {
    SelectionSet(node) {
      widest = Math.max(widest, node.selections.filter((s) => s.kind === Kind.FIELD).length);
    },
  });
  return widest;
}
