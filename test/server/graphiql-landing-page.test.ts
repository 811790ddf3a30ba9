import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { startTestApi, type TestApi } from "../support/test-api";
import { seedSmallStore } from "../support/seed";
import { browserSkip, launchChromium } from "../support/chromium";
import { repoRoot } from "../support/paths";

const root = repoRoot;
const screenshot = path.join(root, "test-output", "ide.png");

const skip = browserSkip("the IDE");

/** A URL the page may load without leaving the server: its own origin, or in-page data:/blob: URLs. */
function isLocal(url: string, origin: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:" + origin + "/")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

test("GraphiQL in headless Chromium runs a statements query against the server and loads nothing from elsewhere", { skip, timeout: 240_000 }, async () => {
  let api: TestApi | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
    browser = await launchChromium({ width: 1280, height: 900 });
    const { context } = browser;
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // GraphiQL reads the editor's content from ?query=; the page itself comes from GET /graphql.
    const query = "query IdeTest {\n  statements(first: 3, filter: { speakerName: \"Шойгу\" }) {\n    totalCount\n    edges { node { text saidOn speaker { name } outlet { name } } }\n  }\n}";
    await page.goto(`${api.url}?query=${encodeURIComponent(query)}`, { waitUntil: "load", timeout: 120_000 });
    await page.locator(".graphiql-query-editor").waitFor({ timeout: 60_000 });
    assert.equal(await page.title(), "armsgraph GraphiQL");

    const answered = page.waitForResponse((res) => res.request().method() === "POST" && (res.request().postData() ?? "").includes("IdeTest"), { timeout: 60_000 });
    await page.locator("button.graphiql-execute-button").click();
    const response = await answered;
    assert.equal(response.status(), 200);
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    assert.equal(body.errors, undefined);
    assert.equal(body.data.statements.totalCount, 2);

    // The result pane shows the seeded statement (whitespace folded: the pane wraps long lines).
    const expected = "Поставки танков Т-90С завершены";
    await page.waitForFunction(
      (text) => (document.querySelector(".graphiql-response") as HTMLElement | null)?.innerText.replace(/\s+/g, " ").includes(text) ?? false,
      expected,
      { timeout: 30_000 },
    );
    const shown = (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " ");
    assert.ok(shown.includes("Sergei Shoigu"), shown);

    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });

    const origin = api.origin;
    const outside = requests.filter((url) => !isLocal(url, origin));
    assert.deepEqual(outside, [], `the IDE fetched from outside the server (${origin})`);
    assert.ok(requests.some((url) => url.startsWith(api!.url)), "the page came from the server");
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser?.close();
    await api?.close();
  }
});
