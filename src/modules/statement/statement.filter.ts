import "reflect-metadata";
import { Field, ID, InputType } from "type-graphql";
import { StatementKind } from "../../model/statement-kind";
import { PartialDateScalar } from "../common/date.scalar";

/** The `filter` argument of `statements`: every given condition must hold. */
@InputType({ description: "Every given condition must hold. Names match any alias in any script, case- and accent-insensitively, as whole words, Russian case forms included (\"Алиевым\", \"Алиев\" and \"Aliyev\" find the same actor)." })
export class StatementFilter {
  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "Speaker's name or any alias." })
  speakerName?: string | null;

  @Field(() => ID, { nullable: true, description: "The outlet that published the statement's article." })
  outletId?: string | null;

  @Field(() => String, { nullable: true, description: "Name or alias of the outlet that published the statement's article." })
  outletName?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 639-1 code of the statement's language." })
  language?: string | null;

  @Field(() => [StatementKind], { nullable: true, description: "Any of these kinds." })
  kind?: string[] | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "saidOn on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Undated statements are excluded." })
  saidFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "saidOn on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; \"2016\" means up to 2016-12-31)." })
  saidTo?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The article's publishedAt on or after this date. Articles without a date are excluded." })
  publishedFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The article's publishedAt on or before this date." })
  publishedTo?: string | null;

  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => ID, { nullable: true, description: "An actor named inside the statement's text (a mention within its offsets)." })
  mentionedActorId?: string | null;

  @Field(() => String, { nullable: true, description: "Name or alias of an actor named inside the statement's text." })
  mentionedActorName?: string | null;
}
