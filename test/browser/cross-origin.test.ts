import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { browserSkip, launchChromium } from "../support/chromium";


const skip = browserSkip("the cross-origin page");

/** A second local origin serving one blank page, as a front end's dev server would. */
async function pageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>front end</title><p>front end</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type FeedResult = { ok: true; texts: string[] } | { ok: false; error: string };

test("a page on an allowed origin reads the statement feed in Chromium; a page on another origin cannot", { skip, timeout: 240_000 }, async () => {
  const allowed = await pageServer();
  const refused = await pageServer();
  let api: TestApi | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    api = await startTestApi(async (ds) => {
        await seedSmallStore(ds);
      }, { corsOrigins: [allowed.origin] });
    browser = await launchChromium();
    const { context } = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    const readFeed = (url: string) =>
      page.evaluate(async (endpoint): Promise<FeedResult> => {
        try {
          const res = await fetch(endpoint, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ statements(first: 10) { edges { node { text } } } }" }),
          });
          const body = await res.json();
          return { ok: true, texts: body.data.statements.edges.map((edge: { node: { text: string } }) => edge.node.text) };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, url);

    await page.goto(allowed.origin, { waitUntil: "load" });
    const read = await readFeed(api.url);
    assert.ok(read.ok, JSON.stringify(read));
    assert.ok(read.texts.some((text) => text.includes("Поставки танков Т-90С завершены")), JSON.stringify(read.texts));

    await page.goto(refused.origin, { waitUntil: "load" });
    const blocked = await readFeed(api.url);
    assert.equal(blocked.ok, false);
    assert.match((blocked as { error: string }).error, /Failed to fetch/);
  } finally {
    await browser?.close();
    await api?.close();
    await allowed.close();
    await refused.close();
  }
});
