import "reflect-metadata";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node.type";
import { connectionType } from "../common/connection";
import { DatePrecision } from "../common/enums";
import { DateScalar } from "../common/date.scalar";

/** GraphQL shape of an ingested article; outlet, statements, mentions and deals are field resolvers. */
@ObjectType("Article", { implements: Node, description: "One ingested news page: its cleaned body and what was read from it." })
export class ArticleNode {
  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => DateScalar, { nullable: true, description: "YYYY-MM-DD (see publishedPrecision); null when unknown." })
  publishedAt: string | null;

  @Field(() => DatePrecision)
  publishedPrecision: string;

  @Field(() => String, { description: "ISO 639-1 code." })
  language: string;

  @Field(() => [String])
  authors: string[];

  @Field(() => String, { description: "The cleaned text; every offset refers to it." })
  body: string;

  @Field(() => String, { description: "ISO 8601 timestamp of ingestion." })
  ingestedAt: string;

  @Field(() => String)
  extractorVersion: string;

  @Field(() => String, { description: "SHA-256 of the original page text." })
  contentHash: string;
}

/** Relay connection of articles. */
export const ArticleConnection = connectionType("Article", ArticleNode);
