import "reflect-metadata";
import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";

/** The `input` of `addActorRole`: an office and the dates it was held. */
@InputType({ description: "An office an actor held. Dates are YYYY-MM-DD; endDate null while in office." })
export class ActorRoleInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'Kind of office ("president", "defence-minister").' })
  roleKey?: string | null;

  @Field(() => ID, { nullable: true, description: "The state or organisation the office belongs to." })
  organizationId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;
}
