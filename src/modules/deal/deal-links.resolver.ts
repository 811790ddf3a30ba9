import "reflect-metadata";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
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
    description: "The statements that carry the deal (through its evidence), each once, in evidence order. Empty for SIPRI records.",
  })
  async statements(@Root() deal: Deal, @Ctx() { loaders }: ApiContext): Promise<Statement[]> {
    const evidence = await loaders.evidenceByDeal.load(deal.id);
    const ids = [...new Set(evidence.flatMap((e) => (e.statementId === null ? [] : [e.statementId])))];
    if (!ids.length) return [];
    const statements = await loaders.statement.loadMany(ids);
    return statements.filter((s): s is Statement => {
      if (s instanceof Error) throw s;
      return s !== null;
    });
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
