import { In, type DataSource } from "typeorm";
import { columnSql } from "../db/column-sql";
import { ActorAlias } from "../modules/actor/actor-alias.entity";
import { ActorRole } from "../modules/actor/actor-role.entity";
import { Actor } from "../modules/actor/actor.entity";
import type { ActorFilter } from "../modules/actor/actor.filter";
import { selectActors } from "../modules/actor/select-actors";
import type { ActorExportRow } from "./actor-export-row";
import { groupBy } from "./group-by";
import { keysetBatches } from "./keyset-batches";
import type { ReadRowsOptions } from "./read-statement-rows";

/**
 * Every actor matching the filter, in id order, with its aliases and roles (in id order) and the names
 * of its country and of the organisations of its roles, read in keyset batches so only one batch is in memory.
 */
export async function* readActorRows(dataSource: DataSource, filter: ActorFilter, options: ReadRowsOptions = {}): AsyncGenerator<ActorExportRow> {
  const base = await selectActors(dataSource, filter);
  for await (const actors of keysetBatches(base, columnSql(dataSource, "actor", "id"), options)) {
    const ids = actors.map((a) => a.id);
    const aliases = groupBy(await dataSource.getRepository(ActorAlias).find({ where: { actorId: In(ids) }, order: { id: "ASC" } }), (a) => a.actorId);
    const roleRows = await dataSource.getRepository(ActorRole).find({ where: { actorId: In(ids) }, order: { id: "ASC" } });
    const roles = groupBy(roleRows, (r) => r.actorId);
    const named = [...new Set([...actors.map((a) => a.countryId), ...roleRows.map((r) => r.organizationId)].filter((id): id is number => id !== null))];
    const names = new Map((named.length ? await dataSource.getRepository(Actor).find({ select: { id: true, name: true }, where: { id: In(named) } }) : [])
      .map((a) => [a.id, { id: String(a.id), name: a.name }]));
    const actor = (id: number | null) => (id === null ? null : names.get(id) ?? null);
    for (const a of actors) {
      yield {
        id: String(a.id), kbId: a.kbId, kind: a.kind, name: a.name, wikidataId: a.wikidataId, country: actor(a.countryId), roleText: a.roleText,
        aliases: (aliases.get(a.id) ?? []).map((alias) => ({ text: alias.text, language: alias.language })),
        roles: (roles.get(a.id) ?? []).map((r) => ({
          id: String(r.id), title: r.title, roleKey: r.roleKey, organization: actor(r.organizationId), startDate: r.startDate, endDate: r.endDate,
        })),
      };
    }
  }
}
