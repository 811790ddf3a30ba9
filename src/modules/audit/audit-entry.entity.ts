import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One change made through a curation mutation: who (key id + name), when, what, and the entity before and after. */
@Entity("audit_log")
@Index(["entityType", "entityId", "id"])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  /** The API key that made the change (null once the key row is deleted). */
  @Column({ type: "integer", nullable: true })
  keyId: number | null;

  /** The key's name at the time of the change. */
  @Column({ type: "varchar", length: 200, nullable: true })
  keyName: string | null;

  /** ISO 8601 timestamp. */
  @Column({ type: "varchar", length: 40 })
  at: string;

  /** The mutation ("correctStatement", "mergeActors"…). */
  @Column({ type: "varchar", length: 60 })
  action: string;

  /** "Statement", "Actor", "Deal", "Article". */
  @Column({ type: "varchar", length: 40 })
  entityType: string;

  @Column({ type: "integer" })
  entityId: number;

  /** JSON of the entity before the change; null for creations. */
  @Column({ type: "text", nullable: true })
  before: string | null;

  /** JSON of the entity after the change; null for deletions. */
  @Column({ type: "text", nullable: true })
  after: string | null;
}
