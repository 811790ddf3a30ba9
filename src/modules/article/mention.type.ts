import "reflect-metadata";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node.type";

/** GraphQL shape of an actor named in an article; actor and article are field resolvers. */
@ObjectType("Mention", { implements: Node, description: "An actor named in an article body at [startOffset, endOffset)." })
export class MentionNode {
  @Field(() => String, { description: 'The words as written ("Алиевым").' })
  text: string;

  @Field(() => Int)
  startOffset: number;

  @Field(() => Int)
  endOffset: number;
}
