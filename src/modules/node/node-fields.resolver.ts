import "reflect-metadata";
import type { GraphQLResolveInfo } from "graphql";
import { FieldResolver, ID, Info, Int, Resolver, Root } from "type-graphql";
import { toGlobalId, type GlobalIdType } from "../common/global-id";
import { Node } from "../common/node.type";

/** `id` and `rowId` of every Node type: the global id is made from the GraphQL type being resolved and the row's id. */
@Resolver(() => Node)
export class NodeFieldsResolver {
  @FieldResolver(() => ID)
  id(@Root() row: { id: number }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name as GlobalIdType, row.id);
  }

  @FieldResolver(() => Int)
  rowId(@Root() row: { id: number }): number {
    return row.id;
  }
}
