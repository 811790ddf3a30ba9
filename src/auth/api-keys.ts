import type { DataSource } from "typeorm";
import { ApiKey } from "./api-key.entity";
import { generateKey } from "./key-material";
import type { Role } from "./role";

/** What `listApiKeys` shows of a key: never the key or its hash. */
export interface ApiKeySummary {
  id: number;
  name: string | null;
  role: Role;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a key and returns it in clear: the only time it is available, since only its hash is stored. */
export async function createApiKey(dataSource: DataSource, options: { role: Role; name?: string | null }): Promise<{ id: number; key: string; prefix: string }> {
  const { key, prefix, hash } = generateKey();
  const inserted = await dataSource.getRepository(ApiKey).insert({
    name: options.name ?? null, role: options.role, prefix, keyHash: hash, createdAt: new Date().toISOString(), revokedAt: null,
  });
  return { id: inserted.identifiers[0].id as number, key, prefix };
}

/** Every key, oldest first, revoked ones included, without secrets. */
export async function listApiKeys(dataSource: DataSource): Promise<ApiKeySummary[]> {
  return dataSource.getRepository(ApiKey).find({
    select: { id: true, name: true, role: true, prefix: true, createdAt: true, revokedAt: true },
    order: { id: "ASC" },
  });
}

/** Revokes a key from now on. Returns false when no key has that id; revoking twice keeps the first date. */
export async function revokeApiKey(dataSource: DataSource, id: number): Promise<boolean> {
  const repository = dataSource.getRepository(ApiKey);
  const key = await repository.findOneBy({ id });
  if (!key) return false;
  if (!key.revokedAt) await repository.update({ id }, { revokedAt: new Date().toISOString() });
  return true;
}
