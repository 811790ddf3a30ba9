import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { normalizeName } from "../../language/normalize-name";
import { recordAudit } from "../audit/record-audit";
import { ActorAlias } from "./actor-alias.entity";
import { ActorRole } from "./actor-role.entity";
import { Actor } from "./actor.entity";
import { ActorNode } from "./actor.type";
import { parseId } from "../common/ids";
import { userInputError } from "../common/user-input-error";
import { ActorRoleInput } from "./actor-role.input";
import type { CurationContext } from "../audit/curation-context";
import { editTransaction } from "../audit/edit-transaction";
import { findOrFail, notFoundError } from "../common/find-or-fail";
import { mergeActorRows } from "./merge-actors";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Editor mutations on actors: merging duplicates, adding and removing aliases and roles; each change is audited. */
@Resolver()
export class ActorCurationResolver {
  @Mutation(() => ActorNode, {
    description: "Merges `mergeId` into `keepId` in one transaction: statements, mentions, deals, articles, aliases and roles move to the kept actor, the merged name becomes an alias, and the merged actor is deleted. Editor key required.",
  })
  mergeActors(
    @Arg("keepId", () => ID) keepId: string,
    @Arg("mergeId", () => ID) mergeId: string,
    @Ctx() context: CurationContext,
  ): Promise<Actor> {
    return editTransaction(context, async (manager, viewer) => {
      const keep = await findOrFail(manager, Actor, parseId("keepId", keepId, "Actor"), "keepId", "actor");
      const merged = await findOrFail(manager, Actor, parseId("mergeId", mergeId, "Actor"), "mergeId", "actor");
      if (keep.id === merged.id) throw userInputError("mergeId", "keepId and mergeId are the same actor.");
      const moved = await mergeActorRows(manager, keep, merged);
      const after = await manager.findOneByOrFail(Actor, { id: keep.id });
      await recordAudit(manager, viewer, { action: "mergeActors", entityType: "Actor", entityId: keep.id, before: { keep, merged }, after: { keep: after, moved } });
      await recordAudit(manager, viewer, { action: "mergeActors", entityType: "Actor", entityId: merged.id, before: merged, after: { mergedInto: keep.id } });
      return after;
    });
  }

  @Mutation(() => ActorNode, { description: "Adds a spelling of an actor's name in a language (ISO 639-1). Editor key required." })
  addActorAlias(
    @Arg("actorId", () => ID) actorId: string,
    @Arg("text", () => String) text: string,
    @Arg("language", () => String) language: string,
    @Ctx() context: CurationContext,
  ): Promise<Actor> {
    return editTransaction(context, async (manager, viewer) => {
      const actor = await findOrFail(manager, Actor, parseId("actorId", actorId, "Actor"), "actorId", "actor");
      const normalized = normalizeName(text);
      if (!normalized || text.trim().length > 300) throw userInputError("text", "text must be a name of 1 to 300 characters.");
      if (!/^[a-z]{2,3}$/.test(language)) throw userInputError("language", `language must be an ISO 639-1 code such as "en" or "ru" (got ${JSON.stringify(language)}).`);
      if (await manager.exists(ActorAlias, { where: { actorId: actor.id, normalized } })) {
        throw userInputError("text", `"${text}" is already an alias of actor ${actor.id}.`);
      }
      const alias = { actorId: actor.id, text: text.trim(), normalized, language };
      await manager.insert(ActorAlias, alias);
      await recordAudit(manager, viewer, { action: "addActorAlias", entityType: "Actor", entityId: actor.id, after: { alias } });
      return actor;
    });
  }

  @Mutation(() => ActorNode, { description: "Records an office the actor held (dates YYYY-MM-DD). Editor key required." })
  addActorRole(
    @Arg("actorId", () => ID) actorId: string,
    @Arg("input", () => ActorRoleInput) input: ActorRoleInput,
    @Ctx() context: CurationContext,
  ): Promise<Actor> {
    return editTransaction(context, async (manager, viewer) => {
      const actor = await findOrFail(manager, Actor, parseId("actorId", actorId, "Actor"), "actorId", "actor");
      if (!input.title.trim() || input.title.length > 300) throw userInputError("input.title", "input.title must be 1 to 300 characters.");
      for (const field of ["startDate", "endDate"] as const) {
        const value = input[field];
        if (value != null && !DATE.test(value)) throw userInputError(`input.${field}`, `input.${field} must be YYYY-MM-DD (got ${JSON.stringify(value)}).`);
      }
      if (input.startDate && input.endDate && input.endDate < input.startDate) throw userInputError("input.endDate", "input.endDate is before input.startDate.");
      const organizationId = input.organizationId == null
        ? null
        : (await findOrFail(manager, Actor, parseId("input.organizationId", input.organizationId, "Actor"), "input.organizationId", "actor")).id;
      const role = {
        actorId: actor.id, title: input.title.trim(), roleKey: input.roleKey ?? null, organizationId,
        startDate: input.startDate ?? null, endDate: input.endDate ?? null,
      };
      const inserted = await manager.insert(ActorRole, role);
      await recordAudit(manager, viewer, { action: "addActorRole", entityType: "Actor", entityId: actor.id, after: { role: { id: inserted.identifiers[0].id, ...role } } });
      return actor;
    });
  }

  @Mutation(() => ActorNode, {
    description: "Removes a spelling of an actor's name: the alias with this `id`, or the alias of actor `actorId` whose text, folded as name filters fold it (case, diacritics, ё), is `text`. Returns the actor. Editor key required.",
  })
  removeActorAlias(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("actorId", () => ID, { nullable: true }) actorId: string | null,
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Ctx() context: CurationContext,
  ): Promise<Actor> {
    return editTransaction(context, async (manager, viewer) => {
      let alias: ActorAlias;
      if (id != null) {
        if (actorId != null || text != null) throw userInputError("id", "Give the alias's id, or actorId and text, not both.");
        alias = await findOrFail(manager, ActorAlias, parseId("id", id, "ActorAlias"), "id", "actor alias");
      } else {
        if (actorId == null || text == null) throw userInputError(actorId == null ? "actorId" : "text", "Give the alias's id, or actorId and text.");
        const actor = await findOrFail(manager, Actor, parseId("actorId", actorId, "Actor"), "actorId", "actor");
        const found = await manager.findOne(ActorAlias, { where: { actorId: actor.id, normalized: normalizeName(text) } });
        if (!found) throw notFoundError("text", `Actor ${actor.id} has no alias ${JSON.stringify(text)} (argument "text").`);
        alias = found;
      }
      await manager.delete(ActorAlias, { id: alias.id });
      await recordAudit(manager, viewer, { action: "removeActorAlias", entityType: "Actor", entityId: alias.actorId, before: { alias } });
      return manager.findOneByOrFail(Actor, { id: alias.actorId });
    });
  }

  @Mutation(() => ActorNode, { description: "Removes an office recorded for an actor (the role's id). Returns the actor. Editor key required." })
  removeActorRole(@Arg("id", () => ID) id: string, @Ctx() context: CurationContext): Promise<Actor> {
    return editTransaction(context, async (manager, viewer) => {
      const role = await findOrFail(manager, ActorRole, parseId("id", id, "ActorRole"), "id", "actor role");
      await manager.delete(ActorRole, { id: role.id });
      await recordAudit(manager, viewer, { action: "removeActorRole", entityType: "Actor", entityId: role.actorId, before: { role } });
      return manager.findOneByOrFail(Actor, { id: role.actorId });
    });
  }
}
