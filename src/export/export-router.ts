import { Router, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { viewerFromRequest } from "../auth/viewer-from-request";
import { statementExportFilter } from "./statement-export-filter";
import { writeStatementExport, type ExportFormat } from "./write-statement-export";

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
 * `GET /export/statements.csv` and `GET /export/statements.ndjson`: every statement matching
 * `speaker`, `outlet`, `language`, `kind`, `from`, `to` (`bom=1` adds a UTF-8 BOM to CSV), streamed
 * in id order with backpressure. Reads need a key only when READS_REQUIRE_KEY=1. Bad filters or
 * keys answer 400/401 with `{ error, code }` before any row; a client that disconnects stops the export.
 */
export function exportRouter(dataSource: DataSource, readsRequireKey: boolean): Router {
  const router = Router();
  const handle = (format: ExportFormat) => async (request: Request, response: Response) => {
    let filter;
    try {
      await viewerFromRequest(request.headers.authorization, dataSource, readsRequireKey);
      filter = statementExportFilter({
        speaker: queryValue(request, "speaker"), outlet: queryValue(request, "outlet"), language: queryValue(request, "language"),
        kind: queryValue(request, "kind"), from: queryValue(request, "from"), to: queryValue(request, "to"),
      });
    } catch (error) {
      const { status, body } = errorResponse(error);
      response.status(status).json(body);
      return;
    }
    const aborted = new AbortController();
    response.on("close", () => aborted.abort());
    response.status(200).set({
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="statements.${format}"`,
      "Cache-Control": "no-store",
    });
    try {
      await writeStatementExport(dataSource, filter, format, response, { bom: queryValue(request, "bom") === "1", signal: aborted.signal });
      response.end();
    } catch (error) {
      if (!aborted.signal.aborted) console.error(`export: statements.${format} failed: ${(error as Error).message}`);
      response.destroy();
    }
  };
  router.get("/export/statements.csv", handle("csv"));
  router.get("/export/statements.ndjson", handle("ndjson"));
  return router;
}
