import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** An office an actor held over a period ("Defence Minister of Russia", 2012-11-06 to 2024-05-12). */
@Entity("actor_roles")
export class ActorRole {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: "integer" })
  actorId: number;

  @Column({ type: "varchar", length: 300 })
  title: string;

  /** Kind of office shared by all its holders ("president", "defence-minister"). */
  @Column({ type: "varchar", length: 80, nullable: true })
  roleKey: string | null;

  /** The state or organisation the office belongs to. */
  @Column({ type: "integer", nullable: true })
  organizationId: number | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  startDate: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  endDate: string | null;
}
