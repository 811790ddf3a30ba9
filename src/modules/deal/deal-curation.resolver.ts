import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { recordAudit } from "../audit/record-audit";
import { parseId } from "../common/ids";
import { toGlobalId } from "../common/global-id";
import { DealEvidence } from "./deal-evidence.entity";
import { Deal } from "./deal.entity";
import { DealNode } from "./deal.type";
import type { CurationContext } from "../audit/curation-context";
import { checkDealPeriod, dealChanges } from "./deal-changes";
import { DealInput } from "./deal.input";
import { editTransaction } from "../audit/edit-transaction";
import { findOrFail } from "../common/find-or-fail";

/** What a new deal starts from; every other column takes its database default (NULL, or false for the "estimated" flags). */
const NEW_DEAL: Partial<Deal> = { source: "PRESS", items: [], curated: true };

/** Editor mutations on deals: creating, updating and deleting (evidence: deal-evidence-curation.resolver.ts); each change is audited. */
@Resolver()
export class DealCurationResolver {
  @Mutation(() => DealNode, { description: "Creates a deal (source PRESS unless given). Editor key required." })
  createDeal(@Arg("input", () => DealInput) input: DealInput, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const values = { ...NEW_DEAL, ...(await dealChanges(manager, input)), createdAt: new Date().toISOString() };
      checkDealPeriod({ periodStart: values.periodStart ?? null, periodEnd: values.periodEnd ?? null });
      const inserted = await manager.insert(Deal, values);
      const after = await manager.findOneByOrFail(Deal, { id: inserted.identifiers[0].id as number });
      await recordAudit(manager, viewer, { action: "createDeal", entityType: "Deal", entityId: after.id, after });
      return after;
    });
  }

  @Mutation(() => DealNode, { description: "Changes the fields given in `input` (null clears a field). Editor key required." })
  updateDeal(@Arg("id", () => ID) id: string, @Arg("input", () => DealInput) input: DealInput, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const before = await findOrFail(manager, Deal, parseId("id", id, "Deal"), "id", "deal");
      const changes = await dealChanges(manager, input);
      checkDealPeriod({ ...before, ...changes });
      await manager.update(Deal, { id: before.id }, { ...changes, curated: true });
      const after = await manager.findOneByOrFail(Deal, { id: before.id });
      await recordAudit(manager, viewer, { action: "updateDeal", entityType: "Deal", entityId: before.id, before, after });
      return after;
    });
  }

  @Mutation(() => ID, {
    description: "Deletes a deal in one transaction with its evidence; press deals linked to it as their SIPRI record lose that link. Returns the deleted deal's id. Editor key required.",
  })
  deleteDeal(@Arg("id", () => ID) id: string, @Ctx() context: CurationContext): Promise<string> {
    return editTransaction(context, async (manager, viewer) => {
      const deal = await findOrFail(manager, Deal, parseId("id", id, "Deal"), "id", "deal");
      const evidence = await manager.find(DealEvidence, { where: { dealId: deal.id }, order: { id: "ASC" } });
      const pressReports = (await manager.find(Deal, { select: { id: true }, where: { sipriRecordId: deal.id }, order: { id: "ASC" } })).map((d) => d.id);
      if (pressReports.length) await manager.update(Deal, { sipriRecordId: deal.id }, { sipriRecordId: null });
      await manager.delete(DealEvidence, { dealId: deal.id });
      await manager.delete(Deal, { id: deal.id });
      await recordAudit(manager, viewer, { action: "deleteDeal", entityType: "Deal", entityId: deal.id, before: { deal, evidence, pressReports } });
      return toGlobalId("Deal", deal.id);
    });
  }
}
