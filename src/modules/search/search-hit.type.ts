import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { ActorNode } from "../actor/actor.type";
import { ArticleNode } from "../article/article.type";
import { PageInfo } from "../common/page-info";
import { DealNode } from "../deal/deal.type";
import { StatementNode } from "../statement/statement.type";
import type { SearchHitKind } from "./search-sql";

/** The kinds of search hits. */
export const SearchHitType = { STATEMENT: "STATEMENT", ARTICLE: "ARTICLE", ACTOR: "ACTOR", DEAL: "DEAL" } as const satisfies Record<SearchHitKind, SearchHitKind>;
registerEnumType(SearchHitType, { name: "SearchHitType", description: "What a search hit found; also the tie-break order of hits with equal scores." });

const HIT_TYPE_NAMES: Record<SearchHitKind, string> = { STATEMENT: "StatementHit", ARTICLE: "ArticleHit", ACTOR: "ActorHit", DEAL: "DealHit" };

/** What every search hit has: its kind, relevance and a highlighted snippet. */
@InterfaceType("SearchHit", {
  description: "One full-text search result. Select `node` on the concrete types (StatementHit, ArticleHit, ActorHit, DealHit).",
  resolveType: (hit: { type: SearchHitKind }) => HIT_TYPE_NAMES[hit.type],
})
export abstract class SearchHit {
  @Field(() => SearchHitType)
  type: SearchHitKind;

  @Field(() => Float, { description: "Relevance, higher first: bm25 (SQLite) or ts_rank (PostgreSQL) of the words, plus 1 when the query names the speaker, a mentioned actor, the supplier or the recipient. Comparable within one search only." })
  score: number;

  @Field(() => String, { description: "HTML-escaped excerpt with the matched words in <mark>…</mark>." })
  snippet: string;
}

/** A statement whose text matches, or whose speaker the query names. */
@ObjectType("StatementHit", { implements: SearchHit })
export class StatementHit extends SearchHit {
  @Field(() => StatementNode)
  node: StatementNode;
}

/** An article whose title or body matches, or that mentions an actor the query names. */
@ObjectType("ArticleHit", { implements: SearchHit })
export class ArticleHit extends SearchHit {
  @Field(() => ArticleNode)
  node: ArticleNode;
}

/** An actor the query names, by any alias in any script. */
@ObjectType("ActorHit", { implements: SearchHit })
export class ActorHit extends SearchHit {
  @Field(() => ActorNode)
  node: ActorNode;
}

/** A deal whose designation, items, description or comments match, or whose supplier or recipient the query names. */
@ObjectType("DealHit", { implements: SearchHit })
export class DealHit extends SearchHit {
  @Field(() => DealNode)
  node: DealNode;
}

/** One hit with the cursor that points just after it. */
@ObjectType("SearchHitEdge")
export class SearchHitEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to get the hits that follow this one, or as `before` for those that precede it." })
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

/** Relay connection of search hits; totalCount costs one COUNT per kind, so it is counted only when selected. */
@ObjectType("SearchHitConnection", { description: "A page of search hits in a stable order: score descending, then type, then id." })
export class SearchHitConnection {
  @Field(() => [SearchHitEdge])
  edges: SearchHitEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Number of hits of the kinds asked, across all pages. Counted only when selected (one more SQL statement per kind)." })
  totalCount: number;
}
