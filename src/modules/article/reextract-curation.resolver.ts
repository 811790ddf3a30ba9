import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { In } from "typeorm";
import { requireEditor } from "../../auth/require-role";
import { EXTRACTOR_VERSION } from "../../extract/extractor-version";
import { Article } from "./article.entity";
import { parseId } from "../common/ids";
import { toGlobalId } from "../common/global-id";
import { userInputError } from "../common/user-input-error";
import { notFoundError } from "../common/find-or-fail";
import type { CurationContext } from "../audit/curation-context";
import { ReextractArticlesInput, ReextractArticlesPayload, type ReextractStatus } from "./reextract-articles.input";

/** Most articles one `reextractArticles` call re-extracts; the CLI has no limit. */
export const MAX_REEXTRACT_ARTICLES = 100;

/** The `reextractArticles` mutation: re-runs the current extractor on stored articles, keeping what people reviewed; audited per article. */
@Resolver()
export class ReextractCurationResolver {
  @Mutation(() => ReextractArticlesPayload, {
    description: `Re-runs the current extractor on stored articles, each in its own transaction with its audit entry: reviewed statements and curated deals and evidence are kept, the rest of what extraction made is replaced. At most ${MAX_REEXTRACT_ARTICLES} articles per call. Editor key required.`,
  })
  async reextractArticles(@Arg("input", () => ReextractArticlesInput) input: ReextractArticlesInput, @Ctx() context: CurationContext): Promise<ReextractArticlesPayload> {
    const viewer = requireEditor(context.viewer);
    const ids = await this.selectArticles(context, input);
    // The extraction pipeline is loaded on first use, not when the API starts.
    const { reextractArticles } = await import("../../store/reextract-articles");
    const outcomes = await reextractArticles(context.dataSource, ids, { author: viewer });
    return {
      results: outcomes.map((o) => ({ ...o, articleId: toGlobalId("Article", o.articleId), status: o.status.toUpperCase() as keyof typeof ReextractStatus, reason: o.reason ?? null })),
    };
  }

  private async selectArticles(context: CurationContext, input: ReextractArticlesInput): Promise<number[]> {
    const { dataSource } = context;
    if (input.articleIds == null) {
      const ids = input.staleOnly === false
        ? (await dataSource.getRepository(Article).find({ select: { id: true }, order: { id: "ASC" } })).map((a) => a.id)
        : await (await import("../../store/reextract-articles")).staleArticleIds(dataSource);
      if (ids.length > MAX_REEXTRACT_ARTICLES) {
        throw userInputError("input", `${ids.length} articles match, more than ${MAX_REEXTRACT_ARTICLES} per call: pass up to ${MAX_REEXTRACT_ARTICLES} articleIds at a time, or run "npm run reextract" on the server.`);
      }
      return ids;
    }
    if (input.articleIds.length > MAX_REEXTRACT_ARTICLES) {
      throw userInputError("input.articleIds", `input.articleIds holds ${input.articleIds.length} ids; at most ${MAX_REEXTRACT_ARTICLES} per call.`);
    }
    const wanted = [...new Set(input.articleIds.map((id) => parseId("input.articleIds", id, "Article")))].sort((a, b) => a - b);
    if (!wanted.length) return [];
    const found = await dataSource.getRepository(Article).find({ select: { id: true, extractorVersion: true }, where: { id: In(wanted) } });
    const unknown = wanted.filter((id) => !found.some((a) => a.id === id));
    if (unknown.length) throw notFoundError("input.articleIds", `No article has id ${unknown.join(", ")} (argument "input.articleIds").`);
    return found.filter((a) => !input.staleOnly || a.extractorVersion !== EXTRACTOR_VERSION).map((a) => a.id).sort((a, b) => a - b);
  }
}
