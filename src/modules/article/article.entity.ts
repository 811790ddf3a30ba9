import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { DatePrecision } from "../../model/date-precision";
import type { InputFormat } from "../../model/input-format";

/** One ingested news page: its cleaned body, the original text and what was read from it. */
@Entity("articles")
export class Article {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 2000, nullable: true })
  url: string | null;

  @Column({ type: "text", nullable: true })
  title: string | null;

  /** The MEDIA actor that published the page. */
  @Index()
  @Column({ type: "integer", nullable: true })
  outletId: number | null;

  /** `YYYY-MM-DD` (first of the month or year for coarser precision), null when unknown. */
  @Index()
  @Column({ type: "varchar", length: 10, nullable: true })
  publishedAt: string | null;

  @Column({ type: "varchar", length: 10 })
  publishedPrecision: DatePrecision;

  @Index()
  @Column({ type: "varchar", length: 10 })
  language: string;

  @Column({ type: "simple-json" })
  authors: string[];

  /** The cleaned article text; every offset in the store refers to it. */
  @Column({ type: "text" })
  body: string;

  @Column({ type: "text" })
  originalText: string;

  @Column({ type: "varchar", length: 10 })
  format: InputFormat;

  /** SHA-256 of the original text: the same page is stored once. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  contentHash: string;

  @Column({ type: "varchar", length: 40 })
  ingestedAt: string;

  @Column({ type: "varchar", length: 40 })
  extractorVersion: string;
}
