/**
 * A per-article view of the knowledge base that remembers the answers to `findMentions` and `lookup`,
 * so the statement rules can ask about the same short phrase many times at no cost.
 */
import type { KbActor, KbMatch, KnowledgeBase } from "../../knowledge/types";

/** Wraps `kb`; the wrapper answers exactly as `kb` does, from a cache after the first time. */
export function withAnswerCache(kb: KnowledgeBase): KnowledgeBase {
  const mentions = new Map<string, KbMatch[]>();
  const lookups = new Map<string, KbActor | undefined>();
  const roles = new Map<string, KbActor | undefined>();
  return {
    actors: kb.actors,
    byId: (id) => kb.byId(id),
    lookup(name) {
      if (!lookups.has(name)) lookups.set(name, kb.lookup(name));
      return lookups.get(name);
    },
    findMentions(text, options) {
      // the date picks among namesakes ("Сингх" in 2020 is Rajnath Singh), so it is part of the key
      const key = options?.date ? `${options.date}\u0000${text}` : text;
      let found = mentions.get(key);
      if (!found) {
        found = kb.findMentions(text, options);
        mentions.set(key, found);
      }
      return found;
    },
    resolveRole(label, date) {
      const key = `${date ?? ""}\u0000${label}`;
      if (!roles.has(key)) roles.set(key, kb.resolveRole(label, date));
      return roles.get(key);
    },
  };
}
