/**
 * Answers the ArticleWriter reuses across the articles of one batch (one transaction, one connection),
 * so that each article does not ask the database again: whether the store holds a SIPRI register, and
 * the store id of each knowledge-base actor already looked up or created.
 *
 * Promises: a memo exists only between `startBatchMemo` and `endBatchMemo` on that manager (other
 * callers, whatever manager they pass, always query); `forgetBatchMemo` empties it, and the writer
 * calls it when an article is rolled back, since rows that article created are gone with it.
 */
import type { EntityManager } from "typeorm";

export interface BatchMemo {
  /** Whether the store holds any SIPRI record; undefined until asked. */
  hasSipriRegister?: boolean;
  /** Knowledge-base id → actor row id. */
  readonly kbActorIds: Map<string, number>;
}

const memos = new WeakMap<EntityManager, BatchMemo>();

/** Starts an empty memo for the batch about to be written through `manager`. */
export function startBatchMemo(manager: EntityManager): void {
  memos.set(manager, { kbActorIds: new Map() });
}

/** The memo of the batch being written through `manager`, or undefined outside a batch. */
export function batchMemo(manager: EntityManager): BatchMemo | undefined {
  return memos.get(manager);
}

/** Empties the batch's memo (after a rollback): what follows asks the database again. */
export function forgetBatchMemo(manager: EntityManager): void {
  const memo = memos.get(manager);
  if (!memo) return;
  memo.hasSipriRegister = undefined;
  memo.kbActorIds.clear();
}

/** Ends the batch: `manager` has no memo any more. */
export function endBatchMemo(manager: EntityManager): void {
  memos.delete(manager);
}
