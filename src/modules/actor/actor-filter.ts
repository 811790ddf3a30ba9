import { Field, InputType } from "type-graphql";
import { ActorKind } from "./actor.type";

/** The `filter` argument of `actors`: every given condition must hold. */
@InputType({ description: "Every given condition must hold. Names compare case- and accent-insensitively (ё = е) against every alias and the canonical name." })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: "Any of these kinds." })
  kind?: string[] | null;

  @Field(() => String, { nullable: true, description: "Whole-word match: an alias or the name equals these words or contains them as whole words (\"Aliyev\", \"Алиев\", \"Алиевым\" all find Ilham Aliyev)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Substring match anywhere in an alias or the name (\"liye\" finds Aliyev). No case forms." })
  nameContains?: string | null;
}
