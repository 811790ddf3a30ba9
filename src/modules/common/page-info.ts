import "reflect-metadata";
import { Field, ObjectType } from "type-graphql";

/** Relay page information of a connection. */
@ObjectType({ description: "Relay page information. Pagination is forward only (first/after): hasPreviousPage is true exactly when `after` was given." })
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
