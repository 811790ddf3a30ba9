import "reflect-metadata";
import { Field, InputType } from "type-graphql";
import { ActorKind } from "../../model/actor-kind";

/** The `filter` argument of `actors`: every given condition must hold. */
@InputType({ description: "Every given condition must hold. Names compare case- and accent-insensitively (ё = е) against every alias and the canonical name." })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: "Any of these kinds." })
  kind?: string[] | null;

  @Field(() => String, { nullable: true, description: "Whole-word match: every word given is a whole word of an alias or of the name, Russian case forms included (\"Aliyev\", \"Алиев\", \"Алиевым\", \"Ilham Aliyev\" all find Ilham Aliyev)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Substring match anywhere in an alias or the name (\"liye\" finds Aliyev). No case forms." })
  nameContains?: string | null;
}
