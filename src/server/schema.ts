import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ActorResolver } from "../modules/actor/actor.resolver";
import { ActorRoleResolver } from "../modules/actor/actor-role.resolver";
import { ArticleResolver } from "../modules/article/article.resolver";
import { MentionResolver } from "../modules/article/mention.resolver";
import { DealResolver } from "../modules/deal/deal.resolver";
import { DealEvidenceResolver } from "../modules/deal/deal-evidence.resolver";
import { DealLinksResolver } from "../modules/deal/deal-links.resolver";
import { DealAggregatesResolver } from "../modules/deal/deal-aggregates.resolver";
import { ActorDealsResolver } from "../modules/actor/actor-deals.resolver";
import { StatementResolver } from "../modules/statement/statement.resolver";
import { curationResolvers } from "../modules/curation/curation-resolvers";
import { SearchResolver } from "../modules/search/search.resolver";
import { FacetsResolver } from "../modules/facets/facets.resolver";
import { SameUtteranceResolver } from "../modules/statement/same-utterance.resolver";

/** Every resolver class of the API: add new ones (e.g. more Deal field resolvers) here. */
export const resolvers: NonEmptyArray<Function> = [
  StatementResolver,
  ArticleResolver,
  MentionResolver,
  ActorResolver,
  ActorRoleResolver,
  DealResolver,
  DealEvidenceResolver,
  DealLinksResolver,
  DealAggregatesResolver,
  ActorDealsResolver,
  ...curationResolvers,
  SearchResolver,
  FacetsResolver,
  SameUtteranceResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable GraphQL schema (built once per process). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}

/** The schema as SDL, types sorted by name: the content of the committed schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + "\n";
}
