import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { extractArticle } from "../../src/extract/pipeline";
import { InputError } from "../../src/errors/input-error";
import { HTML_LIMITS, checkHtmlShape } from "../../src/extract/check-page";
import { repoRoot } from "../support/paths";

const page = (body: string) => `<!doctype html><html><head><title>t</title><script>var s = "<div><div><div>";</script></head><body>${body}</body></html>`;

test("checkHtmlShape: real pages pass; script text, comments, void and optional-end tags do not count as depth", () => {
  for (const file of ["test/fixtures/pages/en-article.html", "test/fixtures/unseen/articles/u03_reuters_harop.html"]) {
    checkHtmlShape(fs.readFileSync(path.join(repoRoot, file), "utf8"));
  }
  checkHtmlShape(page(`${"<div>".repeat(HTML_LIMITS.depth)}x${"</div>".repeat(HTML_LIMITS.depth)}`));
  checkHtmlShape(page(`<!-- ${"<div>".repeat(10_000)} -->${"<p>unclosed paragraph<br><img src=x>".repeat(5_000)}<ul>${"<li>item".repeat(3_000)}</ul>`));
});

test("checkHtmlShape: HTML bombs are InputErrors with a clear message, found in one linear scan", () => {
  const bombs: [string, RegExp][] = [
    [page(`${"<div>".repeat(100_000)}x`), /nests elements more than 150 deep/],
    [page(`${"<span><b>".repeat(2_000)}x`), /nests elements more than 150 deep/],
    [page("<p>a</p>".repeat(200_000)), /more than 25,000 elements/],
    [page(`<p ${Array.from({ length: 5_000 }, (_, i) => `a${i}="v"`).join(" ")}>x</p>`), /<p> element has 5,000 attributes, over the limit of 1,000/],
  ];
  for (const [html, message] of bombs) {
    assert.throws(() => checkHtmlShape(html), (error: Error) => error instanceof InputError && message.test(error.message));
  }
});

test("extractArticle refuses an HTML bomb with the shape check's message, before building the DOM (it used to take minutes)", () => {
  assert.throws(
    () => extractArticle(page(`${"<div>".repeat(100_000)}Aliyev said “yes”.`), { format: "html" }),
    (error: Error) => error instanceof InputError && /nests elements more than 150 deep/.test(error.message),
  );
});

test("checkHtmlShape counts the open elements: an end tag that closes nothing does not lower the depth, an unclosed script does not end the scan", () => {
  const deep = /nests elements more than 150 deep/;
  const refused = (html: string) => assert.throws(() => checkHtmlShape(html), (error: Error) => error instanceof InputError && deep.test(error.message));
  refused(page(`${"<div></span>".repeat(600)}x`));
  refused(`<!doctype html><html><head><script>var unclosed = 1;</head><body>${"<div>".repeat(600)}x</body></html>`);
  refused(`<!doctype html><html><head><style>p { color: red }</head><body>${"<div>".repeat(600)}x</body></html>`);
  refused(page(`<!-- never closed ${"<div>".repeat(600)}x`));
  // An end tag closes its element and whatever was opened inside it, as parsers do.
  checkHtmlShape(page(`${"<section><div><span><b>x</section>".repeat(2_000)}`));
  checkHtmlShape(page(`${"<div>".repeat(HTML_LIMITS.depth)}x${"</div>".repeat(HTML_LIMITS.depth)}${"<div>x</div>".repeat(600)}`));
});
