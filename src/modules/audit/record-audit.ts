import type { EntityManager } from "typeorm";
import { AuditEntry } from "./audit-entry.entity";

/** What a curation mutation changed. `before` is absent for creations, `after` for deletions. */
export interface AuditChange {
  action: string;
  entityType: "Article" | "Statement" | "Actor" | "Deal";
  entityId: number;
  before?: unknown;
  after?: unknown;
}

/** Who made a change: an API key (a Viewer), or a command run on the server (keyId null, name such as "cli"). */
export interface AuditActor {
  keyId: number | null;
  name: string | null;
}

/** Appends a change to the audit log with the manager of the change's transaction, so both commit or neither. */
export async function recordAudit(manager: EntityManager, who: AuditActor, change: AuditChange): Promise<void> {
  await manager.insert(AuditEntry, {
    keyId: who.keyId,
    keyName: who.name,
    at: new Date().toISOString(),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before === undefined ? null : JSON.stringify(change.before),
    after: change.after === undefined ? null : JSON.stringify(change.after),
  });
}
