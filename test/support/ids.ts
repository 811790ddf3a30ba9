import { fromGlobalId, toGlobalId, type GlobalIdType } from "../../src/modules/common/global-id";

export { toGlobalId };

/** The row id inside a global id the API wrote (a test failure when it is not one). */
export function rowIdOf(id: string): number {
  const decoded = fromGlobalId(id);
  if (!decoded) throw new Error(`not a global id: ${JSON.stringify(id)}`);
  return decoded.rowId;
}

/** The global id of a row of `type`, for comparing with what the API answers. */
export function idOf(type: GlobalIdType, rowId: number): string {
  return toGlobalId(type, rowId);
}
