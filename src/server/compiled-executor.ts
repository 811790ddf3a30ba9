import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { BREAK, TypeInfo, execute, getNamedType, getVariableValues, isAbstractType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { recentlyUsed } from "../db/recently-used";

/** Apollo's executor hook: what its `gateway` option takes. */
type ExecutorHook = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<ExecutorHook["load"]>>["executor"]>;

/** Compiled queries kept, least recently used dropped first: a client's few operations stay compiled, a flood of distinct documents cannot grow memory. */
const MAX_COMPILED_QUERIES = 500;

/**
 * Apollo Server's executor hook (its `gateway` option: `load()` hands Apollo the schema and an executor)
 * running queries as graphql-jit functions, compiled once per document and operation name. Apollo still
 * parses, validates (with the depth, alias and directive limits) and runs every plugin (the cost limit
 * included) before the executor is called. Variables are coerced by graphql-js first, so a request with
 * bad variables gets graphql-js's own errors (and Apollo's 400); mutations, subscriptions, documents
 * graphql-jit cannot compile, and documents selecting an interface or union (graphql-jit does not await
 * the promise type-graphql's `resolveType` returns: the search hits) run on graphql-js's `execute`.
 */
export function compiledExecutor(schema: GraphQLSchema): ExecutorHook {
  const compiled = new Map<string, CompiledQuery | null>();
  const compiledFor = (key: string, compile: () => CompiledQuery | null): CompiledQuery | null => recentlyUsed(compiled, key, MAX_COMPILED_QUERIES, compile);
  const executor: Executor = async ({ document, operation, operationName, request, context, queryHash }) => {
    const variableValues = request.variables ?? {};
    const graphqlJs = () => execute({ schema, document, contextValue: context, variableValues, operationName }) as ReturnType<Executor>;
    if (operation.operation !== "query") return graphqlJs();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
    if (coerced.errors) return graphqlJs();
    const query = compiledFor(`${operationName ?? ""}\u0000${queryHash}`, () => {
      if (selectsAbstractType(schema, document)) return null;
      const result = compileQuery(schema, document, operationName ?? undefined);
      return isCompiledQuery(result) ? result : null;
    });
    return query ? query.query(undefined, context, variableValues) : graphqlJs();
  };
  return {
    load: async () => ({ schema, executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    stop: async () => compiled.clear(),
  };
}

/** True when a field of the document has an interface or union type. */
function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() {
      const type = typeInfo.getType();
      if (type && isAbstractType(getNamedType(type))) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  }));
  return found;
}
