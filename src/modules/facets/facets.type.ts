import { Field, Int, ObjectType } from "type-graphql";
import { ActorNode } from "../actor/actor.type";

/** How many rows share an actor (speaker, outlet, supplier, recipient). */
@ObjectType({ description: "How many rows have this actor; `actor` is null for rows without one (unknown speaker, supplier…)." })
export class ActorCount {
  @Field(() => ActorNode, { nullable: true })
  actor: ActorNode | null;

  @Field(() => Int)
  count: number;
}

/** How many rows share a value (language, kind, status, category). */
@ObjectType({ description: "How many rows have this value; `value` is null for rows without one." })
export class ValueCount {
  @Field(() => String, { nullable: true })
  value: string | null;

  @Field(() => Int)
  count: number;
}

/** How many statements were said in a month. */
@ObjectType({ description: "How many statements were said in a month (YYYY-MM); `month` is null for statements dated only to the year, or not at all." })
export class MonthCount {
  @Field(() => String, { nullable: true })
  month: string | null;

  @Field(() => Int)
  count: number;
}

/** How many deals fall in a year. */
@ObjectType({ description: "How many deals have this year (periodStart, else orderYear — the year deal filters use); `year` is null for deals without one." })
export class YearCount {
  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => Int)
  count: number;
}

/** Counts of the statements a filter selects, grouped five ways. Each group list is one GROUP BY, run only when selected. */
@ObjectType({ description: "Counts of exactly the statements `statements(filter:)` lists, by speaker, outlet, language, kind and month. Groups are ordered by count descending, then value (null last)." })
export class StatementFacets {
  @Field(() => Int, { description: "Number of statements matching the filter." })
  total: number;

  @Field(() => [ActorCount])
  bySpeaker: ActorCount[];

  @Field(() => [ActorCount], { description: "By the outlet that published the statement's article." })
  byOutlet: ActorCount[];

  @Field(() => [ValueCount])
  byLanguage: ValueCount[];

  @Field(() => [ValueCount])
  byKind: ValueCount[];

  @Field(() => [MonthCount], { description: "By the month the words were said (saidOn)." })
  byMonth: MonthCount[];
}

/** Counts of the deals a filter selects, grouped five ways. */
@ObjectType({ description: "Counts of exactly the deals `deals(filter:)` lists, by supplier, recipient, status, category and year. Groups are ordered by count descending, then value (null last)." })
export class DealFacets {
  @Field(() => Int, { description: "Number of deals matching the filter." })
  total: number;

  @Field(() => [ActorCount])
  bySupplier: ActorCount[];

  @Field(() => [ActorCount])
  byRecipient: ActorCount[];

  @Field(() => [ValueCount])
  byStatus: ValueCount[];

  @Field(() => [ValueCount], { description: "SIPRI category (lower case)." })
  byCategory: ValueCount[];

  @Field(() => [YearCount])
  byYear: YearCount[];
}
