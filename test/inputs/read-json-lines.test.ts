import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { after, test } from "node:test";
import { fieldPathsFrom, isJsonLinesFile, normaliseDate, readJsonLines } from "../../src/inputs/read-json-lines";
import { topicFilter } from "../../src/inputs/topic-filter";
import type { PageItem } from "../../src/inputs/input-page";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-jsonl-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const lines = [
  JSON.stringify({ url: "https://a.example/1", title: "Deal", html: "<html><body><p>India buys tanks.</p></body></html>", publishedAt: "2024-03-12T08:00:00Z", source: { name: "NewsAPI Outlet" } }),
  "",
  "{not json",
  JSON.stringify({ maintext: "Kazakhstan bought helicopters.", url: "https://b.example/2", date_publish: "2023-05-01 10:00:00", source_domain: "b.example", language: "en" }),
  JSON.stringify({ url: "https://c.example/3", title: "No body" }),
  JSON.stringify(["an", "array"]),
  JSON.stringify({ text: "Die Bundeswehr kauft Panzer.", language: "German" }),
  JSON.stringify({ text: "Россия поставит гаубицы.", seendate: "20240312T101500Z", language: "Russian" }),
];

async function collect(items: AsyncIterable<PageItem>): Promise<PageItem[]> {
  const out: PageItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

for (const gzip of [false, true]) {
  test(`JSON lines${gzip ? " (gzip)" : ""}: pages with their hints under the common names; a bad line is reported with its number and the rest goes on`, async () => {
    const file = path.join(dir, gzip ? "dump.jsonl.gz" : "dump.ndjson");
    const content = lines.join("\n") + "\n";
    fs.writeFileSync(file, gzip ? zlib.gzipSync(content) : content);
    assert.ok(isJsonLinesFile(file));
    const source = readJsonLines(file);
    const items = await collect(source.items);
    const pages = items.flatMap((i) => ("page" in i ? [i.page] : []));
    const failed = items.flatMap((i) => ("failed" in i ? [i.failed] : []));
    assert.deepEqual(pages.map((p) => p.source), [1, 4, 7, 8].map((n) => `${path.basename(file)} line ${n}`));
    assert.equal(pages[2].hints.language, null, "languages other than English and Russian are left to detection");
    assert.deepEqual(pages[0].hints, { url: "https://a.example/1", title: "Deal", outlet: "NewsAPI Outlet", publishedAt: "2024-03-12", language: null });
    assert.equal(pages[0].format, "html");
    assert.equal(pages[1].format, "text");
    assert.equal(pages[1].hints.outlet, "b.example");
    assert.equal(pages[1].hints.publishedAt, "2023-05-01");
    assert.equal(pages[1].hints.language, "en");
    assert.equal(pages[3].hints.publishedAt, "2024-03-12");
    assert.equal(pages[3].hints.language, "ru", "a language name is read as its code");
    assert.deepEqual(failed.map((f) => f.source.replace(/^.* /, "")), ["3", "5", "6"]);
    assert.match(failed[0].reason, /line 3 is not valid JSON/);
    assert.match(failed[1].reason, /has no page.*--field text=PATH/);
    assert.match(failed[2].reason, /not a JSON object/);
    assert.equal(source.stats.records, 7, "blank lines are not records");
    assert.equal(source.stats.bytesRead, fs.statSync(file).size);
  });
}

test("JSON lines: --field reads other shapes first; a malformed --field names the accepted fields; --match filters", async () => {
  const file = path.join(dir, "other.jsonl");
  fs.writeFileSync(file, [JSON.stringify({ data: { body: "Armenia ordered Pinaka launchers.", link: "https://x.example" } }), JSON.stringify({ data: { body: "Stocks fell." } })].join("\n"));
  const paths = fieldPathsFrom(["text=data.body", "url=data.link"]);
  const items = await collect(readJsonLines(file, paths, topicFilter([], "pinaka")).items);
  assert.equal(items.length, 1);
  assert.ok("page" in items[0] && items[0].page.hints.url === "https://x.example");
  assert.throws(() => fieldPathsFrom(["body"]), /not name=path: name is one of html, text, url/);
  assert.throws(() => fieldPathsFrom(["nope=a"]), /name is one of/);
});

test("dates: ISO, GDELT compact, RFC 2822 and nonsense", () => {
  assert.equal(normaliseDate("2024-03-12T08:00:00Z"), "2024-03-12");
  assert.equal(normaliseDate("20240312T101500Z"), "2024-03-12");
  assert.equal(normaliseDate("Tue, 12 Mar 2024 08:00:00 GMT"), "2024-03-12");
  assert.equal(normaliseDate("yesterday"), null);
});
