import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { recordAudit } from "../audit/record-audit";
import { Actor } from "../actor/actor.entity";
import { Article } from "../article/article.entity";
import { parseId } from "../common/ids";
import { Statement } from "./statement.entity";
import { StatementNode } from "./statement.type";
import { bodySpan } from "../common/body-span";
import type { CurationContext } from "../audit/curation-context";
import { editTransaction } from "../audit/edit-transaction";
import { findOrFail } from "../common/find-or-fail";
import { StatementCorrectionInput } from "./statement-correction.input";

/** Editor mutations on statements; each change is audited. */
@Resolver()
export class StatementCurationResolver {
  @Mutation(() => StatementNode, {
    description: "Corrects a statement's speaker, via, kind or span (the text is re-read from the article body) and marks it reviewed, so re-extraction keeps it. Editor key required.",
  })
  correctStatement(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => StatementCorrectionInput) input: StatementCorrectionInput,
    @Ctx() context: CurationContext,
  ): Promise<Statement> {
    return editTransaction(context, async (manager, viewer) => {
      const before = await findOrFail(manager, Statement, parseId("id", id, "Statement"), "id", "statement");
      const changes: Partial<Statement> = { reviewed: true };
      for (const field of ["speakerId", "viaId"] as const) {
        const value = input[field];
        if (value === undefined) continue;
        changes[field] = value === null ? null : (await findOrFail(manager, Actor, parseId(`input.${field}`, value, "Actor"), `input.${field}`, "actor")).id;
      }
      if (input.kind != null) changes.kind = input.kind as Statement["kind"];
      if (input.start != null || input.end != null) {
        const start = input.start ?? before.startOffset;
        const end = input.end ?? before.endOffset;
        const article = await manager.findOneOrFail(Article, { select: { id: true, body: true }, where: { id: before.articleId } });
        Object.assign(changes, { startOffset: start, endOffset: end, text: bodySpan(article.body, start, end, "input") });
      }
      await manager.update(Statement, { id: before.id }, changes);
      const after = await manager.findOneByOrFail(Statement, { id: before.id });
      await recordAudit(manager, viewer, { action: "correctStatement", entityType: "Statement", entityId: before.id, before, after });
      return after;
    });
  }

  @Mutation(() => StatementNode, { description: "Marks a statement as checked by a person (or not). Reviewed statements are never overwritten by extraction. Editor key required." })
  markStatementReviewed(
    @Arg("id", () => ID) id: string,
    @Arg("reviewed", () => Boolean) reviewed: boolean,
    @Ctx() context: CurationContext,
  ): Promise<Statement> {
    return editTransaction(context, async (manager, viewer) => {
      const before = await findOrFail(manager, Statement, parseId("id", id, "Statement"), "id", "statement");
      await manager.update(Statement, { id: before.id }, { reviewed });
      const after = { ...before, reviewed };
      await recordAudit(manager, viewer, { action: "markStatementReviewed", entityType: "Statement", entityId: before.id, before, after });
      return after;
    });
  }
}
