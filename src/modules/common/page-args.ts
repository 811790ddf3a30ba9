import "reflect-metadata";
import { ArgsType, Field, Int } from "type-graphql";

/** Default page size of every connection. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a connection returns; larger `first` or `last` values are refused, not capped. */
export const MAX_PAGE_SIZE = 100;

/** The `first`/`after` (forward) and `last`/`before` (backward) arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE} when \`last\` is not given either). Larger values are an error.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "`endCursor` (or an edge's `cursor`) of the previous page, from the same field with the same orderBy: the nodes after it." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 0 to ${MAX_PAGE_SIZE}: the last nodes (before \`before\`, when given), in the same order as forward pages. Not with \`first\`.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "`startCursor` (or an edge's `cursor`) of the next page, from the same field with the same orderBy: the nodes before it." })
  before?: string | null;
}
