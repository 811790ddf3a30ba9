import "reflect-metadata";
import { Field, ID, InputType } from "type-graphql";
import { PartialDateScalar } from "../common/date.scalar";

/** The `filter` argument of `articles`: every given condition must hold. */
@InputType({ description: "Every given condition must hold." })
export class ArticleFilter {
  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => String, { nullable: true, description: "Name or any alias of the outlet (whole words, any script, case- and accent-insensitive)." })
  outletName?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 639-1 code." })
  language?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "publishedAt on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Undated articles are excluded." })
  publishedFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "publishedAt on or before this date (\"2016\" means up to 2016-12-31)." })
  publishedTo?: string | null;
}
