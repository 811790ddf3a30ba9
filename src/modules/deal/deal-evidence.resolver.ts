import "reflect-metadata";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { ArticleSummary } from "../article/article.loaders";
import { ArticleNode } from "../article/article.type";
import type { Statement } from "../statement/statement.entity";
import { StatementNode } from "../statement/statement.type";
import type { DealEvidence } from "./deal-evidence.entity";
import { DealEvidenceNode } from "./deal-evidence.type";

/** The article and statement of a piece of deal evidence, through loaders (the article at once when the evidence list read it). */
@Resolver(() => DealEvidenceNode)
export class DealEvidenceResolver {
  @FieldResolver(() => ArticleNode)
  article(@Root() evidence: DealEvidence, @Ctx() { loaders }: ApiContext): ArticleSummary | Promise<ArticleSummary> {
    return loaders.article.peek(evidence.articleId) ?? loaders.article.load(evidence.articleId).then((article) => {
      if (!article) throw new Error(`Deal evidence ${evidence.id} refers to missing article ${evidence.articleId}`);
      return article;
    });
  }

  @FieldResolver(() => StatementNode, { nullable: true, description: "The statement that carries the deal, if any." })
  statement(@Root() evidence: DealEvidence, @Ctx() { loaders }: ApiContext): Promise<Statement | null> | null {
    return evidence.statementId === null ? null : loaders.statement.load(evidence.statementId);
  }
}
