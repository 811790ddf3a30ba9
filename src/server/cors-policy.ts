import cors from "cors";
import type { RequestHandler } from "express";
import type { CorsOrigins } from "../config";


/** Headers a front end may read from responses (request id for bug reports, rate-limit state). */
const EXPOSED_HEADERS = ["x-request-id", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];
/** Headers that pass Apollo's CSRF prevention, plus the API key when the origin is trusted. */
const PUBLIC_HEADERS = ["content-type", "apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Answers CORS preflights with 204 and the Access-Control-Allow-* headers for the allowed origins
 * (nothing for the others, so browsers refuse), and adds Access-Control-Allow-Origin to actual
 * responses. It does not replace Apollo's CSRF prevention: the requests themselves still need a JSON
 * content-type or an apollo-require-preflight header. Returns null when no other origin is allowed.
 */
export function corsPolicy(origins: CorsOrigins): RequestHandler | null {
  if (origins !== "*" && origins.length === 0) return null;
  const anywhere = origins === "*";
  return cors({
    origin: anywhere ? "*" : [...origins],
    credentials: !anywhere,
    methods: ["GET", "POST"],
    allowedHeaders: anywhere ? PUBLIC_HEADERS : [...PUBLIC_HEADERS, "authorization"],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
