import "reflect-metadata";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

/** What re-extraction did to one article. */
export const ReextractStatus = { UPDATED: "UPDATED", UNCHANGED: "UNCHANGED", SKIPPED: "SKIPPED", FAILED: "FAILED" } as const;
registerEnumType(ReextractStatus, {
  name: "ReextractStatus",
  description: "UPDATED: extraction replaced; UNCHANGED: already at the current extractor version with the same result, nothing written; SKIPPED: a reviewed statement or curated evidence could not be found in the new text, nothing written (see reason); FAILED: an error, nothing written (see reason).",
});

/** The `input` of `reextractArticles`: which articles to re-extract. */
@InputType({ description: "Without articleIds: the articles extracted by an older extractor version (staleOnly: false for all articles). With articleIds: those articles (staleOnly: true keeps only the stale ones). At most 100 articles per call." })
export class ReextractArticlesInput {
  @Field(() => [ID], { nullable: true })
  articleIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  staleOnly?: boolean | null;
}

/** One article's outcome. */
@ObjectType({ description: "What re-extraction did to one article; counts are statements." })
export class ReextractArticleResult {
  @Field(() => ID, { description: "The article's id." })
  articleId: string;

  @Field(() => ReextractStatus)
  status: keyof typeof ReextractStatus;

  @Field(() => Int, { description: "Reviewed statements kept as they were (re-anchored if the text moved)." })
  statementsKept: number;

  @Field(() => Int, { description: "Unreviewed statements removed." })
  statementsReplaced: number;

  @Field(() => Int, { description: "Statements the new extraction added." })
  statementsAdded: number;

  @Field(() => String, { nullable: true, description: "Why the article was skipped or failed." })
  reason: string | null;
}

/** What `reextractArticles` returns. */
@ObjectType({ description: "Per-article results of a re-extraction, in article id order." })
export class ReextractArticlesPayload {
  @Field(() => [ReextractArticleResult])
  results: ReextractArticleResult[];
}
