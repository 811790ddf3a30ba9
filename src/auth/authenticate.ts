import type { DataSource } from "typeorm";
import { ApiKey } from "./api-key.entity";
import { unauthenticated } from "./auth-errors";
import { hashKey, isWellFormedKey } from "./key-material";
import type { Viewer } from "./viewer";

/**
 * Reads an `Authorization: Bearer KEY` header. No header → null (an anonymous request). A header
 * that is not a bearer key of the right shape, or names an unknown or revoked key, throws an
 * UNAUTHENTICATED error. Error messages never repeat the key.
 */
export async function authenticate(authorizationHeader: string | undefined, dataSource: DataSource): Promise<Viewer | null> {
  if (authorizationHeader === undefined || authorizationHeader.trim() === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  const key = match[1];
  if (!isWellFormedKey(key)) throw unauthenticated("The API key is malformed: keys look like ag_1a2b3c4d_… (create one with npm run apikey -- create).");
  const stored = await dataSource.getRepository(ApiKey).findOneBy({ keyHash: hashKey(key) });
  if (!stored) throw unauthenticated(`The API key ${key.slice(0, 11)}… is not known.`);
  if (stored.revokedAt) throw unauthenticated(`The API key ${stored.prefix}… was revoked on ${stored.revokedAt}.`);
  return { keyId: stored.id, name: stored.name, role: stored.role };
}
