import { GraphQLError } from "graphql";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { NO_SUCH_ROW_ID } from "./ids";
import { userInputError } from "./user-input-error";

/**
 * The row with this id, or an error naming the argument and the kind of row: NOT_FOUND when the
 * argument is the mutation's target (`id`, `actorId`, `keepId`…), BAD_USER_INPUT when it is a
 * reference inside the input (`input.speakerId`). An id no row can have is not looked up.
 */
export async function findOrFail<T extends ObjectLiteral>(
  manager: EntityManager, entity: EntityTarget<T>, id: number, argument: string, label: string,
): Promise<T> {
  const row = id === NO_SUCH_ROW_ID ? null : await manager.findOne(entity, { where: { id } as never });
  if (row) return row;
  const message = id === NO_SUCH_ROW_ID
    ? `No ${label} has that id (argument "${argument}"): ids are whole numbers from 1 to 2147483647.`
    : `No ${label} has id ${id} (argument "${argument}").`;
  if (argument.startsWith("input.")) throw userInputError(argument, message);
  throw new GraphQLError(message, { extensions: { code: "NOT_FOUND", argumentName: argument } });
}
