import "reflect-metadata";
import { Field, ID, InputType, Int } from "type-graphql";
import { DealStatus } from "../../model/deal-status";
import { DealSource } from "./deal.type";

/** The `filter` argument of `deals`: every given condition must hold. */
@InputType({ description: "Every given condition must hold. Names match any alias in any script (whole words, case forms included)." })
export class DealFilter {
  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => String, { nullable: true })
  supplierName?: string | null;

  @Field(() => ID, { nullable: true })
  recipientId?: string | null;

  @Field(() => String, { nullable: true })
  recipientName?: string | null;

  @Field(() => [DealStatus], { nullable: true, description: "Any of these statuses." })
  status?: string[] | null;

  @Field(() => Int, { nullable: true, description: "The deal's year (periodStart, else orderYear) is this year or later. Deals without a year are excluded." })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "The deal's year (periodStart, else orderYear) is this year or earlier." })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'SIPRI category, case-insensitive ("armoured vehicles").' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'Weapon designation, case-insensitive, in any spelling or script the weapon gazetteer knows ("T-90S", "Т-90С").' })
  designation?: string | null;

  @Field(() => DealSource, { nullable: true })
  source?: string | null;
}
