import type * as Warcio from "warcio";

/**
 * The records of an inflated WARC 1.0/1.1 stream, framed and read as warcio 2.4 frames and reads them
 * (test/inputs/warc-records.test.ts compares the two record by record), with a record's block held in
 * memory once instead of being copied chunk by chunk.
 *
 * Why not warcio itself on this path: the topic filter reads every record of archives of hundreds of
 * megabytes, and warcio's per-chunk readers, its undici Headers and the copy of every body cost as much
 * main-thread CPU as the term scan (0.5 s of code and 0.4 s of garbage collection per 230 MB inflated,
 * bench/README.md). warcio stays the reference: a payload with a Transfer-Encoding (chunked) or a
 * Content-Encoding (gzip, br) is decoded by warcio itself, from the record's bytes.
 *
 * Where this reader parts from warcio, on archives warcio misreads anyway: a Content-Length that is not a
 * decimal number stops the reading with an error (warcio reads it as 0 and loses the framing); HTTP
 * headers never run past their record's block (warcio reads on into the next record); warcio's console
 * warnings about stray bytes between records are not printed.
 */
export interface WarcRecordView {
  /** WARC-Type, WARC-Target-URI and WARC-Date, as warcio's warcType, warcTargetURI, warcDate. */
  warcType: string | null;
  warcTargetURI: string | null;
  warcDate: string | null;
  /** Number(Content-Length), as warcio's warcContentLength (NaN when absent). */
  warcContentLength: number;
  /** The HTTP status line's code and Content-Type, for response, request and non-empty revisit records. */
  httpStatusCode: number | undefined;
  httpContentType: string | null | undefined;
  /**
   * The payload decoded as warcio's readFully(true) decodes it. Only for a block of at most
   * `maxBlockBytes` (see readWarcRecords): a larger block is skipped without being kept in memory.
   */
  readPayload(): Promise<Uint8Array>;
}

const CRLFCRLF = Buffer.from("\r\n\r\n");
const LF = Buffer.from("\n");
const EMPTY: Buffer = Buffer.alloc(0);
const utf8 = new TextDecoder("utf-8");
/** Header names undici's Headers accepts (RFC 9110 tokens); warcio drops a header it refuses. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Bytes of a too large block kept to read its HTTP headers. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the records of `inflated` (the archive's bytes, already gunzipped). A block of more than
 * `maxBlockBytes` (+ 64 KB for its HTTP headers) is skipped as it streams by: its payload cannot be read.
 * A read error of the source is thrown by the iteration.
 */
export async function* readWarcRecords(inflated: AsyncIterable<Uint8Array>, maxBlockBytes: number): AsyncGenerator<WarcRecordView> {
  const cursor = new ByteCursor(inflated[Symbol.asyncIterator]());
  let firstLine: Buffer | null = null;
  for (let first = true; ; first = false) {
    if (!first) firstLine = await lineAfterRecord(cursor);
    const versionLine = firstLine && firstLine.length ? firstLine : await cursor.readLine();
    if (!versionLine || !utf8.decode(versionLine).trimEnd()) return;
    const headerBytes = await cursor.readThrough(CRLFCRLF);
    const warc = parseHeaders(utf8.decode(headerBytes));
    const contentLength = warc.get("content-length") ?? null;
    const limit = Number(contentLength || 0);
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new Error(`a WARC record (${utf8.decode(versionLine).trim()}, ${warc.get("warc-target-uri") ?? "no target URI"}) has Content-Length "${contentLength}", not a number of bytes: the archive is damaged; cut it before this record or rewrite it with warcio.`);
    }
    const kept = limit <= maxBlockBytes + HEAD_BYTES;
    const block = await cursor.read(kept ? limit : HEAD_BYTES);
    if (!kept) await cursor.skip(limit - HEAD_BYTES);
    const warcType = warc.get("warc-type") ?? null;
    const readsHttp = warcType === "response" || warcType === "request" || (warcType === "revisit" && Number(contentLength) > 0);
    const http = readsHttp ? parseHttpHead(block) : null;
    yield {
      warcType,
      warcTargetURI: warc.get("warc-target-uri") ?? null,
      warcDate: warc.get("warc-date") ?? null,
      warcContentLength: Number(contentLength),
      httpStatusCode: http ? statusCodeOf(http.statusLine) : undefined,
      httpContentType: http ? (http.headers.get("content-type") ?? null) : undefined,
      readPayload: async () => {
        if (!kept) throw new Error(`the block of ${warc.get("warc-target-uri") ?? "this record"} is over ${maxBlockBytes} bytes: it was skipped, not kept.`);
        if (!http) return block;
        if (http.headers.has("transfer-encoding") || http.headers.has("content-encoding")) return warcioPayload(Buffer.concat([versionLine, headerBytes, block]));
        return block.subarray(http.payloadStart);
      },
    };
  }
}

