import type { ActorKind } from "../model/actor-kind";
import type { LanguageCode } from "../model/language-code";

export interface KbAlias {
  text: string;
  /** Language or script of the alias ("en", "ru", "az", "hy", …). */
  lang: LanguageCode;
}

/** A position held over a period: "Defence Minister of Russia, 2012-11-06 to 2024-05-12". */
export interface KbRole {
  /** Human-readable title, English. */
  title: string;
  /** Role key shared by all holders of the same kind of office ("president", "defence-minister"). */
  role: string;
  /** Knowledge-base id of the state or organisation the role belongs to. */
  of: string | null;
  /** `YYYY-MM-DD` (or shorter); null when open. */
  from: string | null;
  to: string | null;
  /** True for an acting (interim) holder. */
  acting?: boolean;
}

export interface KbActor {
  /** Stable slug ("ilham-aliyev"); the key the store uses to find the actor again. */
  id: string;
  kind: ActorKind;
  /** Canonical English name. */
  name: string;
  wikidata: string | null;
  /** Knowledge-base id of the actor's country. */
  country: string | null;
  aliases: KbAlias[];
  roles: KbRole[];
  /** States only: adjectives of the state ("Azerbaijani", "азербайджанский"), used to read role labels. */
  demonyms?: KbAlias[];
  /** The name is also a building's ("Kremlin", "White House"): "talks in the Kremlin" names a place. */
  alsoPlace?: boolean;
}

/** One place in a text where a knowledge-base actor is named. */
export interface KbMatch {
  actor: KbActor;
  text: string;
  start: number;
  end: number;
}

export interface KnowledgeBase {
  readonly actors: readonly KbActor[];
  byId(id: string): KbActor | undefined;
  /** The actor that a name denotes, in any script or spelling, inflected Russian forms included. */
  lookup(name: string): KbActor | undefined;
  /**
   * Every non-overlapping place in `text` that names a knowledge-base actor, in text order.
   * `options.date` (the text's date) helps pick among namesakes ("Aliyev").
   */
  findMentions(text: string, options?: { date?: string | null }): KbMatch[];
  /**
   * The person who held the office a label describes at a date ("президент Азербайджана",
   * "the Russian defense minister", "Azerbaijani Foreign Minister"), or undefined.
   */
  resolveRole(label: string, date: string | null): KbActor | undefined;
}
