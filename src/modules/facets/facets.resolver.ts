import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ApiContext } from "../api-context";
import type { Actor } from "../actor/actor.entity";
import { Article } from "../article/article.entity";
import { selectsField } from "../common/selection";
import { userInputError } from "../common/user-input-error";
import { DealFilter } from "../deal/deal.filter";
import { selectDeals } from "../deal/select-deals";
import { StatementFilter } from "../statement/statement.filter";
import { DEFAULT_STATEMENT_ORDER } from "../statement/statement.order";
import { selectStatements } from "../statement/select-statements";
import { countGroups, MAX_FACET_GROUPS, type GroupCount } from "./count-groups";
import { ActorCount, DealFacets, StatementFacets } from "./facets.type";
import { columnSql } from "../../db/column-sql";

const DEFAULT_GROUPS = 100;
const LIMIT_DESCRIPTION = `Most groups returned per facet (largest first), 1 to ${MAX_FACET_GROUPS}, default ${DEFAULT_GROUPS}. Counts are exact whatever the limit.`;

/**
 * `statementFacets` and `dealFacets`: the lists' own filters and where-builders, grouped. Each
 * selected facet costs one GROUP BY statement (actors are then loaded in batches).
 */
@Resolver()
export class FacetsResolver {
  @Query(() => StatementFacets, { description: "Counts of the statements `statements(filter:)` would list, by speaker, outlet, language, kind and month." })
  async statementFacets(
    @Arg("filter", () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: DEFAULT_GROUPS, description: LIMIT_DESCRIPTION }) limit: number,
    @Ctx() { dataSource, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partial<StatementFacets>> {
    checkLimit(limit);
    const query = await selectStatements(dataSource, filter, DEFAULT_STATEMENT_ORDER);
    const s = (column: string) => columnSql(dataSource, "statement", column);
    const withArticle = () => hasJoin(query, "article") ? query
      : query.clone().innerJoin(Article, "article", `${columnSql(dataSource, "article", "id")} = ${s("articleId")}`);
    const month = `CASE WHEN ${s("saidOnPrecision")} IN ('DAY', 'MONTH') THEN SUBSTR(${s("saidOn")}, 1, 7) END`;
    const facets: Partial<StatementFacets> = {};
    await Promise.all([
      when(info, "total", async () => { facets.total = await query.getCount(); }),
      when(info, "bySpeaker", async () => { facets.bySpeaker = await actorCounts(loaders, await countGroups(query, s("speakerId"), limit, Number)); }),
      when(info, "byOutlet", async () => {
        facets.byOutlet = await actorCounts(loaders, await countGroups(withArticle(), columnSql(dataSource, "article", "outletId"), limit, Number));
      }),
      when(info, "byLanguage", async () => { facets.byLanguage = await countGroups(query, s("language"), limit, String); }),
      when(info, "byKind", async () => { facets.byKind = await countGroups(query, s("kind"), limit, String); }),
      when(info, "byMonth", async () => {
        facets.byMonth = (await countGroups(query, month, limit, String)).map((g) => ({ month: g.value, count: g.count }));
      }),
    ]);
    return facets;
  }

  @Query(() => DealFacets, { description: "Counts of the deals `deals(filter:)` would list, by supplier, recipient, status, category and year." })
  async dealFacets(
    @Arg("filter", () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: DEFAULT_GROUPS, description: LIMIT_DESCRIPTION }) limit: number,
    @Ctx() { dataSource, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partial<DealFacets>> {
    checkLimit(limit);
    const query = await selectDeals(dataSource, filter);
    const d = (column: string) => columnSql(dataSource, "deal", column);
    const facets: Partial<DealFacets> = {};
    await Promise.all([
      when(info, "total", async () => { facets.total = await query.getCount(); }),
      when(info, "bySupplier", async () => { facets.bySupplier = await actorCounts(loaders, await countGroups(query, d("supplierId"), limit, Number)); }),
      when(info, "byRecipient", async () => { facets.byRecipient = await actorCounts(loaders, await countGroups(query, d("recipientId"), limit, Number)); }),
      when(info, "byStatus", async () => { facets.byStatus = await countGroups(query, d("status"), limit, String); }),
      when(info, "byCategory", async () => { facets.byCategory = await countGroups(query, d("category"), limit, String); }),
      when(info, "byYear", async () => {
        facets.byYear = (await countGroups(query, `COALESCE(${d("periodStart")}, ${d("orderYear")})`, limit, Number)).map((g) => ({ year: g.value, count: g.count }));
      }),
    ]);
    return facets;
  }
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FACET_GROUPS) {
    throw userInputError("limit", `Argument "limit" must be between 1 and ${MAX_FACET_GROUPS} (got ${limit}).`);
  }
}

async function when(info: GraphQLResolveInfo, field: string, work: () => Promise<void>): Promise<void> {
  if (selectsField(info, field)) await work();
}

function hasJoin(query: SelectQueryBuilder<ObjectLiteral>, alias: string): boolean {
  return query.expressionMap.joinAttributes.some((join) => join.alias.name === alias);
}

/** Attaches each group's actor, loaded through the request's actor loader (batched with the rest of the request). */
async function actorCounts(loaders: ApiContext["loaders"], groups: GroupCount<number>[]): Promise<ActorCount[]> {
  const actors = await Promise.all(groups.map((g) => (g.value === null ? null : loaders.actor.load(g.value))));
  return groups.map((g, i) => ({ actor: actors[i] as Actor | null, count: g.count }));
}
