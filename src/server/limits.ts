import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, getNamedType, isCompositeType, isListType, getNullableType, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { MAX_PAGE_SIZE } from "../modules/common/page-args";
import { PerDocumentMemo, operationKey } from "./per-document-memo";

/**
 * What one GraphQL operation may ask for. Legitimate queries (the IDE's introspection, the README's
 * feed, an actor with its statements and their reports elsewhere) stay far below every limit.
 */
export const QUERY_LIMITS = {
  /** Nested selections (introspection's `__schema` is not counted). */
  depth: 12,
  /** Estimated cost: 1 per field; a list multiplies its selection's cost by `first`, `limit` or LIST_SIZE_GUESS. */
  cost: 10_000,
  aliases: 30,
  directives: 50,
  /** Lexical tokens in the document (parsing stops at the limit). */
  tokens: 5_000,
  /** Brackets (`{`, `(`, `[`) open at once in the document text, checked before parsing (a parser recurses once per level). */
  nesting: 64,
  /** graphql-js's own budget for checking that the fields of a selection can be merged (quadratic in repeated fields): ~1,000 fields in one selection. */
  fieldComparisons: 500_000,
} as const;

/** Assumed length of a list field that has no `first`/`limit` argument (aliases, roles, evidence…). */
export const LIST_SIZE_GUESS = 10;

/** The error codes of the limits, in `extensions.code`. */
export const LIMIT_CODES = {
  depth: "QUERY_TOO_DEEP",
  cost: "QUERY_TOO_COMPLEX",
  aliases: "TOO_MANY_ALIASES",
  directives: "TOO_MANY_DIRECTIVES",
  tokens: "TOO_MANY_TOKENS",
  nesting: "QUERY_TOO_DEEP",
  fieldComparisons: "TOO_MANY_FIELDS",
} as const;

type LimitName = keyof typeof LIMIT_CODES;

/**
 * Wraps a graphql-armor rule so that a rejection is reported (not thrown) as a validation error
 * carrying `extensions.limit`; the errors plugin turns that into the specific code.
 */
function armorRule(limit: LimitName, make: (options: object) => ValidationRule, options: object): ValidationRule {
  return (context: ValidationContext) =>
    make({
      ...options,
      n: QUERY_LIMITS[limit],
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [
        (_ctx: unknown, error: GraphQLError) =>
          context.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { limit: LIMIT_CODES[limit] } })),
      ],
    })(context);
}

/** Depth, alias and directive limits as validation rules (graphql-armor). */
export const limitValidationRules: ValidationRule[] = [
  armorRule("depth", maxDepthRule as (o: object) => ValidationRule, { ignoreIntrospection: true, flattenFragments: true }),
  armorRule("aliases", maxAliasesRule as (o: object) => ValidationRule, { allowList: [] }),
  armorRule("directives", maxDirectivesRule as (o: object) => ValidationRule, {}),
];

/** The token limit, for ApolloServer's `parseOptions` (graphql-js stops parsing past it). */
export const limitParseOptions = { maxTokens: QUERY_LIMITS.tokens };

/**
 * Cost of a field: a field with `first` (connections, clamped to the page-size cap, whose own error
 * is clearer; a child list only when the query gives its `first`) or a list with `limit` (aggregates)
 * costs 1 + n × its selection; another list of objects 1 +
 * LIST_SIZE_GUESS × its selection (but a connection's `edges` count once: `first` already did);
 * anything else 1 + its selection.
 */
export const listWeightedEstimator: ComplexityEstimator = ({ type: parent, field, node, args, childComplexity }) => {
  // a paged child list ("evidence", "mentions") read with its default page counts like any list of objects
  const defaultOnly = isListType(getNullableType(field.type)) && !node.arguments?.some((a) => a.name.value === "first");
  const first = typeof args.first === "number" && !defaultOnly ? Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) : undefined;
  const limit = typeof args.limit === "number" ? Math.max(args.limit, 0) : undefined;
  const type = getNullableType(field.type);
  // `limit` on an object (statementFacets) caps each of its lists, which are one GROUP BY each: not a multiplier
  const size = first ?? (isListType(type) ? limit : undefined);
  if (size !== undefined) return 1 + size * childComplexity;
  if (parent.name.startsWith("__") || field.name.startsWith("__")) return 1 + childComplexity; // introspection: bounded by the schema
  // A connection's edges are as many as its `first`, already counted on the connection field.
  if (isListType(type) && isCompositeType(getNamedType(type)) && !/Connection$/.test(parent.name)) return 1 + LIST_SIZE_GUESS * childComplexity;
  return 1 + childComplexity;
};

/** Estimated cost of an operation with its variables (see listWeightedEstimator). */
export function queryCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]["query"], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listWeightedEstimator] });
}

/**
 * Refuses, before execution, an operation whose estimated cost is over QUERY_LIMITS.cost (400, QUERY_TOO_COMPLEX).
 * The cost of a document with the same operation name and variables is computed once (PerDocumentMemo).
 */
export function costLimitPlugin(): ApolloServerPlugin {
  const known = new PerDocumentMemo<number | null>();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const key = operationKey(request, operationName);
          let cost = known.get(document, key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            } catch {
              cost = null; // variables that do not coerce: execution reports them
            }
            known.set(document, key, cost);
          }
          if (cost === null) return;
          if (cost > QUERY_LIMITS.cost) {
            throw new GraphQLError(
              `Query cost limit of ${QUERY_LIMITS.cost} exceeded, found ${cost}: ask for smaller pages (first), fewer nested lists, or split the query.`,
              { extensions: { code: LIMIT_CODES.cost, cost, maxCost: QUERY_LIMITS.cost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
