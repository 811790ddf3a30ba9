import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { MAX_PAGE_SIZE } from "../modules/common/page-args";
import { PerDocumentMemo, operationKey } from "./per-document-memo";
import { visitFieldArguments } from "./visit-field-arguments";

/**
 * Refuses, before execution, an operation with a page size (`first` or `last`, inline or from a variable)
 * outside 0 to MAX_PAGE_SIZE: HTTP 400, BAD_USER_INPUT naming the argument, so no part of the operation runs (the
 * resolvers' own check stays for callers outside the HTTP server). A document that passed with the same
 * operation name and variables is not walked again (PerDocumentMemo).
 */
export function pageSizeLimitPlugin(): ApolloServerPlugin {
  const passed = new PerDocumentMemo<true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName, schema }) {
          if (!operation) return;
          const key = operationKey(request, operationName);
          if (passed.get(document, key)) return;
          visitFieldArguments(schema, document, operation, request.variables, (_field, _parent, values) => {
            for (const [argument, further] of [["first", "after"], ["last", "before"]] as const) {
              const size = values[argument];
              if (typeof size === "number" && (size < 0 || size > MAX_PAGE_SIZE)) {
                throw new GraphQLError(`Argument "${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${size}); fetch further pages with "${further}".`, {
                  extensions: { code: "BAD_USER_INPUT", argumentName: argument, maxPageSize: MAX_PAGE_SIZE, http: { status: 400 } },
                });
              }
            }
          });
          passed.set(document, key, true);
        },
      };
    },
  };
}