/**
 * After a record's block, the first line of the next record, as warcio's readToNextRecord finds it: a
 * "WARC/x.y" line right away, else the line after the line ending the block and any two-byte lines.
 */
async function lineAfterRecord(cursor: ByteCursor): Promise<Buffer | null> {
  const line = await cursor.readLine();
  if (line && line.length === 10 && line.subarray(0, 5).toString("latin1") === "WARC/") return line;
  let next = await cursor.readLine();
  while (next && next.length === 2) next = await cursor.readLine();
  return next;
}

/** The HTTP status line, headers and where the payload starts in a block; null when the block holds no status line. */
function parseHttpHead(block: Buffer): { statusLine: string; headers: Map<string, string>; payloadStart: number } | null {
  const lineEnd = block.indexOf(0x0a);
  const statusLine = utf8.decode(lineEnd < 0 ? block : block.subarray(0, lineEnd + 1)).trimEnd();
  if (!statusLine) return null;
  const headersStart = lineEnd < 0 ? block.length : lineEnd + 1;
  const end = block.indexOf(CRLFCRLF, headersStart);
  const payloadStart = end < 0 ? block.length : end + 4;
  return { statusLine, headers: parseHeaders(utf8.decode(block.subarray(headersStart, payloadStart))), payloadStart };
}

/** The status code as warcio reads it: Number of the second space-separated part. */
function statusCodeOf(statusLine: string): number | undefined {
  const parts = statusLine.split(" ");
  return parts.length > 1 ? Number(parts[1]) : undefined;
}

/**
 * Header lines parsed as warcio's StatusAndHeadersParser parses them into undici's Headers: names
 * lowered, repeated names joined with ", ", continuation lines appended, a header with an empty value
 * or a name that is not a token dropped, a value with a character over U+00FF re-encoded byte per
 * character (UTF-8 read as Latin-1), a value holding NUL, CR or LF dropped.
 */
function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  const set = (name: string, value: string) => {
    if (!TOKEN.test(name) || /[\0\r\n]/.test(value)) return;
    const stored = /[^\u0000-\u00ff]/.test(value) ? Buffer.from(value, "utf8").toString("latin1") : value;
    const key = name.toLowerCase();
    const earlier = headers.get(key);
    headers.set(key, earlier === undefined ? stored : `${earlier}, ${stored}`);
  };
  let start = 0;
  let name = "";
  let value: string | null = null;
  while (start < text.length) {
    const valueEnd = text.indexOf("\n", start);
    if (value && (text[start] === " " || text[start] === "\t")) {
      value += text.slice(start, valueEnd < 0 ? undefined : valueEnd).trimEnd();
    } else {
      if (value) set(name, value);
      value = null;
      const nameEnd = text.indexOf(":", start);
      if (nameEnd >= 0 && nameEnd < valueEnd) {
        name = text.slice(start, nameEnd).trimStart();
        value = text.slice(nameEnd + 1, valueEnd < 0 ? undefined : valueEnd).trim();
      }
    }
    if (valueEnd < 0) break;
    start = valueEnd + 1;
  }
  if (value) set(name, value);
  return headers;
}

/** The payload of one whole record, decoded by warcio (chunked transfer, gzip or brotli content). */
async function warcioPayload(record: Buffer): Promise<Uint8Array> {
  // loaded here: most archives never need it
  const { WARCParser } = require("warcio") as typeof Warcio;
  for await (const parsed of new WARCParser([record])) return parsed.readFully(true);
  return EMPTY;
}

/**
 * The inflated bytes, read line by line or block by block. An item within one chunk is a view of it;
 * only an item that spans chunks is copied (copying whole chunks together cost 0.15 s per 230 MB, most
 * of it faulting in fresh memory).
 */
