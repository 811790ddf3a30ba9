import { GraphQLError } from "graphql";

/** A GraphQL error with code BAD_USER_INPUT that names the offending argument (`extensions.argumentName`). */
export function userInputError(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}
