import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { requireEditor } from "../../auth/require-role";
import { recordAudit } from "../audit/record-audit";
import { Article } from "./article.entity";
import { userInputError } from "../common/user-input-error";
import type { CurationContext } from "../audit/curation-context";
import { IngestArticleInput, IngestArticlePayload } from "./ingest-article.input";
import { MAX_PAGE_BYTES } from "../../inputs/read-input";


/** The `ingestArticle` mutation: extraction and storage of one page, audited in the same transaction when it adds an article. */
@Resolver()
export class ArticleCurationResolver {
  @Mutation(() => IngestArticlePayload, {
    description: "Extracts and stores a page. The same text twice returns the stored article with duplicate: true and writes nothing. Editor key required.",
  })
  async ingestArticle(@Arg("input", () => IngestArticleInput) input: IngestArticleInput, @Ctx() context: CurationContext): Promise<IngestArticlePayload> {
    const viewer = requireEditor(context.viewer);
    if (!input.text.trim()) throw userInputError("input.text", "input.text is empty.");
    const bytes = Buffer.byteLength(input.text, "utf8");
    // the same page limit as files and streams (the HTTP server refuses larger pages before execution)
    if (bytes > MAX_PAGE_BYTES) throw userInputError("input.text", `input.text is ${bytes.toLocaleString("en")} bytes, over the ${MAX_PAGE_BYTES.toLocaleString("en")}-byte page limit.`);
    if (input.publishedAt != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.publishedAt)) {
      throw userInputError("input.publishedAt", `input.publishedAt must be YYYY-MM-DD, YYYY-MM or YYYY (got ${JSON.stringify(input.publishedAt)}).`);
    }
    const { dataSource } = context;
    // The extraction pipeline (HTML parser, knowledge base) is loaded on first use, not when the API starts.
    const { ingestText } = await import("../../store/ingest-text");
    const result = await ingestText(dataSource, input.text, {
      format: input.format === "HTML" ? "html" : "text",
      hints: { url: input.url ?? null, outlet: input.outlet ?? null, publishedAt: input.publishedAt ?? null },
      afterStore: async (manager, stored) => {
        const { body: _body, originalText: _originalText, ...summary } = await manager.findOneByOrFail(Article, { id: stored.articleId });
        await recordAudit(manager, viewer, {
          action: "ingestArticle", entityType: "Article", entityId: stored.articleId,
          after: { ...summary, statements: stored.statements, mentions: stored.mentions, deals: stored.deals },
        });
      },
    });
    const article = await dataSource.getRepository(Article).findOneByOrFail({ id: result.articleId });
    return { article, duplicate: result.status === "duplicate" };
  }
}
