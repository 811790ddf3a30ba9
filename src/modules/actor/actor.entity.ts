import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { ActorKind } from "../../model/actor-kind";

/** A person, state, organisation or outlet. Knowledge-base actors carry their `kbId`. */
@Entity("actors")
export class Actor {
  @PrimaryGeneratedColumn()
  id: number;

  /** Slug of the knowledge-base entry; null for actors the base did not know. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 120, nullable: true })
  kbId: string | null;

  @Column({ type: "varchar", length: 20 })
  kind: ActorKind;

  /** Canonical English name. */
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  wikidataId: string | null;

  @Column({ type: "integer", nullable: true })
  countryId: number | null;

  /** For actors found in text but unknown to the base: the role as written next to the name. */
  @Column({ type: "text", nullable: true })
  roleText: string | null;

  @Column({ type: "varchar", length: 40 })
  createdAt: string;
}
