import { InitialSchema1763740000000 } from "./1763740000000-initial-schema";
import { ApiKeysAndAuditLog1763760000001 } from "./1763760000001-api-keys-and-audit-log";

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [InitialSchema1763740000000, ApiKeysAndAuditLog1763760000001];
