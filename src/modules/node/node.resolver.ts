import "reflect-metadata";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext, Loaders } from "../api-context";
import { fromGlobalId, type GlobalIdType } from "../common/global-id";
import { NODE_TYPE, Node, type TypedRow } from "../common/node.type";
import { NO_SUCH_ROW_ID } from "../common/row-id";
import { userInputError } from "../common/user-input-error";
import { MAX_PAGE_SIZE } from "../common/page-args";

/** Node types and the loader that reads each (AuditEntry ids are global but not refetchable: the log needs a key). */
function nodeLoader(loaders: Loaders, type: GlobalIdType) {
  switch (type) {
    case "Article": return loaders.article;
    case "Statement": return loaders.statement;
    case "Actor": return loaders.actor;
    case "Deal": return loaders.deal;
    case "DealEvidence": return loaders.dealEvidence;
    case "ActorAlias": return loaders.actorAlias;
    case "ActorRole": return loaders.actorRole;
    case "Mention": return loaders.mention;
    default: return null;
  }
}

/**
 * The object a global id names, read through the request's loaders (so `nodes` reads each type once,
 * in one batch); null for an id that names nothing: unknown, forged, a row id without its type, a
 * deleted row, or an audit entry.
 */
async function readNode(id: string, loaders: Loaders): Promise<TypedRow | null> {
  const decoded = fromGlobalId(id);
  const loader = decoded && decoded.rowId !== NO_SUCH_ROW_ID ? nodeLoader(loaders, decoded.type) : null;
  if (!decoded || !loader) return null;
  const row = await loader.load(decoded.rowId);
  return row ? { ...row, [NODE_TYPE]: decoded.type } : null;
}

/** Relay's refetch fields: `node(id:)` and `nodes(ids:)`. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "The object with this global id, or null when none has it (unknown or forged ids included)." })
  node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<TypedRow | null> {
    return readNode(id, loaders);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `The objects with these global ids, in the order given (null where an id names nothing); at most ${MAX_PAGE_SIZE} ids. Objects of one type are read in one batch.`,
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() { loaders }: ApiContext): Promise<(TypedRow | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw userInputError("ids", `Argument "ids" holds ${ids.length} ids; at most ${MAX_PAGE_SIZE} per call.`);
    return Promise.all(ids.map((id) => readNode(id, loaders)));
  }
}
