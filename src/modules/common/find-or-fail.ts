import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { userInputError } from "./user-input-error";

/** The row with this id, or a BAD_USER_INPUT error naming the argument and the kind of row. */
export async function findOrFail<T extends ObjectLiteral>(
  manager: EntityManager, entity: EntityTarget<T>, id: number, argument: string, label: string,
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as never });
  if (!row) throw userInputError(argument, `No ${label} has id ${id} (argument "${argument}").`);
  return row;
}
