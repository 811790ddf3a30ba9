import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { Role } from "./role";

/** An API key: only its SHA-256 and a short visible prefix are stored; the key itself is shown once, at creation. */
@Entity("api_keys")
export class ApiKey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 200, nullable: true })
  name: string | null;

  @Column({ type: "varchar", length: 10 })
  role: Role;

  /** The first characters of the key ("ag_1a2b3c4d"), enough to tell keys apart in lists. */
  @Column({ type: "varchar", length: 20 })
  prefix: string;

  /** Hex SHA-256 of the whole key. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  keyHash: string;

  @Column({ type: "varchar", length: 40 })
  createdAt: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  revokedAt: string | null;
}
