import "reflect-metadata";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { ActorRole } from "./actor-role.entity";
import type { Actor } from "./actor.entity";
import { ActorNode, ActorRoleNode } from "./actor.type";

/** The organisation an office belongs to, through the actor loader. */
@Resolver(() => ActorRoleNode)
export class ActorRoleResolver {
  @FieldResolver(() => ActorNode, { nullable: true, description: "The state or organisation the office belongs to." })
  organization(@Root() role: ActorRole, @Ctx() { loaders }: ApiContext): Promise<Actor | null> | null {
    return role.organizationId === null ? null : loaders.actor.load(role.organizationId);
  }
}
