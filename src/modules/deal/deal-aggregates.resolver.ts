import "reflect-metadata";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { Actor } from "../actor/actor.entity";
import { toGlobalId } from "../common/global-id";
import { userInputError } from "../common/user-input-error";
import { DealAggregateNode, DealAggregateOrder, DealGroupBy } from "./deal-aggregate.type";
import { DealFilter } from "./deal.filter";
import { selectDeals, dealYearSql } from "./select-deals";
import { columnSql } from "../../db/column-sql";

/** Default and largest number of rows `dealAggregates` returns. */
export const DEFAULT_DEAL_AGGREGATES = 100;
export const MAX_DEAL_AGGREGATES = 1000;

type GroupValue = string | number;

interface GroupRow {
  value: GroupValue | null;
  dealCount: number;
  reportedValueUsd: number | null;
  valueCount: number;
}

/**
 * `dealAggregates`: the deals `deals(filter:)` lists (same where-builder, dealQuery), grouped in
 * one GROUP BY statement; actors of SUPPLIER/RECIPIENT groups then come through the actor loader.
 * Groups are few (actors, years, categories, statuses), so they are ordered in code: the same
 * order on both engines, whatever the database collation.
 */
@Resolver()
export class DealAggregatesResolver {
  @Query(() => [DealAggregateNode], {
    description: "The deals `deals(filter:)` lists, grouped: per group the number of deals and the sum of reported USD amounts. The dealCounts add up to deals(filter:).totalCount.",
  })
  async dealAggregates(
    @Arg("groupBy", () => DealGroupBy) groupBy: DealGroupBy,
    @Arg("filter", () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Arg("orderBy", () => DealAggregateOrder, { nullable: true, defaultValue: DealAggregateOrder.DEAL_COUNT }) orderBy: DealAggregateOrder,
    @Arg("limit", () => Int, { nullable: true, defaultValue: DEFAULT_DEAL_AGGREGATES, description: `Most groups returned, 1 to ${MAX_DEAL_AGGREGATES} (default ${DEFAULT_DEAL_AGGREGATES}), after ordering.` }) limit: number,
    @Ctx() { dataSource, loaders }: ApiContext,
  ): Promise<DealAggregateNode[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DEAL_AGGREGATES) {
      throw userInputError("limit", `Argument "limit" must be between 1 and ${MAX_DEAL_AGGREGATES} (got ${limit}).`);
    }
    const d = (column: string) => columnSql(dataSource, "deal", column);
    const expression = {
      SUPPLIER: d("supplierId"),
      RECIPIENT: d("recipientId"),
      YEAR: dealYearSql(dataSource),
      CATEGORY: d("category"),
      STATUS: d("status"),
    }[groupBy];
    const numeric = groupBy === "SUPPLIER" || groupBy === "RECIPIENT" || groupBy === "YEAR";
    const usd = `UPPER(${d("currency")}) = 'USD' AND ${d("amount")} IS NOT NULL`;
    const query = (await selectDeals(dataSource, filter)).clone()
      .select(expression, "value")
      .addSelect("COUNT(*)", "deal_count")
      .addSelect(`SUM(CASE WHEN ${usd} THEN ${d("amount")} END)`, "value_usd")
      .addSelect(`COUNT(CASE WHEN ${usd} THEN 1 END)`, "value_count")
      .groupBy(expression)
      .orderBy();
    const raw: Record<string, unknown>[] = await query.getRawMany();
    const groups: GroupRow[] = raw.map((r) => ({
      value: r.value === null || r.value === undefined ? null : numeric ? Number(r.value) : String(r.value),
      dealCount: Number(r.deal_count),
      reportedValueUsd: r.value_usd === null || r.value_usd === undefined ? null : Number(r.value_usd),
      valueCount: Number(r.value_count),
    }));
    groups.sort((a, b) => (orderBy === "DEAL_COUNT" ? b.dealCount - a.dealCount : 0) || compareValues(a.value, b.value));
    const page = groups.slice(0, limit);
    const byActor = groupBy === "SUPPLIER" || groupBy === "RECIPIENT";
    const actors = await Promise.all(page.map((g) => (byActor && g.value !== null ? loaders.actor.load(g.value as number) : null)));
    return page.map((g, i) => ({
      key: g.value === null ? null : byActor ? toGlobalId("Actor", g.value as number) : String(g.value),
      actor: (actors[i] as Actor | null) ?? null,
      year: groupBy === "YEAR" ? (g.value as number | null) : null,
      category: groupBy === "CATEGORY" ? (g.value as string | null) : null,
      status: groupBy === "STATUS" ? (g.value as string | null) : null,
      dealCount: g.dealCount,
      reportedValueUsd: g.reportedValueUsd,
      valueCount: g.valueCount,
    }));
  }
}

/** Ascending, null last; numbers numerically, strings by code unit (not by the database's collation). */
function compareValues(a: GroupValue | null, b: GroupValue | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
