import "reflect-metadata";
import { Field, ID, Int, ObjectType } from "type-graphql";

/** GraphQL shape of an actor named in an article; actor and article are field resolvers. */
@ObjectType("Mention", { description: "An actor named in an article body at [startOffset, endOffset)." })
export class MentionNode {
  @Field(() => ID)
  id: number;

  @Field(() => String, { description: 'The words as written ("Алиевым").' })
  text: string;

  @Field(() => Int)
  startOffset: number;

  @Field(() => Int)
  endOffset: number;
}
