import { AuditLogResolver } from "./audit-log.resolver";

/** The audit log of every curation change. */
export const auditResolvers = [AuditLogResolver] as const;
