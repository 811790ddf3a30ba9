/**
 * The actor knowledge base. Load it once with `loadKnowledgeBase()` (cached per directory); it
 * implements the KnowledgeBase interface of ./types and adds helpers for the other stages:
 *
 * - `lookup(name)` / `lookupAll(name)`: the actor(s) a name denotes (any spelling, script or
 *   Russian case form); `lookup` is undefined for a shared surname ("Aliyev") — use `lookupAll`.
 * - `findMentions(text, { date })`: every knowledge-base name in a text, with offsets; namesakes
 *   are settled by the text's other mentions, then by who was in office at `date`. Every state's
 *   ministries and armed forces are found by the templates of roles.yaml ("Минобороны Германии",
 *   "Pakistan Air Force"); a name before a currency sign ("US$") names nothing.
 * - `findDemonyms(text)`: state adjectives ("Russian", "азербайджанского"), which are not mentions.
 * - `resolveRole(label, date)`: the holder of an office a label describes ("президент Армении").
 * - `findRoleDescriptions(text, date)`: role descriptions in running text, with office and holder.
 * - `holders(role, of, date)`: everyone who held a role of a state or organisation.
 * - `findUnknownPeople(text, { date })`: people the base does not know, found by a title next to
 *   their name, with the title text.
 * - `isMedia(actorOrName)`: whether an actor is a news outlet or agency.
 *
 * For rules that compare role descriptions, on any KnowledgeBase (the answer cache included):
 * - `statesNamedIn(kb, text)`: the states a text names by name, capital, adjective or body
 *   ("the Russian defence minister", "ВВС Пакистана", "Kremlin spokesman").
 * - `isStateWord(kb, word)`: whether one word is a state's name, capital or adjective in any case form.
 * - `stateReferences(kb, text)`: the same with offsets and how each state is named.
 */
export { loadKnowledgeBase, DEFAULT_KNOWLEDGE_BASE_DIR } from "./load-knowledge-base";
export { ActorKnowledgeBase, type DemonymMatch, type MentionOptions } from "./actor-knowledge-base";
export { KnowledgeBaseDataError } from "../errors/knowledge-base-data-error";
export { isStateWord, stateReferences, statesNamedIn, type StateReference } from "./state-words";
export type { RoleDescription } from "./role-reader";
export type { UnknownPerson } from "./person-finder";
export type { KbActor, KbAlias, KbMatch, KbRole, KnowledgeBase } from "./types";
