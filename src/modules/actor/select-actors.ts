import type { DataSource, SelectQueryBuilder } from "typeorm";
import { inList } from "../../db/in-list";
import type { ActorFilter } from "./actor.filter";
import { findActorIdsByName } from "./find-actor-ids-by-name";
import { Actor } from "./actor.entity";
import { columnSql } from "../../db/column-sql";

/** The actors (aliased `actor`) matching a filter. */
export async function selectActors(dataSource: DataSource, filter: ActorFilter | null | undefined): Promise<SelectQueryBuilder<Actor>> {
  const f = filter ?? {};
  const a = (column: string) => columnSql(dataSource, "actor", column);
  const query = dataSource.getRepository(Actor).createQueryBuilder("actor");
  if (f.kind?.length) query.andWhere(...inList(a("kind"), "kinds", f.kind));
  if (f.name != null) query.andWhere(...inList(a("id"), "namedIds", await findActorIdsByName(dataSource, f.name)));
  if (f.nameContains != null) query.andWhere(...inList(a("id"), "containingIds", await findActorIdsByName(dataSource, f.nameContains, true)));
  return query;
}
