import "reflect-metadata";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DealStatus } from "../../model/deal-status";
import { DealSource } from "./deal.type";
import { DateScalar } from "../common/date.scalar";

/** The `input` of `createDeal` and `updateDeal`: fields left out keep their value (or default); null clears. */
@InputType({ description: "For updateDeal, fields left out keep their value and null clears one. For createDeal, source defaults to PRESS and items to []." })
export class DealInput {
  @Field(() => DealSource, { nullable: true })
  source?: string | null;

  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => ID, { nullable: true })
  recipientId?: string | null;

  @Field(() => [String], { nullable: true })
  items?: string[] | null;

  @Field(() => String, { nullable: true })
  designation?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "SIPRI category, lower case." })
  category?: string | null;

  @Field(() => Int, { nullable: true })
  numberOrdered?: number | null;

  @Field(() => Int, { nullable: true })
  numberDelivered?: number | null;

  @Field(() => Int, { nullable: true })
  orderYear?: number | null;

  @Field(() => String, { nullable: true })
  deliveryYears?: string | null;

  @Field(() => String, { nullable: true })
  comments?: string | null;

  @Field(() => String, { nullable: true })
  valueText?: string | null;

  @Field(() => Float, { nullable: true })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code." })
  currency?: string | null;

  @Field(() => String, { nullable: true })
  period?: string | null;

  @Field(() => Int, { nullable: true })
  periodStart?: number | null;

  @Field(() => Int, { nullable: true })
  periodEnd?: number | null;

  @Field(() => DealStatus, { nullable: true })
  status?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "YYYY-MM-DD." })
  statusReportedOn?: string | null;
}
