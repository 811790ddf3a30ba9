import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { Actor } from "../actor/actor.entity";
import { ActorNode } from "../actor/actor.type";
import { childList, childListRequest } from "../common/child-list";
import type { Connection } from "../common/connection";
import { parseId } from "../common/ids";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { MAX_PAGE_SIZE, PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import { DealFilter } from "./deal.filter";
import { dealJoins, evidenceJoins } from "./deal-joins";
import { selectDeals } from "./select-deals";
import type { DealEvidence } from "./deal-evidence.entity";
import { DealEvidenceNode } from "./deal-evidence.type";
import type { Deal } from "./deal.entity";
import { DealConnection, DealNode } from "./deal.type";
import { columnSql } from "../../db/column-sql";

/** Deal lists (a page and the parties it selects in one SQL statement), single deals, and a deal's parties and evidence. Further deal fields belong in their own resolver classes (see src/server/schema.ts). */
@Resolver(() => DealNode)
export class DealResolver {
  @Query(() => DealConnection, { description: "Deals matching the filter, in id order." })
  async deals(
    @Args() args: PageArgs,
    @Arg("filter", () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Ctx() { dataSource, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Deal>> {
    const id = columnSql(dataSource, "deal", "id");
    const sort = { name: "deals:ID:ASC", valueSql: id, idSql: id, direction: "ASC", valueType: "number" } as const;
    const page = pageRequest(args, sort);
    const query = await selectDeals(dataSource, filter);
    const { rows, hasMore } = await fetchPage(query, "deal", sort, page, dealJoins(info, loaders, ["edges", "node"]));
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    return toConnection(rows, hasMore, page, totalCount);
  }

  @Query(() => DealNode, { nullable: true, description: "The deal with this id, or null when there is none." })
  deal(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<Deal | null> {
    return loaders.deal.load(parseId("id", id, "Deal"));
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "Null when the supplier is unknown." })
  supplier(@Root() deal: Deal, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    return deal.supplierId === null ? null : loaders.actor.peek(deal.supplierId) ?? loaders.actor.load(deal.supplierId);
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "Null when the recipient is unknown." })
  recipient(@Root() deal: Deal, @Ctx() { loaders }: ApiContext): Actor | Promise<Actor | null> | null {
    return deal.recipientId === null ? null : loaders.actor.peek(deal.recipientId) ?? loaders.actor.load(deal.recipientId);
  }

  @FieldResolver(() => [DealEvidenceNode], {
    description: `The passages that report the deal (empty for SIPRI rows), in id order: at most \`first\` (0 to ${MAX_PAGE_SIZE}, default ${MAX_PAGE_SIZE}); the next ones with \`after\`.`,
  })
  async evidence(
    @Root() deal: Deal,
    @Arg("first", () => Int, { defaultValue: MAX_PAGE_SIZE, description: `At most this many (0 to ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last piece of evidence received: the ones that follow it." }) after: string | null,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DealEvidence[]> {
    const afterId = after == null ? null : parseId("after", after, "DealEvidence");
    const page = childListRequest(first, afterId === null ? null : { value: afterId, id: afterId });
    const rows = { nodes: loaders.dealEvidence, relations: evidenceJoins(info, loaders) };
    return childList(await loaders.evidencePagesByDeal.load({ parentId: deal.id, page, rows }), loaders.dealEvidence);
  }
}
