import cors from "cors";
import type { RequestHandler } from "express";

/**
 * Which other origins may call the API from a browser: a list of origins (API keys allowed), `"*"`
 * (any origin, public reads only: no credentials and no Authorization header), or none (same origin only).
 */
export type CorsOrigins = readonly string[] | "*";

/** Headers a front end may read from responses (request id for bug reports, rate-limit state). */
const EXPOSED_HEADERS = ["x-request-id", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];
/** Headers that pass Apollo's CSRF prevention, plus the API key when the origin is trusted. */
const PUBLIC_HEADERS = ["content-type", "apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Parses CORS_ORIGINS ("https://a.example,http://localhost:5173" or "*"); empty or unset means none.
 * Throws a message naming the bad entry when an entry is not a bare origin or `*` is mixed with origins.
 */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (entries.includes("*")) {
    if (entries.length > 1) throw new Error(`CORS_ORIGINS mixes "*" with origins (${value}): use "*" alone for public reads from anywhere, or list the origins.`);
    return "*";
  }
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CORS_ORIGINS entry "${entry}" is not an origin: write it as scheme://host[:port], e.g. http://localhost:5173.`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, "")) {
      throw new Error(`CORS_ORIGINS entry "${entry}" is not an origin: write it as scheme://host[:port] with no path, e.g. ${url.origin === "null" ? "http://localhost:5173" : url.origin}.`);
    }
    return url.origin;
  });
}

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
