import "reflect-metadata";
import { Field, ObjectType } from "type-graphql";

/** Relay page information of a connection. */
@ObjectType({ description: "Relay page information. Forward (first/after), hasPreviousPage is true exactly when `after` was given; backward (last/before), hasNextPage is true exactly when `before` was given." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
