import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import iconv from "iconv-lite";
import { readWarc, isWarcFile } from "../../src/inputs/read-warc";
import { topicFilter } from "../../src/inputs/topic-filter";
import type { PageItem } from "../../src/inputs/input-page";
import { writeWarc, type WarcEntry } from "./write-warc";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-warc-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const entries: WarcEntry[] = [
  { type: "warcinfo", url: "", body: "software: test\r\n" },
  { type: "request", url: "https://news.example/a", body: "GET /a HTTP/1.1\r\n\r\n" },
  { url: "https://news.example/a", date: "2024-03-12T10:15:00Z", body: "<html><head><title>Deal</title></head><body><p>Armenia bought Pinaka rocket launchers from India, the ministry said.</p></body></html>" },
  { url: "https://news.example/sport", body: "<html><body><p>The match ended in a draw after extra time.</p></body></html>" },
  { url: "https://news.example/logo.png", contentType: "image/png", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
  { url: "https://news.example/missing", status: 404, body: "<html><body>Not found: missile page</body></html>" },
  { url: "https://ru.example/b", contentType: "text/html; charset=windows-1251", body: iconv.encode("<html><body><p>Россия поставит Индии зенитные ракетные комплексы С-400.</p></body></html>", "win1251") },
  { url: "https://ru.example/c", contentType: "text/html", body: iconv.encode('<html><head><meta charset="windows-1251"></head><body><p>Казахстан закупил вертолёты и беспилотники.</p></body></html>', "win1251") },
];

async function collect(items: AsyncIterable<PageItem>): Promise<PageItem[]> {
  const out: PageItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

for (const gzip of [false, true]) {
  test(`WARC ${gzip ? "gzipped per record" : "plain"}: responses become pages with url, date and charset; other records are skipped; the filter keeps the arms pages`, async () => {
    const file = path.join(dir, gzip ? "crawl.warc.gz" : "crawl.warc");
    await writeWarc(file, entries, gzip);
    assert.ok(isWarcFile(file));
    const source = readWarc(file, topicFilter(["Pinaka", "S-400", "С-400"]));
    const items = await collect(source.items);
    const pages = items.flatMap((i) => ("page" in i ? [i.page] : []));
    assert.deepEqual(pages.map((p) => p.hints.url), ["https://news.example/a", "https://ru.example/b", "https://ru.example/c"]);
    assert.equal(pages[0].hints.publishedAt, "2024-03-12");
    assert.equal(pages[0].format, "html");
    assert.match(pages[1].text, /зенитные ракетные комплексы С-400/, "charset from the HTTP header");
    assert.match(pages[2].text, /беспилотники/, "charset from <meta>");
    assert.equal(source.stats.records, 8);
    assert.equal(source.stats.skipped, 4, "warcinfo, request, image and 404");
    assert.equal(source.stats.filteredOut, 1, "the sport page");
    assert.equal(source.stats.bytesRead, fs.statSync(file).size);
  });
}

test("WARC: --match replaces the default terms", async () => {
  const file = path.join(dir, "match.warc.gz");
  await writeWarc(file, entries, true);
  const pages = (await collect(readWarc(file, topicFilter([], "extra time")).items)).flatMap((i) => ("page" in i ? [i.page] : []));
  assert.deepEqual(pages.map((p) => p.hints.url), ["https://news.example/sport"]);
});

test("topic filter: the default keeps designations and English or Russian arms words, not other news; a bad --match says how to fix it", () => {
  const filter = topicFilter(["T-90S", "Pinaka"]);
  assert.ok(filter.keeps("India ordered T-90S tanks"));
  assert.ok(filter.keeps("Индия закупила ГАУБИЦЫ"));
  assert.ok(filter.keeps("A new WEAPON was shown"));
  assert.equal(filter.keeps("The central bank raised interest rates by a quarter point."), false);
  assert.throws(() => topicFilter([], "(unclosed"), /not a valid regular expression.*leave --match out/);
});

test("WARC: a record over the size limit fails with its URI and the reason; the next record is still read", async () => {
  const file = path.join(dir, "big.warc");
  await writeWarc(file, [
    { url: "https://news.example/huge", body: "<html><body><p>missile " + "x".repeat(2 * 1048576) + "</p></body></html>" },
    { url: "https://news.example/after", body: entries[2].body },
  ], false);
  const items = await collect(readWarc(file, topicFilter(["Pinaka"])).items);
  assert.equal(items.length, 2);
  assert.ok("failed" in items[0] && items[0].failed.source === "https://news.example/huge");
  assert.match("failed" in items[0] ? items[0].failed.reason : "", /the record is 2\.0 MB, over the 1 MB limit for one article/);
  assert.ok("page" in items[1] && items[1].page.hints.url === "https://news.example/after");
});
