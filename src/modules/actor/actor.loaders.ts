import type { DataSource } from "typeorm";
import { groupLoader } from "../common/group-loader";
import { rowLoader } from "../common/row-loader";
import { ActorAlias } from "./actor-alias.entity";
import { ActorRole } from "./actor-role.entity";
import { Actor } from "./actor.entity";

/** The actor module's per-request loaders: actors, aliases and offices by id, and each actor's aliases and offices. */
export function createActorLoaders(dataSource: DataSource) {
  return {
    actor: rowLoader(dataSource, Actor),
    actorAlias: rowLoader(dataSource, ActorAlias),
    actorRole: rowLoader(dataSource, ActorRole),
    aliasesByActor: groupLoader(dataSource, ActorAlias, "actorId", { language: "ASC", id: "ASC" }),
    rolesByActor: groupLoader(dataSource, ActorRole, "actorId", { startDate: "ASC", id: "ASC" }),
  };
}
