import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import iconv from "iconv-lite";
import { fetchUrls, readUrlList } from "../../src/inputs/fetch-urls";
import type { PageItem } from "../../src/inputs/input-page";

const arms = "<html><head><title>Deal</title></head><body><p>Armenia bought Pinaka rocket launchers from India.</p></body></html>";
const agents: string[] = [];
let inFlight = 0;
let overlapped = false;
let slowClosed = false;

/** The site under test: robots.txt keeps /private out; the other paths each show one case. */
const site = http.createServer((req, res) => {
  agents.push(String(req.headers["user-agent"]));
  inFlight++;
  if (inFlight > 1) overlapped = true;
  res.on("close", () => inFlight--);
  const send = (status: number, type: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };
  switch (req.url) {
    case "/robots.txt": return send(200, "text/plain", "User-agent: *\nDisallow: /private\n");
    case "/ok": return send(200, "text/html; charset=utf-8", arms);
    case "/cp1251": return send(200, "text/html; charset=windows-1251", iconv.encode("<html><body><p>Россия поставит Индии комплексы С-400.</p></body></html>", "win1251"));
    case "/meta1251": return send(200, "text/html", iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Казахстан закупил беспилотники.</p></body></html>', "win1251"));
    case "/redirect": return send(302, "text/html", "", { location: "/hop" });
    case "/hop": return send(301, "text/html", "", { location: "/ok" });
    case "/loop": return send(302, "text/html", "", { location: "/loop" });
    case "/missing": return send(404, "text/html", "<p>Not found</p>");
    case "/private/report": return send(200, "text/html", arms);
    case "/image": return send(200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case "/big": {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1 << 20, "a");
      let sent = 0;
      const write = () => {
        while (sent < 30 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      return write();
    }
    default: return send(404, "text/plain", "");
  }
});
/** A second host whose pages never answer in time. */
const slow = http.createServer((req, res) => {
  if (req.url === "/robots.txt") return void res.writeHead(404).end();
  res.on("close", () => (slowClosed = true));
  setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(arms), 5000).unref();
});
/** A third host whose robots.txt keeps everyone out. */
const closed = http.createServer((req, res) => {
  if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: armsgraph\nDisallow: /\n");
  res.writeHead(200, { "content-type": "text/html" }).end(arms);
});
const base = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

before(async () => {
  for (const server of [site, slow, closed]) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
after(() => {
  for (const server of [site, slow, closed]) server.close();
  slow.closeAllConnections();
});

async function collect(items: AsyncIterable<PageItem>): Promise<PageItem[]> {
  const out: PageItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test("URL list: pages with their charset; redirects followed to a limit; 404, robots.txt, timeout, 30 MB, not HTML each fail with their reason; one request at a time", async () => {
  const paths = ["/ok", "/cp1251", "/meta1251", "/redirect", "/loop", "/missing", "/private/report", "/image", "/big"];
  const urls = [...paths.map((p) => base(site) + p), `${base(slow)}/page`, `${base(closed)}/page`];
  const source = fetchUrls(urls, { delayMs: 0, timeoutMs: 3000, maxRedirects: 3, contact: "research@example.org" });
  const items = await collect(source.items);
  const outcome = (item: PageItem) => ("page" in item ? `page ${item.page.hints.url?.replace(/^http:\/\/127\.0\.0\.1:\d+/, "")}` : `failed ${item.failed.reason}`);
  const outcomes = items.map(outcome);
  assert.equal(outcomes[0], "page /ok");
  assert.equal(outcomes[1], "page /cp1251");
  assert.equal(outcomes[2], "page /meta1251");
  assert.equal(outcomes[3], "page /ok", "a redirect chain ends at the page, which is the url hint");
  assert.match(outcomes[4], /more than 3 redirects/);
  assert.match(outcomes[5], /HTTP 404/);
  assert.match(outcomes[6], /disallowed by .*robots\.txt/);
  assert.match(outcomes[7], /not HTML or text \(image\/png\)/);
  assert.match(outcomes[8], /too large: over \d+\.\d MB, the limit for one article is 1 MB/);
  assert.match(outcomes[9], /timed out after 3\.0 s/);
  assert.match(outcomes[10], /disallowed by .*robots\.txt/, "a robots.txt naming armsgraph is honoured");
  const pages = items.flatMap((i) => ("page" in i ? [i.page] : []));
  assert.match(pages[1].text, /комплексы С-400/, "charset from the header");
  assert.match(pages[2].text, /беспилотники/, "charset from <meta>");
  assert.ok(agents.length > 0 && agents.every((a) => /armsgraph/.test(a) && /research@example\.org/.test(a)), "every request names armsgraph and the contact");
  assert.equal(overlapped, false, "never two requests at once to the host");
  assert.ok(slowClosed, "the slow request was abandoned, not left open");
});

test("URL list file: blank lines and # comments are left out; a line that is not an http(s) URL is named", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-urls-"));
  const file = path.join(dir, "urls.txt");
  fs.writeFileSync(file, "# search results\nhttps://a.example/1\n\n  https://b.example/2  \n");
  assert.deepEqual(readUrlList(file), ["https://a.example/1", "https://b.example/2"]);
  fs.writeFileSync(file, "https://a.example/1\nftp://x.example/f\n");
  assert.throws(() => readUrlList(file), /line 2 is not an http\(s\) URL/);
  fs.writeFileSync(file, "not a url\n");
  assert.throws(() => readUrlList(file), /line 1 is not a URL/);
  fs.rmSync(dir, { recursive: true, force: true });
});
