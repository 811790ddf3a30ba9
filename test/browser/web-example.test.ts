import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import type { Page } from "playwright-core";
import type { DataSource } from "typeorm";
import { browserSkip, launchChromium } from "../support/chromium";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";
import { storeExtraction } from "../../src/store/store-extraction";
import { extractionOf, statementIn } from "../support/extraction-fixture";
import { repoRoot } from "../support/paths";

const WEB = path.join(repoRoot, "examples", "web");

const skip = browserSkip("the page");

/** Serves examples/web (index.html, app.js) on a second local origin, as `python3 -m http.server` would. */
async function serveExample(): Promise<{ origin: string; close(): Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/$/, "/index.html").slice(1);
    const file = path.resolve(WEB, name);
    if (!file.startsWith(`${WEB}${path.sep}`) || !fs.existsSync(file)) {
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

test("examples/web/vendor/graphql-ws.min.js is the browser build of the graphql-ws the server runs", () => {
  const installed = fs.readFileSync(path.join(repoRoot, "node_modules", "graphql-ws", "umd", "graphql-ws.min.js"));
  assert.ok(fs.readFileSync(path.join(WEB, "vendor", "graphql-ws.min.js")).equals(installed), "copy node_modules/graphql-ws/umd/graphql-ws.min.js to examples/web/vendor/");
});

/**
 * Stores distinct statements by Shoigu until the page shows one as new (graphql-ws does not acknowledge
 * a subscription, so the first may be stored before it is live); returns the text that appeared.
 */
async function storeUntilShown(ds: DataSource, page: Page, tag: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const text = `Live statement ${tag} ${i},`;
    const body = `“${text}” Shoigu said.`;
    await storeExtraction(ds, extractionOf(body, { statements: [statementIn(body, text)] }), { weapons: loadWeaponGazetteer() });
    const shown = await page.waitForFunction((t) => [...document.querySelectorAll("li.live q")].some((q) => q.textContent === t), text, { timeout: 500 })
      .then(() => true, () => false);
    if (shown) return text;
  }
  throw new Error("no stored statement appeared on the page");
}

test("examples/web on another origin lists the latest statements, searches by speaker in any script, and adds statements stored meanwhile", { skip, timeout: 240_000 }, async () => {
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

    await page.waitForFunction(() => document.body.dataset.live === "on", undefined, { timeout: 30_000 });
    const live = await storeUntilShown(api.dataSource, page, "a");
    const newest = page.locator("li.statement").first();
    assert.equal(await newest.locator("q").innerText(), live, "a statement stored during the test is added at the top");
    assert.equal(await newest.locator(".meta").innerText(), "Sergei Shoigu · undated · RIA Novosti");
    const shown = Number(await page.getAttribute("body", "data-count"));
    assert.ok(shown >= 3, `the count follows (${shown})`);

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
