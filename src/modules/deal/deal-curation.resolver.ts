import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { recordAudit } from "../audit/record-audit";
import { Article } from "../article/article.entity";
import { parseId } from "../common/ids";
import { userInputError } from "../common/user-input-error";
import { DealEvidence } from "./deal-evidence.entity";
import { Deal } from "./deal.entity";
import { DealNode } from "./deal.type";
import { Statement } from "../statement/statement.entity";
import { bodySpan } from "../common/body-span";
import type { CurationContext } from "../audit/curation-context";
import { checkDealPeriod, dealChanges } from "./deal-changes";
import { DealEvidenceInput } from "./deal-evidence.input";
import { DealInput } from "./deal.input";
import { editTransaction } from "../audit/edit-transaction";
import { findOrFail } from "../common/find-or-fail";

/** What a new deal starts from; every other column takes its database default (NULL, or false for the "estimated" flags). */
const NEW_DEAL: Partial<Deal> = { source: "PRESS", items: [], curated: true };

/** Editor mutations on deals: creating, updating and adding evidence; each change is audited. */
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
      const before = await findOrFail(manager, Deal, parseId("id", id), "id", "deal");
      const changes = await dealChanges(manager, input);
      checkDealPeriod({ ...before, ...changes });
      await manager.update(Deal, { id: before.id }, { ...changes, curated: true });
      const after = await manager.findOneByOrFail(Deal, { id: before.id });
      await recordAudit(manager, viewer, { action: "updateDeal", entityType: "Deal", entityId: before.id, before, after });
      return after;
    });
  }

  @Mutation(() => DealNode, {
    description: "Adds a passage of an article (and optionally its statement) as evidence of a deal; the excerpt is read from the body at start/end. Editor key required.",
  })
  addDealEvidence(@Arg("dealId", () => ID) dealId: string, @Arg("input", () => DealEvidenceInput) input: DealEvidenceInput, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const deal = await findOrFail(manager, Deal, parseId("dealId", dealId), "dealId", "deal");
      const article = await findOrFail(manager, Article, parseId("input.articleId", input.articleId), "input.articleId", "article");
      let statement: Statement | null = null;
      if (input.statementId != null) {
        statement = await findOrFail(manager, Statement, parseId("input.statementId", input.statementId), "input.statementId", "statement");
        if (statement.articleId !== article.id) throw userInputError("input.statementId", `Statement ${statement.id} belongs to article ${statement.articleId}, not ${article.id}.`);
      }
      const start = input.start ?? statement?.startOffset;
      const end = input.end ?? statement?.endOffset;
      if (start === undefined || end === undefined) throw userInputError("input", "Give start and end, or a statementId whose span is the evidence.");
      const evidence = { dealId: deal.id, articleId: article.id, statementId: statement?.id ?? null, excerpt: bodySpan(article.body, start, end, "input"), startOffset: start, endOffset: end, curated: true };
      const inserted = await manager.insert(DealEvidence, evidence);
      await recordAudit(manager, viewer, { action: "addDealEvidence", entityType: "Deal", entityId: deal.id, after: { evidence: { id: inserted.identifiers[0].id, ...evidence } } });
      return deal;
    });
  }
}
