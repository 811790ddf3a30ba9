import { NodeFieldsResolver } from "./node-fields.resolver";
import { NodeResolver } from "./node.resolver";

/** Relay's Node interface: global ids and rowId on every node type, and the `node`/`nodes` refetch queries. */
export const nodeResolvers = [NodeFieldsResolver, NodeResolver] as const;
