import "reflect-metadata";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node.type";

/** GraphQL shape of a passage reporting a deal; article and statement are field resolvers. */
@ObjectType("DealEvidence", { implements: Node, description: "A passage of an article (and the statement, if any) that reports a deal." })
export class DealEvidenceNode {
  @Field(() => String)
  excerpt: string;

  @Field(() => Int, { description: "Offset of the excerpt in the article body." })
  startOffset: number;

  @Field(() => Int)
  endOffset: number;

  @Field(() => String, { nullable: true, description: 'What the deal adds to the passage ("supplier inferred: Su-30SM is made in Russia"), if anything.' })
  note: string | null;
}
