import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";
import { StatementKind } from "../../model/statement-kind";

/** The `input` of `correctStatement`: only the fields given change; null clears speaker or via. */
@InputType({ description: "Fields left out stay as they are. A new start/end re-reads the text from the article body." })
export class StatementCorrectionInput {
  @Field(() => ID, { nullable: true, description: "The speaker; null for none." })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: "The outlet or body that relayed the words; null for none." })
  viaId?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: "New start offset in the article body (UTF-16 units)." })
  start?: number | null;

  @Field(() => Int, { nullable: true, description: "New end offset (exclusive)." })
  end?: number | null;
}
