import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** An actor named in an article, at body offsets [startOffset, endOffset). */
@Entity("mentions")
export class Mention {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: "integer" })
  articleId: number;

  @Index()
  @Column({ type: "integer" })
  actorId: number;

  @Column({ type: "varchar", length: 500 })
  text: string;

  @Column({ type: "integer" })
  startOffset: number;

  @Column({ type: "integer" })
  endOffset: number;
}
