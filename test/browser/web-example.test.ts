import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { browserSkip, launchChromium } from "../support/chromium";
import { repoRoot } from "../support/paths";

const WEB = path.join(repoRoot, "examples", "web");

const skip = browserSkip("the page");

/** Serves examples/web (index.html, app.js) on a second local origin, as `python3 -m http.server` would. */
async function serveExample(): Promise<{ origin: string; close(): Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/$/, "/index.html").slice(1);
    const file = path.join(WEB, path.basename(name));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("examples/web on another origin lists the latest statements and searches by speaker in any script", { skip, timeout: 240_000 }, async () => {
  const site = await serveExample();
  let api: TestApi | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    api = await startTestApi(async (ds) => {
        await seedSmallStore(ds);
      }, { corsOrigins: [site.origin] });
    browser = await launchChromium();
    const { context } = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${site.origin}/?api=${encodeURIComponent(api.url)}`, { waitUntil: "load" });

    await page.waitForFunction(() => document.body.dataset.count !== undefined, undefined, { timeout: 30_000 });
    assert.notEqual(await page.getAttribute("body", "data-count"), "error", await page.locator("#status").innerText());
    const all = await page.locator("li.statement").count();
    assert.ok(all >= 2, `${all} statements shown`);
    const first = await page.locator("li.statement .meta").first().innerText();
    assert.match(first, /^.+ · (?:\d{4}-\d{2}-\d{2}|undated) · .+$/);

    await page.fill("#speaker", "Шойгу");
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.body.dataset.count === "2", undefined, { timeout: 30_000 });
    const metas = await page.locator("li.statement .meta").allInnerTexts();
    assert.equal(metas.length, 2);
    for (const meta of metas) assert.match(meta, /^Sergei Shoigu · /);
    assert.ok((await page.locator("li.statement q").allInnerTexts()).some((text) => text.includes("Поставки танков Т-90С завершены")));

    await page.fill("#speaker", "Shoigu");
    // Forget the last count, so that the wait below sees this search's answer, not the previous one's.
    await page.evaluate(() => delete document.body.dataset.count);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.body.dataset.count !== undefined, undefined, { timeout: 30_000 });
    assert.equal(await page.getAttribute("body", "data-count"), "2");
    for (const meta of await page.locator("li.statement .meta").allInnerTexts()) assert.match(meta, /^Sergei Shoigu · /);

    await page.fill("#speaker", "Nobody Atall");
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.body.dataset.count === "0", undefined, { timeout: 30_000 });
    assert.equal(await page.locator("#status").innerText(), "No statements match.");
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser?.close();
    await api?.close();
    await site.close();
  }
});
