import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import { childConnection } from "../common/child-connection";
import type { Connection } from "../common/connection";
import { pageRequest } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import type { Deal } from "../deal/deal.entity";
import { DealConnection } from "../deal/deal.type";
import type { Actor } from "./actor.entity";
import { ActorNode } from "./actor.type";

/**
 * An actor's deals as supplier and as recipient (PRESS and SIPRI alike). Under a list of actors both
 * connections come from one loader (loaders.dealPagesByActor): one windowed SQL statement per
 * connection for all the actors, one grouped COUNT when totalCount is selected, then one batched
 * load of the deals, like Actor.statements.
 */
@Resolver(() => ActorNode)
export class ActorDealsResolver {
  @FieldResolver(() => DealConnection, { description: "Deals this actor supplies, PRESS and SIPRI, in id order." })
  dealsAsSupplier(
    @Root() actor: Actor, @Args() args: PageArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Deal>> {
    return actorDeals(actor, "supplier", args, context, info);
  }

  @FieldResolver(() => DealConnection, { description: "Deals this actor receives, PRESS and SIPRI, in id order." })
  dealsAsRecipient(
    @Root() actor: Actor, @Args() args: PageArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Deal>> {
    return actorDeals(actor, "recipient", args, context, info);
  }
}

async function actorDeals(
  actor: Actor, role: "supplier" | "recipient", args: PageArgs, { loaders, orders }: ApiContext, info: GraphQLResolveInfo,
): Promise<Connection<Deal>> {
  const page = pageRequest(args, role === "supplier" ? orders.actorDealsAsSupplier : orders.actorDealsAsRecipient);
  const { page: children, totalCount } = await loaders.dealPagesByActor.load({ parentId: actor.id, role, page, counted: selectsField(info, "totalCount") });
  return childConnection(children, loaders.deal, page, totalCount);
}
