import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One spelling of an actor's name, in one language or script. */
@Entity("actor_aliases")
@Index(["actorId", "normalized"], { unique: true })
export class ActorAlias {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "integer" })
  actorId: number;

  @Column({ type: "varchar", length: 300 })
  text: string;

  /** Lower-cased, diacritics and ё folded: the key name filters match on. */
  @Index()
  @Column({ type: "varchar", length: 300 })
  normalized: string;

  @Column({ type: "varchar", length: 10 })
  language: string;
}
