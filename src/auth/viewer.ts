import type { Role } from "./role";

/** Who is making a request: the API key that authenticated it. */
export interface Viewer {
  keyId: number;
  /** The key's name, for the audit log (null when created without one). */
  name: string | null;
  role: Role;
}
