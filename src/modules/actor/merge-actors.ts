import { In, type EntityManager } from "typeorm";
import { isCyrillic } from "../../language/fold-text";
import { normalizeName } from "../../language/normalize-name";
import { ActorAlias } from "./actor-alias.entity";
import { ActorRole } from "./actor-role.entity";
import { Actor } from "./actor.entity";
import { Article } from "../article/article.entity";
import { Mention } from "../article/mention.entity";
import { Deal } from "../deal/deal.entity";
import { Statement } from "../statement/statement.entity";

/** How many rows a merge moved from the merged actor to the kept one. */
export interface MergeCounts {
  statementsSpoken: number;
  statementsRelayed: number;
  mentions: number;
  dealsSupplied: number;
  dealsReceived: number;
  articlesPublished: number;
  actorsInCountry: number;
  roles: number;
  rolesInOrganization: number;
  aliasesMoved: number;
  aliasesDropped: number;
}

/**
 * Moves everything that points at `merged` to `keep` (statements as speaker or via, mentions, deals
 * as supplier or recipient, articles as outlet, actors' country, roles and role organisations,
 * aliases not already known for `keep`), keeps the merged name as an alias, carries over kbId /
 * wikidataId / roleText when `keep` has none, and deletes `merged`. Run it inside a transaction.
 */
export async function mergeActorRows(manager: EntityManager, keep: Actor, merged: Actor): Promise<MergeCounts> {
  const move = async (entity: typeof Statement | typeof Mention | typeof Deal | typeof Article | typeof Actor | typeof ActorRole, column: string) =>
    (await manager.update(entity, { [column]: merged.id }, { [column]: keep.id })).affected ?? 0;

  const counts: MergeCounts = {
    statementsSpoken: await move(Statement, "speakerId"),
    statementsRelayed: await move(Statement, "viaId"),
    mentions: await move(Mention, "actorId"),
    dealsSupplied: await move(Deal, "supplierId"),
    dealsReceived: await move(Deal, "recipientId"),
    articlesPublished: await move(Article, "outletId"),
    actorsInCountry: await move(Actor, "countryId"),
    roles: await move(ActorRole, "actorId"),
    rolesInOrganization: await move(ActorRole, "organizationId"),
    aliasesMoved: 0,
    aliasesDropped: 0,
  };

  const kept = new Set((await manager.find(ActorAlias, { select: { normalized: true }, where: { actorId: keep.id } })).map((a) => a.normalized));
  const aliases = await manager.find(ActorAlias, { where: { actorId: merged.id } });
  const duplicates = aliases.filter((a) => kept.has(a.normalized)).map((a) => a.id);
  const moved = aliases.filter((a) => !kept.has(a.normalized)).map((a) => a.id);
  if (duplicates.length) await manager.delete(ActorAlias, { id: In(duplicates) });
  if (moved.length) await manager.update(ActorAlias, { id: In(moved) }, { actorId: keep.id });
  Object.assign(counts, { aliasesMoved: moved.length, aliasesDropped: duplicates.length });
  for (const a of aliases) kept.add(a.normalized);
  const mergedName = normalizeName(merged.name);
  if (mergedName && !kept.has(mergedName)) {
    await manager.insert(ActorAlias, { actorId: keep.id, text: merged.name, normalized: mergedName, language: isCyrillic(merged.name) ? "ru" : "en" });
  }

  const carried: Partial<Actor> = {};
  if (keep.kbId === null && merged.kbId !== null) carried.kbId = merged.kbId;
  if (keep.wikidataId === null && merged.wikidataId !== null) carried.wikidataId = merged.wikidataId;
  if (keep.roleText === null && merged.roleText !== null) carried.roleText = merged.roleText;
  if (carried.kbId) await manager.update(Actor, { id: merged.id }, { kbId: null });
  await manager.delete(Actor, { id: merged.id });
  if (Object.keys(carried).length) await manager.update(Actor, { id: keep.id }, carried);
  return counts;
}
