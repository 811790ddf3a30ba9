import { In, IsNull, type EntityManager } from "typeorm";
import { ActorAlias } from "../modules/actor/actor-alias.entity";
import { Actor } from "../modules/actor/actor.entity";
import { normalizeName } from "../text/normalize-name";
import type { ActorRef } from "./types";

/** The store id of each ActorRef, keyed by `actorKey(ref)`. */
export type ActorIds = Map<string, number>;

/** A key that identifies the same actor across refs: the knowledge-base id, or kind + normalised name. */
export function actorKey(ref: ActorRef): string {
  return ref.kbId ? `kb:${ref.kbId}` : `new:${ref.kind}:${normalizeName(ref.name)}`;
}

/**
 * Finds or creates the actor row of every ref, inside the caller's transaction. Knowledge-base
 * actors are found by kbId (and created minimally if the base was not synced); actors the base does
 * not know are found by an alias with the same normalised name and kind, or created with that alias.
 */
export async function resolveActorIds(manager: EntityManager, refs: ActorRef[], language: string): Promise<ActorIds> {
  const ids: ActorIds = new Map();
  const unique = new Map(refs.map((ref) => [actorKey(ref), ref]));
  const now = new Date().toISOString();

  const kbRefs = [...unique.values()].filter((r) => r.kbId);
  if (kbRefs.length) {
    const found = await manager.find(Actor, { select: { id: true, kbId: true }, where: { kbId: In(kbRefs.map((r) => r.kbId!)) } });
    for (const actor of found) ids.set(`kb:${actor.kbId}`, actor.id);
  }

  for (const [key, ref] of unique) {
    if (ids.has(key)) continue;
    if (!ref.kbId) {
      const known = await manager
        .createQueryBuilder(Actor, "actor")
        .innerJoin(ActorAlias, "alias", "alias.actorId = actor.id")
        .select("actor.id", "id")
        .where("alias.normalized = :normalized", { normalized: normalizeName(ref.name) })
        .andWhere("actor.kind = :kind", { kind: ref.kind })
        .andWhere({ kbId: IsNull() })
        .orderBy("actor.id")
        .limit(1)
        .getRawOne<{ id: number }>();
      if (known) {
        ids.set(key, Number(known.id));
        continue;
      }
    }
    const inserted = await manager.insert(Actor, {
      kbId: ref.kbId,
      kind: ref.kind,
      name: ref.name,
      wikidataId: null,
      countryId: null,
      roleText: ref.roleText ?? null,
      createdAt: now,
    });
    const id = inserted.identifiers[0].id as number;
    await manager.insert(ActorAlias, { actorId: id, text: ref.name, normalized: normalizeName(ref.name), language });
    ids.set(key, id);
  }
  return ids;
}
