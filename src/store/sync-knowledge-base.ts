import { createHash } from "node:crypto";
import { In, IsNull, Not, type DataSource, type EntityManager } from "typeorm";
import type { KnowledgeBase } from "../knowledge/types";
import { ActorAlias } from "../modules/actor/actor-alias.entity";
import { ActorRole } from "../modules/actor/actor-role.entity";
import { Actor } from "../modules/actor/actor.entity";
import { normalizeName } from "../language/normalize-name";
import { namedQuery } from "../db/named-query";

const CHUNK = 200;
/** The PostgreSQL advisory lock key that serialises knowledge-base syncs across processes. */
const SYNC_LOCK_KEY = 4_151_763_741;

/** Raised when the way actors are synced changes, so stores synced by older code sync again. */
const SYNC_VERSION = 1;
const HASH_KEY = "knowledge_base_hash";

export interface SyncResult {
  inserted: number;
  updated: number;
  /** True when the store already held this exact knowledge base (same hash) and nothing was read or written. */
  skipped: boolean;
}

/** SHA-256 of everything the sync reads from the knowledge base (its actors, from the data files) and the sync's version. */
export function knowledgeBaseHash(kb: KnowledgeBase): string {
  return createHash("sha256").update(`${SYNC_VERSION}\n`).update(JSON.stringify(kb.actors)).digest("hex");
}

/**
 * Makes the store's actors match the knowledge base: inserts missing entries, updates changed
 * names, kinds, Wikidata ids and countries, and adds missing aliases and roles. Never deletes:
 * aliases and roles added by curators stay. Idempotent; one transaction, one process at a time
 * (SQLite's write lock, taken when the transaction begins; a PostgreSQL advisory lock), so processes
 * started together on a fresh store insert each entry once. Skips all of it when the store records
 * that it already synced a knowledge base with the same hash, unless `force` is set.
 */
export async function syncKnowledgeBase(dataSource: DataSource, kb: KnowledgeBase, options: { force?: boolean } = {}): Promise<SyncResult> {
  const hash = knowledgeBaseHash(kb);
  return dataSource.transaction(async (manager) => {
    if (dataSource.options.type === "postgres") await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SYNC_LOCK_KEY]);
    const [stored] = await namedQuery(manager, `SELECT value FROM store_state WHERE key = :key`, { key: HASH_KEY });
    if (!options.force && stored?.value === hash) return { inserted: 0, updated: 0, skipped: true };
    const result = await syncActors(manager, kb);
    if (stored) await namedQuery(manager, `UPDATE store_state SET value = :hash WHERE key = :key`, { key: HASH_KEY, hash });
    else await namedQuery(manager, `INSERT INTO store_state (key, value) VALUES (:key, :hash)`, { key: HASH_KEY, hash });
    return { ...result, skipped: false };
  });
}

async function syncActors(manager: EntityManager, kb: KnowledgeBase): Promise<{ inserted: number; updated: number }> {
  const now = new Date().toISOString();
  const existing = await manager.find(Actor, { where: { kbId: Not(IsNull()) } });
  const byKbId = new Map(existing.map((a) => [a.kbId as string, a]));

  const missing = kb.actors.filter((a) => !byKbId.has(a.id));
  for (let i = 0; i < missing.length; i += CHUNK) {
    for (const entry of missing.slice(i, i + CHUNK)) {
      const row = { kbId: entry.id, kind: entry.kind, name: entry.name, wikidataId: entry.wikidata, countryId: null, roleText: null, createdAt: now };
      const result = await manager.insert(Actor, row);
      byKbId.set(entry.id, { ...row, id: result.identifiers[0].id as number } as Actor);
    }
  }

  let updated = 0;
  for (const entry of kb.actors) {
    const actor = byKbId.get(entry.id)!;
    const countryId = entry.country ? byKbId.get(entry.country)?.id ?? null : null;
    if (actor.name !== entry.name || actor.kind !== entry.kind || actor.wikidataId !== entry.wikidata || actor.countryId !== countryId) {
      await manager.update(Actor, { id: actor.id }, { name: entry.name, kind: entry.kind, wikidataId: entry.wikidata, countryId });
      if (!missing.includes(entry)) updated++;
    }
  }

  await addMissingAliases(manager, kb, byKbId);
  await addMissingRoles(manager, kb, byKbId);
  return { inserted: missing.length, updated };
}

async function addMissingAliases(manager: EntityManager, kb: KnowledgeBase, byKbId: Map<string, Actor>): Promise<void> {
  const ids = [...byKbId.values()].map((a) => a.id);
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await manager.find(ActorAlias, { select: { actorId: true, normalized: true }, where: { actorId: In(ids.slice(i, i + CHUNK)) } });
    for (const row of rows) known.add(`${row.actorId}\u0000${row.normalized}`);
  }
  const fresh: Omit<ActorAlias, "id">[] = [];
  for (const entry of kb.actors) {
    const actorId = byKbId.get(entry.id)!.id;
    for (const alias of [{ text: entry.name, lang: "en" }, ...entry.aliases]) {
      const normalized = normalizeName(alias.text);
      const key = `${actorId}\u0000${normalized}`;
      if (!normalized || known.has(key)) continue;
      known.add(key);
      fresh.push({ actorId, text: alias.text, normalized, language: alias.lang });
    }
  }
  for (let i = 0; i < fresh.length; i += CHUNK) await manager.insert(ActorAlias, fresh.slice(i, i + CHUNK));
}

async function addMissingRoles(manager: EntityManager, kb: KnowledgeBase, byKbId: Map<string, Actor>): Promise<void> {
  const ids = [...byKbId.values()].map((a) => a.id);
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await manager.find(ActorRole, { where: { actorId: In(ids.slice(i, i + CHUNK)) } });
    for (const row of rows) known.add(`${row.actorId}\u0000${row.title}\u0000${row.startDate ?? ""}`);
  }
  const fresh: Omit<ActorRole, "id">[] = [];
  for (const entry of kb.actors) {
    const actorId = byKbId.get(entry.id)!.id;
    for (const role of entry.roles) {
      const key = `${actorId}\u0000${role.title}\u0000${role.from ?? ""}`;
      if (known.has(key)) continue;
      known.add(key);
      fresh.push({
        actorId,
        title: role.title,
        roleKey: role.role,
        organizationId: role.of ? byKbId.get(role.of)?.id ?? null : null,
        startDate: role.from,
        endDate: role.to,
      });
    }
  }
  for (let i = 0; i < fresh.length; i += CHUNK) await manager.insert(ActorRole, fresh.slice(i, i + CHUNK));
}
