import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pipeline } from "node:stream";
import { MAX_PAGE_BYTES } from "./read-input";
import { decodePage, decodesAsDeclaredUtf8, isPageContentType } from "./decode-page";
import { newStats, type PageItem, type PageSource, type PageSourceStats } from "./input-page";
import { KEEP_ALL, type TopicFilter } from "./topic-filter";
import { readWarcRecords } from "./warc-records";

/** True for the file names read as web archives: .warc, optionally gzipped. */
export function isWarcFile(file: string): boolean {
  return /\.warc(\.gz)?$/i.test(file);
}

/**
 * Streams a WARC 1.0/1.1 file (plain, or gzip per record), one record in memory at a time, framed as
 * warcio frames it (readWarcRecords, which leaves encoded payloads to warcio); a gzipped archive is
 * inflated by Node's zlib in the thread pool (warcio's own inflater, pako, is about four times slower). Each `response` record with a 2xx HTML or text body becomes a page with its target URI and
 * WARC-Date as hints and the charset from the HTTP headers or the page; other records are counted as
 * skipped; pages the filter turns away are counted (a page declared UTF-8 is filtered on its bytes,
 * before it is decoded); a body over the size limit or undecodable is a
 * failure naming the record's URI, and the rest goes on.
 */
export function readWarc(file: string, filter: TopicFilter = KEEP_ALL): PageSource {
  const stats = newStats(fs.statSync(file).size);
  return { items: records(file, stats, filter), stats };
}

async function* records(file: string, stats: PageSourceStats, filter: TopicFilter): AsyncGenerator<PageItem> {
  const name = path.basename(file);
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  raw.on("data", (chunk) => (stats.bytesRead += chunk.length));
  // Node's gunzip reads the concatenated members of a record-per-member archive as one stream.
  // pipeline passes a read error on to the gunzip stream, so the loop below throws it.
  const input = isGzip(file) ? pipeline(raw, zlib.createGunzip({ chunkSize: 1 << 20 }), () => undefined) : raw;
  for await (const record of readWarcRecords(input as AsyncIterable<Uint8Array>, MAX_PAGE_BYTES)) {
    stats.records++;
    const contentType = record.httpContentType;
    const status = Number(record.httpStatusCode);
    if (record.warcType !== "response" || !isPageContentType(contentType) || !(status >= 200 && status < 300)) {
      stats.skipped++;
      continue;
    }
    const url = record.warcTargetURI ?? null;
    const source = url ?? `${name} record ${stats.records}`;
    if (record.warcContentLength > MAX_PAGE_BYTES) {
      yield { failed: { source, reason: `the record is ${(record.warcContentLength / 1048576).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1048576} MB limit for one article.` } };
      continue;
    }
    try {
      const body = await record.readPayload();
      // Most pages are UTF-8 and off the subject: their bytes are scanned without decoding them.
      if (decodesAsDeclaredUtf8(body, contentType) && !filter.mayKeepUtf8(body)) {
        stats.filteredOut++;
        continue;
      }
      const text = decodePage(body, contentType, source);
      if (!filter.keeps(text)) {
        stats.filteredOut++;
        continue;
      }
      const date = record.warcDate?.slice(0, 10);
      yield {
        page: {
          source,
          text,
          format: /text\/plain/i.test(contentType ?? "") ? "text" : "html",
          hints: { url, publishedAt: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null },
        },
      };
    } catch (error) {
      yield { failed: { source, reason: (error as Error).message } };
    }
  }
}

function isGzip(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}
