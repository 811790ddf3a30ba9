/**
 * The actor knowledge base: load it with `loadKnowledgeBase()`, then use `lookup`, `findMentions`,
 * `resolveRole` (the KnowledgeBase interface) and the helpers of ActorKnowledgeBase.
 */
export { loadKnowledgeBase, DEFAULT_KNOWLEDGE_BASE_DIR } from "./load-knowledge-base";
export { ActorKnowledgeBase, type DemonymMatch, type MentionOptions } from "./actor-knowledge-base";
export { KnowledgeBaseDataError } from "./read-data-files";
export type { RoleDescription } from "./role-reader";
export type { UnknownPerson } from "./person-finder";
export type { KbActor, KbAlias, KbMatch, KbRole, KnowledgeBase } from "./types";
