import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";

/** The `input` of `addDealEvidence`: a passage of an article, and optionally the statement that carries the deal. */
@InputType({ description: "start/end default to the statement's offsets when a statement is given." })
export class DealEvidenceInput {
  @Field(() => ID)
  articleId: string;

  @Field(() => ID, { nullable: true, description: "A statement of the same article." })
  statementId?: string | null;

  @Field(() => Int, { nullable: true })
  start?: number | null;

  @Field(() => Int, { nullable: true })
  end?: number | null;
}
