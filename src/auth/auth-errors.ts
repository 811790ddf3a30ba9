import { GraphQLError } from "graphql";

/** An UNAUTHENTICATED error (HTTP 401): no key, or a key that is malformed, unknown or revoked. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** A FORBIDDEN error (HTTP 403): a valid key whose role does not allow the operation. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}
