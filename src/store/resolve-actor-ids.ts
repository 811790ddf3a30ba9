import type { EntityManager } from "typeorm";
import { insertRows } from "../db/insert-rows";
import { namedQuery } from "../db/named-query";
import { normalizeName } from "../language/normalize-name";
import type { ActorRef } from "../model/actor-ref";
import { batchMemo } from "./batch-memo";

/** The store id of each ActorRef, keyed by `actorKey(ref)`. */
export type ActorIds = Map<string, number>;

/** A key that identifies the same actor across refs: the knowledge-base id, or kind + normalised name. */
export function actorKey(ref: ActorRef): string {
  return ref.kbId ? `kb:${ref.kbId}` : `new:${ref.kind}:${normalizeName(ref.name)}`;
}

/**
 * Within a writer's batch (see batch-memo.ts): reads, in one statement, the ids of the knowledge-base
 * actors `refs` name that the batch has not looked up yet, so that each article's resolveActorIds finds them there.
 */
export async function rememberKbActorIds(manager: EntityManager, refs: readonly ActorRef[]): Promise<void> {
  const memo = batchMemo(manager);
  if (!memo) return;
  const kbIds = [...new Set(refs.filter((r) => r.kbId && !memo.kbActorIds.has(r.kbId)).map((r) => r.kbId!))];
  if (!kbIds.length) return;
  const found = await namedQuery(manager, `SELECT id, "kbId" FROM actors WHERE "kbId" IN (:...kbIds)`, { kbIds });
  for (const actor of found) memo.kbActorIds.set(String(actor.kbId), Number(actor.id));
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

  // within a writer's batch, knowledge-base actors already looked up or created are not asked for again
  const memo = batchMemo(manager);
  const kbIds: string[] = [];
  for (const kbId of new Set([...unique.values()].filter((r) => r.kbId).map((r) => r.kbId!))) {
    const known = memo?.kbActorIds.get(kbId);
    if (known === undefined) kbIds.push(kbId);
    else ids.set(`kb:${kbId}`, known);
  }
  if (kbIds.length) {
    const found = await namedQuery(manager, `SELECT id, "kbId" FROM actors WHERE "kbId" IN (:...kbIds)`, { kbIds });
    for (const actor of found) {
      ids.set(`kb:${actor.kbId}`, Number(actor.id));
      memo?.kbActorIds.set(String(actor.kbId), Number(actor.id));
    }
  }

  for (const [key, ref] of unique) {
    if (ids.has(key)) continue;
    const normalized = normalizeName(ref.name);
    if (!ref.kbId) {
      const [known] = await namedQuery(
        manager,
        `SELECT actors.id AS id FROM actors JOIN actor_aliases ON actor_aliases."actorId" = actors.id
          WHERE actor_aliases.normalized = :normalized AND actors.kind = :kind AND actors."kbId" IS NULL
          ORDER BY actors.id LIMIT 1`,
        { normalized, kind: ref.kind },
      );
      if (known) {
        ids.set(key, Number(known.id));
        continue;
      }
    }
    const [id] = await insertRows(manager, "actors", [{
      kbId: ref.kbId, kind: ref.kind, name: ref.name, wikidataId: null, countryId: null, roleText: ref.roleText ?? null, createdAt: now,
    }]);
    await insertRows(manager, "actor_aliases", [{ actorId: id, text: ref.name, normalized, language }]);
    ids.set(key, id);
    if (ref.kbId) memo?.kbActorIds.set(ref.kbId, id);
  }
  return ids;
}
