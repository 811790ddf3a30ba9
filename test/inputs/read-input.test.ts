import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../../src/extract/pipeline";
import { InputError } from "../../src/errors/input-error";
import { checkText } from "../../src/extract/check-page";
import { decodeInput, detectFormat } from "../../src/inputs/read-input";

test("bytes: UTF-8, UTF-16 with a BOM and Windows-1251 decode; empty and binary input are refused with a reason", () => {
  assert.equal(decodeInput(Buffer.from("Шойгу said “yes”.", "utf8"), "a.txt"), "Шойгу said “yes”.");
  assert.equal(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Алиев", "utf16le")]), "b.txt"), "Алиев");
  assert.equal(decodeInput(Buffer.from([0xc0, 0xeb, 0xe8, 0xe5, 0xe2]), "c.txt"), "Алиев", "Windows-1251 when not valid UTF-8");
  assert.throws(() => decodeInput(new Uint8Array(0), "empty.txt"), (e: Error) => e instanceof InputError && /empty/.test(e.message));
  assert.throws(() => decodeInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "x.png"), (e: Error) => e instanceof InputError && /binary/.test(e.message));
});

test("text from any path: NUL characters or mostly control characters are refused before extraction (PostgreSQL stores no NUL)", () => {
  assert.doesNotThrow(() => checkText("Aliyev said on Thursday that talks continue.\n\n\tTabs and new lines are fine."));
  assert.throws(() => checkText("Aliyev said\u0000 yes"), (e: Error) => e instanceof InputError && /NUL/.test(e.message));
  assert.throws(() => checkText("\u0001\u0002\u0003\u0004 abc \u0005\u0006"), (e: Error) => e instanceof InputError && /control characters/.test(e.message));
  assert.throws(() => extractArticle("Title\n\nBody with a \u0000 inside."), InputError);
});

test("format: the file name decides, else the content", () => {
  assert.equal(detectFormat("<p>x</p>", "page.html"), "html");
  assert.equal(detectFormat("<!doctype html><html></html>"), "html");
  assert.equal(detectFormat("Plain text <b>with</b> a tag"), "text");
});
