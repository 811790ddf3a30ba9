import type { NextFunction, Request, Response } from "express";
import type { JsonAnswer } from "./json-answer";
import { LIMIT_CODES, QUERY_LIMITS } from "./limits";

/**
 * The deepest nesting of `{`, `(` and `[` in a GraphQL document's text, outside string literals, in
 * one pass; stops counting past `cap`.
 */
export function documentNesting(text: string, cap: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string literal: skip to its closing quote (escaped quotes included)
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 40 || c === 91) {
      if (++depth > deepest) deepest = depth;
      if (deepest > cap) return deepest;
    } else if (c === 125 || c === 41 || c === 93) depth--;
  }
  return deepest;
}

/**
 * The refusal of a document whose brackets nest deeper than QUERY_LIMITS.nesting, before it is parsed
 * (graphql-js's parser recurses once per level and used to fail with "Maximum call stack size exceeded"):
 * HTTP 400 and QUERY_TOO_DEEP naming the limit. Null for any other request.
 */
export function documentNestingRefusal(query: unknown): JsonAnswer | null {
  if (typeof query !== "string" || documentNesting(query, QUERY_LIMITS.nesting) <= QUERY_LIMITS.nesting) return null;
  return {
    status: 400,
    body: {
      errors: [{
        message: `The document nests brackets ({, ( and [) more than ${QUERY_LIMITS.nesting} deep, the limit for any document (selections may nest ${QUERY_LIMITS.depth} deep): send a flatter document.`,
        extensions: { code: LIMIT_CODES.nesting, maxNesting: QUERY_LIMITS.nesting },
      }],
    },
  };
}

/** Express middleware in front of Apollo answering documentNestingRefusal. */
export function documentNestingCheck(req: Request, res: Response, next: NextFunction): void {
  const refusal = documentNestingRefusal(((req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined)?.query);
  if (!refusal) return next();
  res.status(refusal.status).json(refusal.body);
}
