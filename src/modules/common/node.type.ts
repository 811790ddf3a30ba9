import "reflect-metadata";
import { Field, ID, Int, InterfaceType } from "type-graphql";
import type { GlobalIdType } from "./global-id";

/** Where `node`/`nodes` put the GraphQL type of a row they read, for the Node interface's resolveType. */
export const NODE_TYPE = Symbol("nodeType");

/** A row read by `node`/`nodes`, marked with its type. */
export type TypedRow = { id: number; [NODE_TYPE]: GlobalIdType };

/**
 * Relay's Node interface: every type a client cache keeps has a global `id` (refetchable with
 * `node(id:)`) and its readable `rowId`. Both are resolved for every implementing type by
 * NodeFieldsResolver (src/modules/node/), from the row's id and the GraphQL type being resolved.
 */
@InterfaceType("Node", {
  description: "An object with a globally unique id: pass it to `node(id:)` or `nodes(ids:)` to read the object again.",
  resolveType: (row: TypedRow) => row[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, opaque id (base64url of \"Type:rowId\"). ID arguments take it." })
  id: string;

  @Field(() => Int, { description: "The row id in its table, readable and stable (what exports and the command line use)." })
  rowId: number;
}
