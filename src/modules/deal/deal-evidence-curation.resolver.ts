import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
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
import { DealEvidenceInput } from "./deal-evidence.input";
import { DealEvidenceUpdateInput } from "./deal-evidence-update.input";
import { editTransaction } from "../audit/edit-transaction";
import { findOrFail } from "../common/find-or-fail";

/** Longest note a curator may write on a piece of evidence, in characters. */
const MAX_NOTE_CHARACTERS = 1000;

/**
 * Editor mutations on the evidence of deals: adding a passage, changing it, removing it. Each change
 * is audited on its deal (entity type Deal) with the evidence before and after; each returns the deal.
 */
@Resolver()
export class DealEvidenceCurationResolver {
  @Mutation(() => DealNode, {
    description: "Adds a passage of an article (and optionally its statement) as evidence of a deal; the excerpt is read from the body at start/end. Editor key required.",
  })
  addDealEvidence(@Arg("dealId", () => ID) dealId: string, @Arg("input", () => DealEvidenceInput) input: DealEvidenceInput, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const deal = await findOrFail(manager, Deal, parseId("dealId", dealId, "Deal"), "dealId", "deal");
      const article = await findOrFail(manager, Article, parseId("input.articleId", input.articleId, "Article"), "input.articleId", "article");
      const statement = input.statementId == null ? null : await statementOf(manager, article.id, input.statementId);
      const start = input.start ?? statement?.startOffset;
      const end = input.end ?? statement?.endOffset;
      if (start === undefined || end === undefined) throw userInputError("input", "Give start and end, or a statementId whose span is the evidence.");
      const evidence = { dealId: deal.id, articleId: article.id, statementId: statement?.id ?? null, excerpt: bodySpan(article.body, start, end, "input"), startOffset: start, endOffset: end, curated: true };
      const inserted = await manager.insert(DealEvidence, evidence);
      await recordAudit(manager, viewer, { action: "addDealEvidence", entityType: "Deal", entityId: deal.id, after: { evidence: { id: inserted.identifiers[0].id, ...evidence } } });
      return deal;
    });
  }

  @Mutation(() => DealNode, {
    description: "Changes a piece of deal evidence: its span (the excerpt is re-read from the article body), its statement or its note. The evidence is then kept by re-extraction. Returns its deal. Editor key required.",
  })
  updateDealEvidence(@Arg("id", () => ID) id: string, @Arg("input", () => DealEvidenceUpdateInput) input: DealEvidenceUpdateInput, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const before = await findOrFail(manager, DealEvidence, parseId("id", id, "DealEvidence"), "id", "deal evidence");
      const changes: Partial<DealEvidence> = { curated: true };
      if (input.statementId !== undefined) {
        changes.statementId = input.statementId === null ? null : (await statementOf(manager, before.articleId, input.statementId)).id;
      }
      if (input.note !== undefined) {
        const note = input.note?.trim() || null;
        if (note !== null && note.length > MAX_NOTE_CHARACTERS) throw userInputError("input.note", `input.note is longer than ${MAX_NOTE_CHARACTERS} characters.`);
        changes.note = note;
      }
      if (input.start != null || input.end != null) {
        const start = input.start ?? before.startOffset;
        const end = input.end ?? before.endOffset;
        const article = await manager.findOneOrFail(Article, { select: { id: true, body: true }, where: { id: before.articleId } });
        Object.assign(changes, { startOffset: start, endOffset: end, excerpt: bodySpan(article.body, start, end, "input") });
      }
      await manager.update(DealEvidence, { id: before.id }, changes);
      const after = await manager.findOneByOrFail(DealEvidence, { id: before.id });
      await recordAudit(manager, viewer, { action: "updateDealEvidence", entityType: "Deal", entityId: before.dealId, before: { evidence: before }, after: { evidence: after } });
      return manager.findOneByOrFail(Deal, { id: before.dealId });
    });
  }

  @Mutation(() => DealNode, { description: "Removes a piece of evidence from its deal (the deal itself stays). Returns the deal. Editor key required." })
  removeDealEvidence(@Arg("id", () => ID) id: string, @Ctx() context: CurationContext): Promise<Deal> {
    return editTransaction(context, async (manager, viewer) => {
      const evidence = await findOrFail(manager, DealEvidence, parseId("id", id, "DealEvidence"), "id", "deal evidence");
      await manager.delete(DealEvidence, { id: evidence.id });
      await recordAudit(manager, viewer, { action: "removeDealEvidence", entityType: "Deal", entityId: evidence.dealId, before: { evidence } });
      return manager.findOneByOrFail(Deal, { id: evidence.dealId });
    });
  }
}

/** The statement an input names, which must belong to the evidence's article (NOT_FOUND / BAD_USER_INPUT on input.statementId). */
async function statementOf(manager: EntityManager, articleId: number, statementId: string): Promise<Statement> {
  const statement = await findOrFail(manager, Statement, parseId("input.statementId", statementId, "Statement"), "input.statementId", "statement");
  if (statement.articleId !== articleId) throw userInputError("input.statementId", `Statement ${statement.id} belongs to article ${statement.articleId}, not ${articleId}.`);
  return statement;
}
