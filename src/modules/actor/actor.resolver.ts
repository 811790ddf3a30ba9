import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { Mention } from "../article/mention.entity";
import { MentionNode } from "../article/mention.type";
import { childConnection } from "../common/child-connection";
import { childList, childListRequest } from "../common/child-list";
import type { Connection } from "../common/connection";
import { parseId } from "../common/ids";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField, selectsPath } from "../common/selection";
import type { Statement } from "../statement/statement.entity";
import { statementJoins } from "../statement/statement-joins";
import { StatementConnection } from "../statement/statement.type";
import { ActorFilter } from "./actor.filter";
import { selectActors } from "./select-actors";
import type { ActorAlias } from "./actor-alias.entity";
import type { ActorRole } from "./actor-role.entity";
import type { Actor } from "./actor.entity";
import { ActorAliasNode, ActorConnection, ActorNode, ActorRoleNode } from "./actor.type";
import { columnSql } from "../../db/column-sql";

/** Actor lists, single actors, and an actor's country, aliases, roles, statements and mentions. */
@Resolver(() => ActorNode)
export class ActorResolver {
  @Query(() => ActorConnection, { description: "Actors matching the filter, in id order." })
  async actors(
    @Args() args: PageArgs,
    @Arg("filter", () => ActorFilter, { nullable: true }) filter: ActorFilter | null,
    @Ctx() { dataSource }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Actor>> {
    const id = columnSql(dataSource, "actor", "id");
    const sort = { name: "actors:ID:ASC", valueSql: id, idSql: id, direction: "ASC", valueType: "number" } as const;
    const page = pageRequest(args, sort);
    const query = await selectActors(dataSource, filter);
    const { rows, hasMore } = await fetchPage(query, "actor", sort, page);
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    return toConnection(rows, hasMore, page, totalCount);
  }

  @Query(() => ActorNode, { nullable: true, description: "The actor with this id, or null when there is none." })
  actor(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<Actor | null> {
    return loaders.actor.load(parseId("id", id, "Actor"));
  }

  @FieldResolver(() => ActorNode, { nullable: true, description: "The state a person or organisation belongs to." })
  country(@Root() actor: Actor, @Ctx() { loaders }: ApiContext): Promise<Actor | null> | null {
    return actor.countryId === null ? null : loaders.actor.load(actor.countryId);
  }

  @FieldResolver(() => [ActorAliasNode], { description: "Every known spelling of the name, by language." })
  aliases(@Root() actor: Actor, @Ctx() { loaders }: ApiContext): Promise<ActorAlias[]> {
    return loaders.aliasesByActor.load(actor.id);
  }

  @FieldResolver(() => [ActorRoleNode], { description: "Offices held, oldest first." })
  roles(@Root() actor: Actor, @Ctx() { loaders }: ApiContext): Promise<ActorRole[]> {
    return loaders.rolesByActor.load(actor.id);
  }

  /** The page, its statements and the relations they select are one SQL statement for all actors of a level. */
  @FieldResolver(() => StatementConnection, { description: "Statements this actor made, most recent first, undated last." })
  async statements(
    @Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders, orders }: ApiContext, @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Statement>> {
    const page = pageRequest(args, orders.actorStatements);
    const [children, totalCount] = await Promise.all([
      loaders.statementPagesBySpeaker.load({ parentId: actor.id, page, rows: selectsPath(info, ["edges", "node"]) ? { nodes: loaders.statement, relations: statementJoins(info, loaders, ["edges", "node"]) } : undefined }),
      selectsField(info, "totalCount") ? loaders.statementCountBySpeaker.load(actor.id) : undefined,
    ]);
    return childConnection(children, loaders.statement, page, totalCount);
  }

  @FieldResolver(() => [MentionNode], { description: "Where the actor is named, most recently stored first: at most `first`; the next ones with `after`." })
  async mentions(
    @Root() actor: Actor,
    @Arg("first", () => Int, { defaultValue: 20, description: "At most this many (0 to 100)." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last mention received: the mentions stored before it." }) after: string | null,
    @Ctx() { loaders }: ApiContext,
  ): Promise<Mention[]> {
    const afterId = after == null ? null : parseId("after", after, "Mention");
    const page = childListRequest(first, afterId === null ? null : { value: afterId, id: afterId });
    return childList(await loaders.mentionPagesByActor.load({ parentId: actor.id, page }), loaders.mention);
  }
}
