import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A passage of an article (and the statement, if any) that reports a deal. */
@Entity("deal_evidence")
export class DealEvidence {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: "integer" })
  dealId: number;

  @Index()
  @Column({ type: "integer" })
  articleId: number;

  @Column({ type: "integer", nullable: true })
  statementId: number | null;

  @Column({ type: "text" })
  excerpt: string;

  @Column({ type: "integer" })
  startOffset: number;

  @Column({ type: "integer" })
  endOffset: number;

  /** What the deal adds to the passage ("supplier inferred: Su-30SM is made in Russia"), if anything. */
  @Column({ type: "text", nullable: true })
  note: string | null;

  /** Set when a person added the passage (addDealEvidence): re-extraction keeps it, re-anchored if the body changes. */
  @Column({ type: "boolean", default: false })
  curated: boolean;
}
