import "reflect-metadata";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { childList, childListRequest } from "../common/child-list";
import { parseId } from "../common/ids";
import { MAX_PAGE_SIZE } from "../common/page-args";
import type { ApiContext } from "../api-context";
import type { Statement } from "../statement/statement.entity";
import { StatementNode } from "../statement/statement.type";
import type { Deal } from "./deal.entity";
import { DealNode } from "./deal.type";

/**
 * What a deal links to beyond its parties: the statements that evidence it, and the press ↔ SIPRI
 * link (`sipriRecordId`, set by src/sipri/link-press-deals.ts). Every field goes through the
 * request's loaders, so a page of deals costs the same number of SQL statements whatever its size.
 */
@Resolver(() => DealNode)
export class DealLinksResolver {
  @FieldResolver(() => [StatementNode], {
    description: `The statements that carry the deal (through its evidence), each once, in id order: at most \`first\` (0 to ${MAX_PAGE_SIZE}, default ${MAX_PAGE_SIZE}); the next ones with \`after\`. Empty for SIPRI records.`,
  })
  async statements(
    @Root() deal: Deal,
    @Arg("first", () => Int, { defaultValue: MAX_PAGE_SIZE, description: `At most this many (0 to ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last statement received: the ones that follow it." }) after: string | null,
    @Ctx() { loaders }: ApiContext,
  ): Promise<Statement[]> {
    const afterId = after == null ? null : parseId("after", after, "Statement");
    const page = childListRequest(first, afterId === null ? null : { value: afterId, id: afterId });
    return childList(await loaders.statementPagesByDeal.load({ parentId: deal.id, page }), loaders.statement);
  }

  @FieldResolver(() => DealNode, {
    nullable: true,
    description: "For a PRESS deal: the SIPRI record it reports (linked on supplier, recipient, weapon and order year), or null when none matched. Null for SIPRI records.",
  })
  sipriRecord(@Root() deal: Deal, @Ctx() { loaders }: ApiContext): Promise<Deal | null> | null {
    return deal.sipriRecordId == null ? null : loaders.deal.load(deal.sipriRecordId);
  }

  @FieldResolver(() => [DealNode], {
    description: "For a SIPRI record: the PRESS deals linked to it (their sipriRecord is this record), in id order. Empty for PRESS deals.",
  })
  async reports(@Root() deal: Deal, @Ctx() { loaders }: ApiContext): Promise<Deal[]> {
    if (deal.source !== "SIPRI") return [];
    return loaders.reportsBySipriRecord.load(deal.id);
  }
}
