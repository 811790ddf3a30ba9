import type { ActorKind } from "./actor-kind";

/**
 * An actor as extraction sees it: either an entry of the knowledge base (`kbId` set) or a
 * person/body the knowledge base does not know yet (`kbId` null), kept with the role text.
 */
export interface ActorRef {
  kbId: string | null;
  /** Canonical English name (knowledge base) or the name as written, for unknown actors. */
  name: string;
  kind: ActorKind;
  /** For actors the knowledge base does not know: the role text found next to the name. */
  roleText?: string | null;
}
