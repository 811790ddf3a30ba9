import "reflect-metadata";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { StatementKind } from "../../model/statement-kind";
import { connectionType } from "../common/connection";
import { DatePrecision } from "../common/enums";
import { DateScalar } from "../common/date.scalar";
import { Node } from "../common/node.type";

registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "DIRECT: a full quotation; PARTIAL: quoted words inside reported speech; INDIRECT: reported speech without quotation marks.",
});

/** GraphQL shape of a statement; speaker, via, article and outlet are field resolvers. */
@ObjectType("Statement", { implements: Node, description: "Words attributed to a speaker in an article, verbatim, with where and when they were said." })
export class StatementNode {
  @Field(() => String, { description: "Verbatim text: between the quotation marks, or the reported clause for INDIRECT." })
  text: string;

  @Field(() => StatementKind)
  kind: string;

  @Field(() => DateScalar, { nullable: true, description: "When the words were said, YYYY-MM-DD (see saidOnPrecision); null when unknown." })
  saidOn: string | null;

  @Field(() => DatePrecision)
  saidOnPrecision: string;

  @Field(() => String, { description: "ISO 639-1 code." })
  language: string;

  @Field(() => Int, { description: "Offset of the text in the article body (UTF-16 code units)." })
  startOffset: number;

  @Field(() => Int)
  endOffset: number;

  @Field(() => Float, { description: "0..1: how sure the extractor is of the span and the attribution." })
  confidence: number;

  @Field(() => Boolean, { description: "True once a person has checked the statement." })
  reviewed: boolean;

  @Field(() => String, { nullable: true, description: 'How the article names the speaker ("президент Азербайджана", "he").' })
  speakerLabel: string | null;
}

/** Relay connection of statements. */
export const StatementConnection = connectionType("Statement", StatementNode);
