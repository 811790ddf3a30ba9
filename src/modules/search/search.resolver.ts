import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { selectsField } from "../common/selection";
import type { ApiContext } from "../api-context";
import type { Connection } from "../common/connection";
import { PageArgs } from "../common/page-args";
import { SearchHitConnection, SearchHitType } from "./search-hit.type";
import { searchPage, type SearchHitResult } from "./search";
import type { SearchHitKind } from "./search-sql";

/** The `search` root field: full-text search across statements, articles, actors and deals. */
@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: "Full-text search in English and Russian (each language stemmed on PostgreSQL; diacritics ignored). Every word must match; "
      + "a person's name in any script also finds their statements, the articles that mention them and, for states, their deals. "
      + "Ordered by score, then type (STATEMENT, ARTICLE, ACTOR, DEAL), then id.",
  })
  async search(
    @Arg("query", () => String) query: string,
    @Args() args: PageArgs,
    @Arg("types", () => [SearchHitType], { nullable: true, description: "Only these kinds of hits (default: all)." }) types: SearchHitKind[] | null,
    @Ctx() { dataSource }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<SearchHitResult>> {
    const backward = args.last != null;
    const { hits, hasMore, totalCount } = await searchPage(dataSource, query, { ...args, types, counted: selectsField(info, "totalCount") });
    return {
      edges: hits.map((hit) => ({ cursor: hit.cursor, node: hit })),
      pageInfo: {
        hasNextPage: backward ? Boolean(args.before) : hasMore,
        hasPreviousPage: backward ? hasMore : Boolean(args.after),
        startCursor: hits[0]?.cursor ?? null,
        endCursor: hits[hits.length - 1]?.cursor ?? null,
      },
      totalCount,
    };
  }
}
