import "reflect-metadata";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ActorNode } from "../actor/actor.type";
import { DealStatus } from "../../model/deal-status";

/** What `dealAggregates` groups deals by. */
export const DealGroupBy = { SUPPLIER: "SUPPLIER", RECIPIENT: "RECIPIENT", YEAR: "YEAR", CATEGORY: "CATEGORY", STATUS: "STATUS" } as const;
export type DealGroupBy = (typeof DealGroupBy)[keyof typeof DealGroupBy];
registerEnumType(DealGroupBy, {
  name: "DealGroupBy",
  description: "YEAR is the year deal filters use (periodStart, else orderYear).",
});

/** The order of `dealAggregates` rows. */
export const DealAggregateOrder = { DEAL_COUNT: "DEAL_COUNT", KEY: "KEY" } as const;
export type DealAggregateOrder = (typeof DealAggregateOrder)[keyof typeof DealAggregateOrder];
registerEnumType(DealAggregateOrder, {
  name: "DealAggregateOrder",
  description: "DEAL_COUNT: largest groups first, ties by key. KEY: by key (actor id, year, category or status) ascending. Either way the group without a value comes last.",
});

/** One group of deals: its value and how many deals, and how much reported USD value, it holds. */
@ObjectType("DealAggregate", { description: "One group of the deals `deals(filter:)` lists. Only the field of the grouping (actor, year, category or status) is set." })
export class DealAggregateNode {
  @Field(() => String, { nullable: true, description: "The group's value as text: the actor's id (SUPPLIER, RECIPIENT), the year, the category or the status; null for deals without one (unknown supplier, no year…)." })
  key: string | null;

  @Field(() => ActorNode, { nullable: true, description: "SUPPLIER and RECIPIENT: the actor; null for the group of deals whose party is unknown." })
  actor: ActorNode | null;

  @Field(() => Int, { nullable: true, description: "YEAR: the year (periodStart, else orderYear)." })
  year: number | null;

  @Field(() => String, { nullable: true, description: "CATEGORY: the SIPRI category." })
  category: string | null;

  @Field(() => DealStatus, { nullable: true, description: "STATUS: the status." })
  status: string | null;

  @Field(() => Int, { description: "Number of deals in the group." })
  dealCount: number;

  @Field(() => Float, { nullable: true, description: "Sum of `amount` over the group's deals whose currency is USD; null when none has one. Other currencies are not converted." })
  reportedValueUsd: number | null;

  @Field(() => Int, { description: "Number of the group's deals counted in reportedValueUsd (an amount in USD)." })
  valueCount: number;
}
