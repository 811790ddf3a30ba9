import type { DataSource } from "typeorm";
import { parseId } from "../common/ids";
import { findActorIdsByName } from "./find-actor-ids-by-name";

/**
 * The actor ids a filter's id/name pair allows: null when neither is given (no constraint),
 * otherwise the id, the actors the name designates, or their intersection when both are given.
 */
export async function actorConstraint(
  dataSource: DataSource, idArgument: string, id: string | null | undefined, name: string | null | undefined,
): Promise<number[] | null> {
  let ids: number[] | null = null;
  if (id != null) ids = [parseId(idArgument, id, "Actor")];
  if (name != null) {
    const named = await findActorIdsByName(dataSource, name);
    ids = ids ? ids.filter((i) => named.includes(i)) : named;
  }
  return ids;
}
