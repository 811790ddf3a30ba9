import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";
import { readPage } from "../../fixtures/pages/read-page";

test("HTML page: readability keeps the article paragraphs, drops nav, share links, caption, sidebar and scripts", () => {
  const page = cleanPage(readPage("en-article.html"), "html");
  assert.equal(page.title, "Kazakhstan Orders Transport Aircraft");
  const paragraphs = page.body.split("\n\n");
  assert.equal(paragraphs.length, 4);
  assert.ok(paragraphs[0].startsWith("Kazakhstan has ordered two more Airbus C295"));
  assert.ok(paragraphs[1].startsWith("“The aircraft have proven themselves"));
  for (const leak of ["Home", "Share on", "on the runway", "Most read", "Oil prices", "dataLayer", "©"]) {
    assert.ok(!page.body.includes(leak), `body leaks «${leak}»`);
  }
});

test("HTML page: meta tags, byline, dateline and copyright reach the header", () => {
  const page = cleanPage(readPage("en-article.html"), "html");
  for (const line of ["og:site_name: Steppe Herald", "article:published_time: 2019-09-15T08:30:00Z", "ASTANA —"]) {
    assert.ok(page.header.includes(line), `header misses «${line}»`);
  }
  assert.ok(page.header.some((l) => /^by Daniyar Sultanov/i.test(l)));
  assert.ok(page.header.some((l) => l.startsWith("© 2019 Steppe Herald")));
});
