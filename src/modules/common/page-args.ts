import "reflect-metadata";
import { ArgsType, Field, Int } from "type-graphql";

/** Default page size of every connection. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a connection returns; larger `first` values are refused, not capped. */
export const MAX_PAGE_SIZE = 100;

/** The `first`/`after` arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). Larger values are an error.` })
  first: number;

  @Field(() => String, { nullable: true, description: "`endCursor` (or an edge's `cursor`) of the previous page, from the same field with the same orderBy." })
  after?: string | null;
}
