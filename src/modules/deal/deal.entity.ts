import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { DealStatus } from "../../model/deal-status";

/** Where a deal record comes from: press reports, or a row of the SIPRI trade register. */
export type DealSource = "PRESS" | "SIPRI";

/**
 * An arms transfer. Holds a SIPRI trade-register row unchanged (number ordered, designation,
 * description, category, years, comments, with "estimated" flags for bracketed figures) and what
 * the press adds (reported value, period, status, evidence).
 */
@Entity("deals")
export class Deal {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: "varchar", length: 10 })
  source: DealSource;

  /** Null when the supplier is unknown. */
  @Index()
  @Column({ type: "integer", nullable: true })
  supplierId: number | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  recipientId: number | null;

  /** Items as reported ("tanks", "Smerch multiple-launch rocket system"). */
  @Column({ type: "simple-json" })
  items: string[];

  /** Weapon designation ("T-90S"). */
  @Index()
  @Column({ type: "varchar", length: 200, nullable: true })
  designation: string | null;

  /** Weapon description ("tank", "MRL"). */
  @Column({ type: "varchar", length: 300, nullable: true })
  description: string | null;

  /** SIPRI category, lower case ("armoured vehicles", "air defence systems"). */
  @Index()
  @Column({ type: "varchar", length: 60, nullable: true })
  category: string | null;

  @Column({ type: "integer", nullable: true })
  numberOrdered: number | null;

  @Column({ type: "boolean", default: false })
  numberOrderedEstimated: boolean;

  @Column({ type: "integer", nullable: true })
  numberDelivered: number | null;

  @Column({ type: "boolean", default: false })
  numberDeliveredEstimated: boolean;

  @Column({ type: "integer", nullable: true })
  orderYear: number | null;

  @Column({ type: "boolean", default: false })
  orderYearEstimated: boolean;

  /** Years of delivery as SIPRI prints them ("2010-2013"). */
  @Column({ type: "varchar", length: 100, nullable: true })
  deliveryYears: string | null;

  @Column({ type: "boolean", default: false })
  deliveryYearsEstimated: boolean;

  /** SIPRI's status column ("New", "Second hand"…). */
  @Column({ type: "varchar", length: 60, nullable: true })
  sipriStatus: string | null;

  @Column({ type: "text", nullable: true })
  comments: string | null;

  /** Reported money value as written ("$4 billion"). */
  @Column({ type: "varchar", length: 200, nullable: true })
  valueText: string | null;

  @Column({ type: "double precision", nullable: true })
  amount: number | null;

  /** ISO 4217 code ("USD"). */
  @Column({ type: "varchar", length: 3, nullable: true })
  currency: string | null;

  /** Period as written ("2009-2011", "since 2011"). */
  @Column({ type: "varchar", length: 100, nullable: true })
  period: string | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  periodStart: number | null;

  @Column({ type: "integer", nullable: true })
  periodEnd: number | null;

  @Index()
  @Column({ type: "varchar", length: 20, nullable: true })
  status: DealStatus | null;

  /** When the status was reported (`YYYY-MM-DD`, or coarser as first day). */
  @Column({ type: "varchar", length: 10, nullable: true })
  statusReportedOn: string | null;

  /** SIPRI rows only: a digest of the row's cells, so importing the same export twice adds nothing. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  sipriKey?: string | null;

  /** SIPRI trend-indicator values (a volume index, not a price): per unit, for the whole order, for what was delivered. */
  @Column({ type: "double precision", nullable: true })
  tivPerUnit?: number | null;

  @Column({ type: "double precision", nullable: true })
  tivTotalOrder?: number | null;

  @Column({ type: "double precision", nullable: true })
  tivDelivered?: number | null;

  /** For a press deal: 1 when the text names both parties, lower when one was inferred; null for SIPRI records. */
  @Column({ type: "double precision", nullable: true })
  confidence: number | null;

  /** For a press deal: the SIPRI record it matches. */
  @Index()
  @Column({ type: "integer", nullable: true })
  sipriRecordId: number | null;

  @Column({ type: "varchar", length: 40 })
  createdAt: string;

  /** Set when a person created or edited the deal (createDeal, updateDeal): re-extraction never deletes or changes it. */
  @Column({ type: "boolean", default: false })
  curated: boolean;
}
