import { Router, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { viewerFromRequest } from "../auth/viewer-from-request";
import type { ExportFormat } from "./export-options";
import { EXPORT_KINDS, EXPORT_OPTIONS, prepareExport, type ExportKind, type PreparedExport } from "./export-kinds";

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", ndjson: "application/x-ndjson; charset=utf-8" };

function queryValue(request: Request, name: string): string | undefined {
  const value = (request.query as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** The HTTP status and JSON body of an error raised before any row is sent. */
function errorResponse(error: unknown): { status: number; body: { error: string; code: string } } {
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? "BAD_USER_INPUT");
    const status = (error.extensions.http as { status?: number } | undefined)?.status ?? (code === "BAD_USER_INPUT" ? 400 : 500);
    return { status, body: { error: error.message, code } };
  }
  return { status: 500, body: { error: "The export failed.", code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * `GET /export/{statements,deals,actors}.{csv,ndjson}`: every row matching the query-string filters
 * (statements: `speaker`, `outlet`, `language`, `kind`, `from`, `to`; deals: `supplier`, `recipient`,
 * `status`, `source`, `designation`, `category`, `from`, `to` (years); actors: `kind`, `name`), streamed in id
 * order with backpressure; `bom=1` adds a UTF-8 BOM to CSV. Reads need a key only when READS_REQUIRE_KEY=1.
 * Bad filters or keys answer 400/401 with `{ error, code }` before any row; a client that disconnects stops the export.
 */
export function exportRouter(dataSource: DataSource, readsRequireKey: boolean): Router {
  const router = Router();
  const handle = (kind: ExportKind, format: ExportFormat) => async (request: Request, response: Response) => {
    let run: PreparedExport;
    try {
      await viewerFromRequest(request.headers.authorization, dataSource, readsRequireKey);
      run = prepareExport(kind, Object.fromEntries(EXPORT_OPTIONS[kind].map((name) => [name, queryValue(request, name)])));
    } catch (error) {
      const { status, body } = errorResponse(error);
      response.status(status).json(body);
      return;
    }
    const aborted = new AbortController();
    response.on("close", () => aborted.abort());
    response.status(200).set({
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${kind}.${format}"`,
      "Cache-Control": "no-store",
    });
    try {
      await run(dataSource, format, response, { bom: queryValue(request, "bom") === "1", signal: aborted.signal });
      response.end();
    } catch (error) {
      if (!aborted.signal.aborted) console.error(`export: ${kind}.${format} failed: ${(error as Error).message}`);
      response.destroy();
    }
  };
  for (const kind of EXPORT_KINDS) {
    router.get(`/export/${kind}.csv`, handle(kind, "csv"));
    router.get(`/export/${kind}.ndjson`, handle(kind, "ndjson"));
  }
  return router;
}
