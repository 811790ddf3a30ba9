/** What a key may do: readers query, editors also curate. */
export type Role = "reader" | "editor";

/** Every role, weakest first. */
export const ROLES: readonly Role[] = ["reader", "editor"];

/** Narrows a string to a Role, throwing with the accepted values otherwise. */
export function parseRole(value: string | undefined): Role {
  if (value === "reader" || value === "editor") return value;
  throw new Error(`Role must be one of ${ROLES.join(", ")} (got ${JSON.stringify(value ?? "")}).`);
}
