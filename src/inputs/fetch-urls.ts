import fs from "node:fs";
import type RobotsParser from "robots-parser";
import { MAX_PAGE_BYTES } from "./read-input";
import { decodePage, isPageContentType } from "./decode-page";
import { newStats, type PageItem, type PageSource, type PageSourceStats } from "./input-page";
import { KEEP_ALL, type TopicFilter } from "./topic-filter";

/** How politely pages are fetched. */
export interface FetchOptions {
  /** Pause between two requests to the same host (ms); robots.txt's Crawl-delay wins when longer. Default 1000. */
  delayMs?: number;
  /** Time allowed for one request, body included (ms). Default 20000. */
  timeoutMs?: number;
  /** Redirects followed for one URL. Default 5. */
  maxRedirects?: number;
  /** How the site's owner reaches whoever runs the crawl (FETCH_CONTACT): an e-mail or a URL, sent in the User-Agent. */
  contact?: string;
  /** Largest body accepted; default the file limit. */
  maxBytes?: number;
}

/** The robots.txt product token armsgraph answers to. */
export const ROBOTS_AGENT = "armsgraph";

/** The User-Agent: names armsgraph and how to reach whoever runs it. */
export function userAgent(contact: string | undefined): string {
  return `armsgraph/1.0 (research crawler; ${contact ? `contact: ${contact}` : "no contact given: set FETCH_CONTACT"})`;
}

/**
 * The URLs of a list file, one a line; blank lines and lines starting with # are left out. Throws
 * naming the line when it is not an http(s) URL.
 */
export function readUrlList(file: string): string[] {
  const urls: string[] = [];
  fs.readFileSync(file, "utf8").split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      throw new Error(`${file} line ${i + 1} is not a URL ("${line.slice(0, 80)}"): give one http(s) URL a line.`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`${file} line ${i + 1} is not an http(s) URL: give one http(s) URL a line.`);
    urls.push(url.href);
  });
  return urls;
}

/** Why a URL gave no page. */
class FetchFailure extends Error {}

/**
 * Fetches URLs one at a time, politely: robots.txt is read once per host and honoured (its
 * Crawl-delay too), requests to a host are spaced by the delay, each request has a timeout,
 * redirects are followed up to a limit (each hop checked against robots.txt), the body is capped at
 * the file size limit and must be HTML or text; the charset comes from the headers or `<meta>`.
 * Each failure yields its reason (HTTP 404, robots.txt, timeout, too large, not HTML) and the rest goes on.
 */
export function fetchUrls(urls: readonly string[], options: FetchOptions = {}, filter: TopicFilter = KEEP_ALL): PageSource {
  const stats = newStats(0);
  return { items: fetchAll(urls, options, filter, stats), stats };
}

async function* fetchAll(urls: readonly string[], options: FetchOptions, filter: TopicFilter, stats: PageSourceStats): AsyncGenerator<PageItem> {
  const fetcher = new PoliteFetcher(options);
  for (const url of urls) {
    stats.records++;
    try {
      const { finalUrl, contentType, body } = await fetcher.page(url);
      stats.bytesRead += body.length;
      const text = decodePage(body, contentType, url);
      if (!filter.keeps(text)) {
        stats.filteredOut++;
        continue;
      }
      yield { page: { source: url, text, format: /text\/plain/i.test(contentType) ? "text" : "html", hints: { url: finalUrl } } };
    } catch (error) {
      yield { failed: { source: url, reason: (error as Error).message } };
    }
  }
}

type Robots = ReturnType<typeof RobotsParser> | null;

class PoliteFetcher {
  private readonly robots = new Map<string, Robots>();
  private readonly lastRequest = new Map<string, number>();
  private readonly delayMs: number;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly maxBytes: number;
  private readonly agent: string;

  constructor(options: FetchOptions) {
    this.delayMs = options.delayMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 20000;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
    this.agent = userAgent(options.contact);
  }

  async page(url: string): Promise<{ finalUrl: string; contentType: string; body: Uint8Array }> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const robots = await this.robotsFor(current);
      if (robots && robots.isAllowed(current, ROBOTS_AGENT) === false) throw new FetchFailure(`disallowed by ${new URL(current).origin}/robots.txt.`);
      const response = await this.request(current);
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        if (hop >= this.maxRedirects) throw new FetchFailure(`more than ${this.maxRedirects} redirects.`);
        current = new URL(response.headers.get("location")!, current).href;
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new FetchFailure(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`);
      }
      const contentType = response.headers.get("content-type") ?? "";
      if (!isPageContentType(contentType)) {
        await response.body?.cancel();
        throw new FetchFailure(`not HTML or text (${contentType || "no Content-Type"}).`);
      }
      return { finalUrl: current, contentType, body: await this.readCapped(response) };
    }
  }

  private async robotsFor(url: string): Promise<Robots> {
    const origin = new URL(url).origin;
    if (!this.robots.has(origin)) {
      const robotsUrl = `${origin}/robots.txt`;
      // loaded on the first fetch, not at the top: only --urls needs it
      const robotsParser = require("robots-parser") as typeof RobotsParser;
      let robots: Robots = null;
      try {
        const response = await this.request(robotsUrl, "follow");
        // No robots.txt (4xx) allows everything; a server error or a timeout is read as "keep out".
        if (response.ok) robots = robotsParser(robotsUrl, await response.text());
        else if (response.status >= 500) robots = robotsParser(robotsUrl, "User-agent: *\nDisallow: /");
        else await response.body?.cancel();
      } catch {
        robots = robotsParser(robotsUrl, "User-agent: *\nDisallow: /");
      }
      this.robots.set(origin, robots);
    }
    return this.robots.get(origin)!;
  }

  /** One request, after the host's delay, with the timeout covering headers and body. */
  private async request(url: string, redirect: "manual" | "follow" = "manual"): Promise<Response> {
    const host = new URL(url).host;
    const robots = this.robots.get(new URL(url).origin);
    const delay = Math.max(this.delayMs, (robots?.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000);
    const wait = (this.lastRequest.get(host) ?? -Infinity) + delay - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastRequest.set(host, Date.now());
    try {
      return await fetch(url, { redirect, headers: { "user-agent": this.agent, accept: "text/html,application/xhtml+xml,text/plain;q=0.9" }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw this.failure(error);
    } finally {
      this.lastRequest.set(host, Date.now());
    }
  }

  private async readCapped(response: Response): Promise<Uint8Array> {
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > this.maxBytes) {
      await response.body?.cancel();
      throw this.tooLarge(declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (!response.body) return new Uint8Array(0);
    try {
      // Leaving the loop early (by the throw) cancels the rest of the body.
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > this.maxBytes) throw this.tooLarge(size);
        chunks.push(chunk);
      }
    } catch (error) {
      throw error instanceof FetchFailure ? error : this.failure(error);
    }
    return Buffer.concat(chunks);
  }

  private tooLarge(bytes: number): FetchFailure {
    return new FetchFailure(`too large: over ${(bytes / 1048576).toFixed(1)} MB, the limit for one article is ${(this.maxBytes / 1048576).toFixed(0)} MB.`);
  }

  private failure(error: unknown): FetchFailure {
    const name = (error as Error).name;
    if (name === "TimeoutError" || name === "AbortError") return new FetchFailure(`timed out after ${(this.timeoutMs / 1000).toFixed(1)} s.`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return new FetchFailure(`could not connect (${cause?.code ?? cause?.message ?? (error as Error).message}).`);
  }
}
