import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { ExtractionPool } from "../../src/store/extraction-pool";
import { extractArticle } from "../../src/extract/pipeline";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-pool-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

test("threads give the same extraction as this thread, and an unreadable file fails alone", async () => {
  const text = "MOSCOW, March 3 (TASS). “We will keep our obligations,” Sergei Shoigu told reporters. Russia delivered T-90S tanks to Azerbaijan in 2011.";
  const good = write("good.txt", text);
  const binary = write("binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const pool = new ExtractionPool(2);
  try {
    const [fromPool, failure] = await Promise.allSettled([pool.extract({ file: good, hints: {} }), pool.extract({ file: binary, hints: {} })]);
    assert.equal(fromPool.status, "fulfilled");
    const local = extractArticle(text, { format: "text" });
    const extraction = (fromPool as PromiseFulfilledResult<ReturnType<typeof extractArticle>>).value;
    assert.deepEqual(extraction.statements.map((s) => [s.text, s.speaker?.kbId]), local.statements.map((s) => [s.text, s.speaker?.kbId]));
    assert.ok(extraction.statements.length > 0);
    assert.equal(extraction.deals.length, local.deals.length);
    assert.equal(failure.status, "rejected");
    assert.match(String((failure as PromiseRejectedResult).reason.message), /binary|NUL|text/i);
  } finally {
    await pool.close();
  }
});

test("a page that takes longer than the time limit fails with a reason, and the pool goes on", async () => {
  // Many quotation marks and attribution verbs make extraction take far longer than 1 ms.
  const slow = write("slow.txt", "“Yes,” he said. ".repeat(4000));
  const quick = write("quick.txt", "“Fine,” Aliyev said.");
  const pool = new ExtractionPool(1, { timeLimitMs: 1 });
  try {
    await assert.rejects(pool.extract({ file: slow, hints: {} }), /longer than/);
  } finally {
    await pool.close();
  }
  const relaxed = new ExtractionPool(1);
  try {
    const extraction = await relaxed.extract({ file: quick, hints: {} });
    assert.equal(extraction.statements[0]?.text, "Fine,");
  } finally {
    await relaxed.close();
  }
});

test("pages sent ahead to a thread are all answered, and those behind a page over the time limit are answered too", async () => {
  const files = ["“Fine,” Aliyev said.", "“We will see,” Shoigu said.", "“Not now,” Lavrov said."].map((text, i) => write(`ahead-${i}.txt`, text));
  const pool = new ExtractionPool(2, { pagesPerThread: 3 });
  try {
    const extractions = await Promise.all(files.map((file) => pool.extract({ file, hints: {} })));
    assert.deepEqual(extractions.map((e) => e.statements[0]?.text), ["Fine,", "We will see,", "Not now,"]);
  } finally {
    await pool.close();
  }
  const slow = write("slow-ahead.txt", "“Yes,” he said. ".repeat(4000));
  const strict = new ExtractionPool(1, { timeLimitMs: 1, pagesPerThread: 2 });
  try {
    // The quick page waits behind the slow one on the only thread. When that thread is replaced it is
    // sent to the new one (not lost, not failed as the slow page's), where the 1 ms limit fails it in turn, with its own answer.
    const [slowResult, quickResult] = await Promise.allSettled([strict.extract({ file: slow, hints: {} }), strict.extract({ file: files[0], hints: {} })]);
    assert.equal(slowResult.status, "rejected");
    assert.match(String((slowResult as PromiseRejectedResult).reason.message), /longer than/);
    assert.equal(quickResult.status, "rejected");
    assert.match(String((quickResult as PromiseRejectedResult).reason.message), /longer than/);
  } finally {
    await strict.close();
  }
});