class ByteCursor {
  /** Unread chunks, the first one read from `position`. */
  private chunks: Buffer[] = [];
  private position = 0;
  /** Unread bytes in `chunks`. */
  private length = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Through the next "\n", or what is left at the end; null when nothing is left. */
  async readLine(): Promise<Buffer | null> {
    const at = await this.find(LF);
    if (at < 0) return this.length ? this.take(this.length) : null;
    return this.take(at + 1);
  }

  /** Through the next `pattern`, or everything left when it never comes. */
  async readThrough(pattern: Buffer): Promise<Buffer> {
    const at = await this.find(pattern);
    return this.take(at < 0 ? this.length : at + pattern.length);
  }

  /** The next `count` bytes, fewer when the stream ends first. */
  async read(count: number): Promise<Buffer> {
    while (this.length < count && (await this.more()));
    return this.take(Math.min(count, this.length));
  }

  /** Drops the next `count` bytes (fewer when the stream ends first) without holding them. */
  async skip(count: number): Promise<void> {
    let left = count;
    for (;;) {
      const step = Math.min(left, this.length);
      this.drop(step);
      left -= step;
      if (left === 0 || !(await this.more())) return;
    }
  }

  /** Where `pattern` next starts, counted from the first unread byte (reading on as needed); -1 when the stream ends first. */
  private async find(pattern: Buffer): Promise<number> {
    let from = 0;
    for (;;) {
      const at = this.indexOf(pattern, from);
      if (at >= 0) return at;
      from = Math.max(0, this.length - pattern.length + 1);
      if (!(await this.more())) return -1;
    }
  }

  /** Where `pattern` starts in the unread bytes at or after `from`, both counted from the first unread byte; -1 when nowhere. */
  private indexOf(pattern: Buffer, from: number): number {
    let base = 0;
    for (let k = 0; k < this.chunks.length; k++) {
      const chunk = this.chunks[k];
      const start = k === 0 ? this.position : 0;
      const size = chunk.length - start;
      if (from < base + size) {
        const first = start + Math.max(0, from - base);
        const at = chunk.indexOf(pattern, first);
        if (at >= 0) return base + at - start;
        const next = this.chunks[k + 1];
        if (next && pattern.length > 1) {
          // across the boundary: the chunk's last bytes joined to the next one's first (chunks are never tiny, see more())
          const tailStart = Math.max(first, chunk.length - pattern.length + 1);
          const tail = chunk.subarray(tailStart);
          const across = Buffer.concat([tail, next.subarray(0, pattern.length - 1)]).indexOf(pattern);
          if (across >= 0 && across < tail.length) return base + tailStart - start + across;
        }
      }
      base += size;
    }
    return -1;
  }

  /** The next `count` (≤ length) bytes: a view when they lie in one chunk, else a copy. */
  private take(count: number): Buffer {
    const first = this.chunks[0];
    if (first && this.position + count <= first.length) {
      const bytes = first.subarray(this.position, this.position + count);
      this.drop(count);
      return bytes;
    }
    const bytes = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const chunk = this.chunks[0];
      const step = Math.min(count - filled, chunk.length - this.position);
      chunk.copy(bytes, filled, this.position, this.position + step);
      filled += step;
      this.drop(step);
    }
    return bytes;
  }

  /** Moves past `count` (≤ length) bytes, letting go of the chunks read through. */
  private drop(count: number): void {
    this.length -= count;
    let left = count;
    while (left > 0 || (this.chunks.length && this.position === this.chunks[0].length)) {
      const step = Math.min(left, this.chunks[0].length - this.position);
      this.position += step;
      left -= step;
      if (this.position === this.chunks[0].length) {
        this.chunks.shift();
        this.position = 0;
      }
    }
  }

  /** Appends the next chunk; false at the end of the stream. */
  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const value = next.value;
    if (!value.length) return true;
    const chunk = Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    const last = this.chunks.length - 1;
    // tiny chunks are joined, so that a pattern (4 bytes at most) never spans more than two
    if (last > 0 && (chunk.length < 16 || this.chunks[last].length < 16)) this.chunks[last] = Buffer.concat([this.chunks[last], chunk]);
    else if (last === 0 && (chunk.length < 16 || this.chunks[0].length - this.position < 16)) {
      this.chunks[0] = Buffer.concat([this.chunks[0].subarray(this.position), chunk]);
      this.position = 0;
    } else this.chunks.push(chunk);
    this.length += value.length;
    return true;
  }
}
