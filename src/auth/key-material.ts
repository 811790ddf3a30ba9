import { createHash, randomBytes } from "node:crypto";

/** Every key starts with this, so a leaked key is recognisable in code and chat. */
export const KEY_PREFIX = "ag_";
const KEY_SHAPE = /^ag_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

/** A new key: 8 hex characters of visible id and 256 random bits; returned with its stored prefix and hash. */
export function generateKey(): { key: string; prefix: string; hash: string } {
  const prefix = `${KEY_PREFIX}${randomBytes(4).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, hash: hashKey(key) };
}

/** Hex SHA-256 of a key: what the store keeps and looks keys up by. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** True when the text has the shape of a key made by `generateKey`. */
export function isWellFormedKey(text: string): boolean {
  return KEY_SHAPE.test(text);
}
