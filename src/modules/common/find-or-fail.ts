import { GraphQLError } from "graphql";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { NO_SUCH_ROW_ID } from "./row-id";

/**
 * The row with this id, or a NOT_FOUND error naming the argument (the mutation's target `id`,
 * `actorId`, `keepId`…, or a reference inside the input, `input.speakerId`) and the kind of row.
 * An id no row can have is not looked up.
 */
export async function findOrFail<T extends ObjectLiteral>(
  manager: EntityManager, entity: EntityTarget<T>, id: number, argument: string, label: string,
): Promise<T> {
  const row = id === NO_SUCH_ROW_ID ? null : await manager.findOne(entity, { where: { id } as never });
  if (row) return row;
  const message = id === NO_SUCH_ROW_ID
    ? `No ${label} has that id (argument "${argument}"): ids are whole numbers from 1 to 2147483647.`
    : `No ${label} has id ${id} (argument "${argument}").`;
  throw notFoundError(argument, message);
}

/** A GraphQL error with code NOT_FOUND that names the argument holding the unknown id (`extensions.argumentName`). */
export function notFoundError(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND", argumentName: argument } });
}
