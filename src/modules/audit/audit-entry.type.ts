import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection";

/** GraphQL shape of an audit-log entry, ids written as the API writes them (global ids; see audit-log.resolver.ts). */
@ObjectType("AuditEntry", { description: "One change made by a curation mutation: who, when, what, and the entity before and after." })
export class AuditEntryNode {
  @Field(() => ID, { description: "Globally unique id of the entry (not refetchable with `node`: the log needs an API key)." })
  id: string;

  @Field(() => Int, { description: "The entry's row id." })
  rowId: number;

  @Field(() => ID, { nullable: true, description: "The API key that made the change (its id in `npm run apikey -- list`)." })
  keyId: number | null;

  @Field(() => String, { nullable: true, description: "The key's name." })
  keyName: string | null;

  @Field(() => String, { description: "ISO 8601 timestamp." })
  at: string;

  @Field(() => String, { description: 'The mutation ("correctStatement", "mergeActors"…).' })
  action: string;

  @Field(() => String, { description: "Article, Statement, Actor or Deal." })
  entityType: string;

  @Field(() => ID, { description: "The changed entity's id (a global id of entityType, as its `id` field gives it)." })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The entity before the change, its ids (and those it refers to) written as the API writes ids; null for additions." })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The entity (or what was added) after the change, ids as in `before`; null for deletions." })
  after: unknown;
}

/** Relay connection of audit entries. */
export const AuditEntryConnection = connectionType("AuditEntry", AuditEntryNode);
