import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { DatePrecision } from "../../model/date-precision";
import type { StatementKind } from "../../model/statement-kind";

/** Words attributed to a speaker in an article: verbatim, with where and when they were said. */
@Entity("statements")
@Index(["saidOn", "id"])
export class Statement {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: "integer" })
  articleId: number;

  @Column({ type: "text" })
  text: string;

  @Column({ type: "varchar", length: 10 })
  kind: StatementKind;

  @Index()
  @Column({ type: "integer", nullable: true })
  speakerId: number | null;

  /** How the article names the speaker ("президент Азербайджана", "he"). */
  @Column({ type: "varchar", length: 500, nullable: true })
  speakerLabel: string | null;

  /** The outlet or body that relayed the words. */
  @Index()
  @Column({ type: "integer", nullable: true })
  viaId: number | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  saidOn: string | null;

  @Column({ type: "varchar", length: 10 })
  saidOnPrecision: DatePrecision;

  @Column({ type: "varchar", length: 10 })
  language: string;

  @Column({ type: "integer" })
  startOffset: number;

  @Column({ type: "integer" })
  endOffset: number;

  @Column({ type: "double precision" })
  confidence: number;

  /** Set when a person has checked the statement; re-extraction never overwrites it then. */
  @Column({ type: "boolean", default: false })
  reviewed: boolean;
}
