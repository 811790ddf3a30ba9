import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage, type NonEmptyArray, type PubSub } from "type-graphql";
import { actorResolvers } from "../modules/actor/actor.module";
import { articleResolvers } from "../modules/article/article.module";
import { auditResolvers } from "../modules/audit/audit.module";
import { dealResolvers } from "../modules/deal/deal.module";
import { facetsResolvers } from "../modules/facets/facets.module";
import { nodeResolvers } from "../modules/node/node.module";
import { searchResolvers } from "../modules/search/search.module";
import { statementResolvers } from "../modules/statement/statement.module";
import { subscriptionResolvers } from "../modules/subscription/subscription.module";
import { callFieldResolversDirectly } from "./direct-field-resolvers";

/** Every resolver class of the API, module by module: a new resolver goes in its module's list. */
export const resolvers: NonEmptyArray<Function> = [
  ...actorResolvers,
  ...articleResolvers,
  ...auditResolvers,
  ...dealResolvers,
  ...facetsResolvers,
  ...nodeResolvers,
  ...searchResolvers,
  ...statementResolvers,
  ...subscriptionResolvers,
];

/**
 * type-graphql insists on a PubSub once the schema has subscriptions, but every subscription here
 * brings its own `subscribe` (fed by the live updates, see modules/subscription): topics are refused.
 */
const noTopics: PubSub = {
  publish: (topic) => {
    throw new Error(`Topic publication (${topic}) is not used: subscriptions are fed by LiveUpdates.`);
  },
  subscribe: (topic) => {
    throw new Error(`Topic subscription (${topic}) is not used: give @Subscription a subscribe function.`);
  },
};

/**
 * Marks as `simple` every field that type-graphql would otherwise wrap in a resolver of its own only to
 * read `root[name]`: no resolver method, getter or method on its class, no middleware, no roles, the
 * same name in the class and the schema. Such a field then has no resolver at all, and graphql-jit
 * compiles it to a property read (half the fields of a feed page are such reads).
 */
function readPlainFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple !== undefined || field.middlewares?.length || field.roles || field.params?.length || field.schemaName !== field.name) continue;
    if (Object.getOwnPropertyDescriptor(field.target.prototype, field.name)) continue;
    field.simple = true;
  }
}

let built: Promise<GraphQLSchema> | undefined;

/** The executable GraphQL schema (built once per process). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  if (!built) {
    readPlainFieldsDirectly();
    built = buildSchema({ resolvers, validate: false, pubSub: noTopics }).then((schema) => {
      callFieldResolversDirectly(schema);
      return schema;
    });
  }
  return built;
}

/** The schema as SDL, types sorted by name: the content of the committed schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + "\n";
}
