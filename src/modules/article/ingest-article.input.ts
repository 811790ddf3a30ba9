import "reflect-metadata";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ArticleNode } from "./article.type";
import { PartialDateScalar } from "../common/date.scalar";

/** How the text of an ingested page is written. */
export const ArticleFormat = { TEXT: "TEXT", HTML: "HTML" } as const;
registerEnumType(ArticleFormat, { name: "ArticleFormat", description: "TEXT: plain text; HTML: a saved web page (its main text is extracted)." });

/** The `input` of `ingestArticle`: a page and what is known about it beyond its text. */
@InputType({ description: "A news page to extract and store. The same text is stored once." })
export class IngestArticleInput {
  @Field(() => String, { description: "The page: plain text or HTML." })
  text: string;

  @Field(() => ArticleFormat, { defaultValue: ArticleFormat.TEXT })
  format: keyof typeof ArticleFormat;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "The outlet's name, when the page does not show it." })
  outlet?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "YYYY-MM-DD, YYYY-MM or YYYY." })
  publishedAt?: string | null;
}

/** What `ingestArticle` returns. */
@ObjectType({ description: "The stored article, and whether it was already in the store (then nothing was written)." })
export class IngestArticlePayload {
  @Field(() => ArticleNode)
  article: unknown;

  @Field(() => Boolean)
  duplicate: boolean;
}
