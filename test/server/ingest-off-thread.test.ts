import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

const INGEST = "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate article { id } } }";

describe(`ingestArticle extracts on the extraction threads: /health answers meanwhile (${testEngine})`, () => {
  let api: HardenedApi;
  before(async () => {
    api = await startHardenedApi({ seed: false });
  });
  after(async () => {
    await api.close();
  });

  it("a large one-line page is extracted while /health answers (it used to hold the event loop for seconds)", async () => {
    const sentence = (i: number) => `Aliyev said on day ${i} that the army of Azerbaijan will buy more drones from Israel. `;
    const text = Array.from({ length: 5_000 }, (_, i) => sentence(i)).join("");
    const events: string[] = [];
    const ingest = api.graphql(INGEST, { input: { text } }, api.keys.editor).then((result) => {
      events.push("ingested");
      return result;
    });
    const origin = api.origin;
    let healthy = 0;
    while (!events.includes("ingested")) {
      // A keep-alive socket the server just closed resets once on a starved machine; retry as HTTP clients do.
      const health = await fetch(`${origin}/health`).catch(() => fetch(`${origin}/health`));
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: "ok", database: "ok" });
      events.push("health");
      if (++healthy > 100_000) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await ingest;
    assert.equal(result.status, 200, JSON.stringify(result.json));
    assert.equal(result.json.errors, undefined);
    assert.equal(result.json.data.ingestArticle.duplicate, false);
    assert.ok(events.indexOf("health") >= 0 && events.indexOf("health") < events.indexOf("ingested"), `/health answered before the page was stored: ${events.slice(0, 5).join(", ")}…`);
    const [{ count }] = await api.dataSource.query(`SELECT COUNT(*) AS count FROM articles`);
    assert.equal(Number(count), 1);
  });

  it("a page the HTML guard refuses on the thread is BAD_USER_INPUT on input.text, and the next page is stored", async () => {
    const bomb = `<!doctype html><html><head><script>var unclosed = 1;</head><body>${"<div></span>".repeat(600)}x</body></html>`;
    const refused = await api.graphql(INGEST, { input: { text: bomb, format: "HTML" } }, api.keys.editor);
    assert.equal(refused.json.errors[0].extensions.code, "BAD_USER_INPUT");
    assert.equal(refused.json.errors[0].extensions.argumentName, "input.text");
    assert.match(refused.json.errors[0].message, /nests elements more than 150 deep/);
    const stored = await api.graphql(INGEST, { input: { text: "“We are ready,” Aliyev said on Monday." } }, api.keys.editor);
    assert.equal(stored.json.data.ingestArticle.duplicate, false);
  });
});
