import { Not, type DataSource } from "typeorm";
import type { AuditActor } from "../modules/audit/record-audit";
import { Article } from "../modules/article/article.entity";
import { EXTRACTOR_VERSION } from "../extract/extractor-version";
import { loadPipelineResources, type PipelineResources } from "../extract/pipeline";
import { CLI_AUTHOR, reextractArticle, type ReextractResult, type ReextractStatus } from "./reextract-article";

/** One article's outcome in a batch: a ReextractResult, or "failed" with the error (the article is left as it was). */
export type ReextractOutcome = Omit<ReextractResult, "status"> & { status: ReextractStatus | "failed" };

/** Ids of the articles extracted by another extractor version than the current one, ascending. */
export async function staleArticleIds(dataSource: DataSource): Promise<number[]> {
  const rows = await dataSource.getRepository(Article).find({ select: { id: true }, where: { extractorVersion: Not(EXTRACTOR_VERSION) }, order: { id: "ASC" } });
  return rows.map((r) => r.id);
}

/** Re-extracts articles one by one, each in its own transaction: a failure is reported with its reason and the others go on. */
export async function reextractArticles(
  dataSource: DataSource,
  articleIds: readonly number[],
  options: { resources?: PipelineResources; author?: AuditActor; onProgress?: (done: number, outcome: ReextractOutcome) => void } = {},
): Promise<ReextractOutcome[]> {
  const resources = options.resources ?? loadPipelineResources();
  const outcomes: ReextractOutcome[] = [];
  for (const articleId of articleIds) {
    let outcome: ReextractOutcome;
    try {
      outcome = await reextractArticle(dataSource, articleId, resources, options.author ?? CLI_AUTHOR);
    } catch (error) {
      outcome = { status: "failed", articleId, statementsKept: 0, statementsReplaced: 0, statementsAdded: 0, reason: (error as Error).message };
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, outcome);
  }
  return outcomes;
}
