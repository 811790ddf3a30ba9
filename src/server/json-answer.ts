import type { ServerResponse } from "node:http";

/** An answer a check in front of Apollo gives instead of letting the request through: its status, JSON body and extra headers. */
export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Writes a JSON answer on a plain node:http response as Express's `res.status(…).json(…)` writes it
 * (`application/json; charset=utf-8`, its Content-Length), for the routes answered without Express (graphql-post.ts).
 */
export function sendJson(res: ServerResponse, { status, body, headers }: JsonAnswer): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}
