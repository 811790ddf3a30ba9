import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";

/** The `input` of `updateDealEvidence`: fields left out keep their value; null clears the statement or the note. */
@InputType({ description: "Fields left out keep their value. A new start or end re-reads the excerpt from the article body; a statement must be of the evidence's article." })
export class DealEvidenceUpdateInput {
  @Field(() => ID, { nullable: true, description: "A statement of the evidence's article, or null for none." })
  statementId?: string | null;

  @Field(() => Int, { nullable: true })
  start?: number | null;

  @Field(() => Int, { nullable: true })
  end?: number | null;

  @Field(() => String, { nullable: true, description: "What the deal adds to the passage; null clears it." })
  note?: string | null;
}
