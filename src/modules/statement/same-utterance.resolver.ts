import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { Statement } from "./statement.entity";
import { StatementNode } from "./statement.type";

/** `Statement.sameUtterance`: the other reports of the same words, grouped at ingest time by linkUtterances. */
@Resolver(() => StatementNode)
export class SameUtteranceResolver {
  @FieldResolver(() => [StatementNode], {
    description: "Other reports of the same utterance (another outlet, or another language), oldest first: same speaker, dates at most "
      + "three days apart, and the same words or the same numbers, weapon designations, actors and names. Select their `outlet` and `language`.",
  })
  async sameUtterance(@Root() statement: Statement, @Ctx() context: ApiContext): Promise<Statement[]> {
    const ids = await context.loaders.sameUtterance.load(statement.id);
    const rows = await context.loaders.statement.loadMany(ids);
    return rows.filter((row): row is Statement => row !== null && !(row instanceof Error));
  }
}
