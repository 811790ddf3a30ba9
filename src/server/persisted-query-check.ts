import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { JsonAnswer } from "./json-answer";

/** The error codes of malformed automatic-persisted-query requests (Apollo's naming), in `extensions.code`. */
export const PERSISTED_QUERY_CODES = {
  version: "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
  hash: "PERSISTED_QUERY_HASH_MISMATCH",
} as const;

/**
 * The answer to an automatic-persisted-query request that cannot be right — a version other than 1, a hash that
 * is not 64 hex digits (an optional `sha256:` prefix aside), or a query whose SHA-256 is not the hash sent with
 * it: HTTP 400 and its own code, instead of Apollo's uncoded error (which reads as an internal one). Null for
 * other requests. `operation` is a POST body or a GET query string's parameters.
 */
export function persistedQueryRefusal(operation: Record<string, unknown> | undefined): JsonAnswer | null {
  const extensions = readExtensions(operation?.extensions);
  const persisted = extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!persisted || typeof persisted !== "object") return null;
  if (persisted.version !== 1) {
    return refusal(PERSISTED_QUERY_CODES.version, `Persisted query version ${JSON.stringify(persisted.version)} is not supported: send extensions.persistedQuery.version 1.`);
  }
  // Trusted-document manifests write hashes as "sha256:<hex>"; the prefix is accepted here too.
  const hash = typeof persisted.sha256Hash === "string" ? persisted.sha256Hash.replace(/^sha256:/i, "") : undefined;
  if (hash === undefined || !/^[0-9a-f]{64}$/i.test(hash)) {
    return refusal(PERSISTED_QUERY_CODES.hash, `extensions.persistedQuery.sha256Hash must be the 64 hex digits of the query's SHA-256.`);
  }
  const query = operation?.query;
  if (typeof query === "string" && createHash("sha256").update(query).digest("hex") !== hash.toLowerCase()) {
    return refusal(PERSISTED_QUERY_CODES.hash, `extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: hash the exact query text (UTF-8) and send both again.`);
  }
  return null;
}

/** Express middleware in front of Apollo answering persistedQueryRefusal; other requests pass untouched. */
export function persistedQueryCheck(req: Request, res: Response, next: NextFunction): void {
  const answer = persistedQueryRefusal((req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined);
  if (!answer) return next();
  res.status(answer.status).json(answer.body);
}

/** `extensions` as an object: a POST body carries it parsed, a GET query string as JSON text. */
function readExtensions(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined; // Apollo answers malformed extensions itself
    }
  }
  return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
}

function refusal(code: string, message: string): JsonAnswer {
  return { status: 400, body: { errors: [{ message, extensions: { code } }] } };
}
