import "reflect-metadata";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ActorKind } from "../../model/actor-kind";
import { connectionType } from "../common/connection";
import { DateScalar } from "../common/date.scalar";
import { Node } from "../common/node.type";

registerEnumType(ActorKind, { name: "ActorKind", description: "MEDIA actors are outlets (publishers of articles, relays of statements)." });

/** GraphQL shape of an actor: a person, state, organisation or outlet. Relations are field resolvers. */
@ObjectType("Actor", { implements: Node, description: "A person, state, organisation or outlet. Knowledge-base actors have a kbId." })
export class ActorNode {
  @Field(() => String, { nullable: true, description: "Slug of the knowledge-base entry; null for actors found only in text." })
  kbId: string | null;

  @Field(() => ActorKind)
  kind: string;

  @Field(() => String, { description: "Canonical English name (or the name as written, for actors outside the knowledge base)." })
  name: string;

  @Field(() => String, { nullable: true })
  wikidataId: string | null;

  @Field(() => String, { nullable: true, description: "For actors outside the knowledge base: the role written next to the name." })
  roleText: string | null;
}

/** GraphQL shape of one spelling of an actor's name. */
@ObjectType("ActorAlias", { implements: Node, description: "One spelling of an actor's name in one language or script." })
export class ActorAliasNode {
  @Field(() => String)
  text: string;

  @Field(() => String, { description: "ISO 639-1 code." })
  language: string;
}

/** GraphQL shape of an office an actor held. */
@ObjectType("ActorRole", { implements: Node, description: "An office an actor held over a period." })
export class ActorRoleNode {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'Kind of office shared by all its holders ("president", "defence-minister").' })
  roleKey: string | null;

  @Field(() => DateScalar, { nullable: true, description: "YYYY-MM-DD." })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true, description: "YYYY-MM-DD; null while in office." })
  endDate: string | null;
}

/** Relay connection of actors. */
export const ActorConnection = connectionType("Actor", ActorNode);
