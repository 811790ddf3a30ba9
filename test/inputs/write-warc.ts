import fs from "node:fs";
import { WARCRecord, WARCSerializer } from "warcio";

/** A record for writeWarc: a response with its HTTP headers and body, or another WARC type. */
export interface WarcEntry {
  type?: "response" | "request" | "metadata" | "warcinfo";
  url: string;
  date?: string;
  contentType?: string;
  status?: number;
  body: string | Uint8Array;
}

/** Writes a WARC 1.0 file of `entries`, each record gzipped on its own when `gzip` (as crawlers write them). */
export async function writeWarc(file: string, entries: readonly WarcEntry[], gzip: boolean): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const entry of entries) {
    const body = typeof entry.body === "string" ? new TextEncoder().encode(entry.body) : entry.body;
    const type = entry.type ?? "response";
    const record = WARCRecord.create(
      {
        url: entry.url,
        date: entry.date ?? "2024-03-12T10:15:00Z",
        type,
        httpHeaders: type === "response" ? { "Content-Type": entry.contentType ?? "text/html; charset=utf-8" } : undefined,
        statusline: `HTTP/1.1 ${entry.status ?? 200} OK`,
      },
      (async function* () {
        yield body;
      })(),
    );
    const bytes = await WARCSerializer.serialize(record, { gzip });
    if (!out.write(bytes)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
