import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedSmallStore } from "../../support/seed";
import { runExampleClient } from "./run-example";

describe("example client examples/client/latest-statements.ts against a seeded server", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  it("prints the latest statements with date, speaker and outlet, then the actor's statements", async () => {
    const { stdout, stderr, code } = await runExampleClient(["--url", api.url, "--actor", "Aliyev", "--first", "3"]);
    assert.equal(code, 0, stderr);
    const lines = stdout.trimEnd().split("\n");
    assert.equal(lines[0], "Latest statements (6 in all):");
    // SAID_ON DESC: the two statements of 2016-06-15 first (both from the TASS article), then 2016-06-14.
    assert.deepEqual(lines.slice(1, 4).map((l) => l.slice(0, 14)), ["  2016-06-15  ", "  2016-06-15  ", "  2016-06-14  "]);
    assert.ok(lines.includes("  2016-06-15  Ilham Aliyev (TASS): Россия остается нашим стратегическим партнером"), stdout);
    assert.ok(lines.includes("  2016-06-15  Sergei Shoigu (TASS): Поставки танков Т-90С завершены"), stdout);
    assert.ok(lines.includes("  2016-06-14  Ilham Aliyev (Reuters): his country would keep buying weapons"), stdout);
    const actorAt = lines.indexOf("Statements by Ilham Aliyev (2 in all):");
    assert.equal(actorAt, 4, stdout);
    assert.deepEqual(lines.slice(actorAt + 1), [
      "  2016-06-15  TASS: Россия остается нашим стратегическим партнером",
      "  2016-06-14  Reuters: his country would keep buying weapons",
    ]);
  });

  it("finds the actor by a name in another script (Алиев) and shows undated statements", async () => {
    const { stdout, code, stderr } = await runExampleClient(["--url", api.url, "--actor", "Алиев", "--first", "6"]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Statements by Ilham Aliyev \(2 in all\):$/m);
    assert.match(stdout, /^ {2}undated {5}Sergei Shoigu \(Reuters\): Russia has delivered every tank on time,$/m);
    assert.match(stdout, /^ {2}undated {5}unknown speaker \(no outlet\): Nobody said anything else of note\.$/m);
  });

  it("says so when no actor has the name, and refuses a page size over 100", async () => {
    const missing = await runExampleClient(["--url", api.url, "--actor", "Nobody Atall", "--first", "1"]);
    assert.equal(missing.code, 0, missing.stderr);
    assert.match(missing.stdout, /^No actor named "Nobody Atall"\.$/m);
    const tooMany = await runExampleClient(["--url", api.url, "--first", "101"]);
    assert.equal(tooMany.code, 1);
    assert.match(tooMany.stderr, /--first must be 0 to 100/);
  });
});
