import "reflect-metadata";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, test } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { EXPORT_BATCH_SIZE } from "../../src/export/read-statement-rows";
import { statementExportFilter } from "../../src/export/statement-export-filter";
import { writeStatementExport } from "../../src/export/write-statement-export";
import { storeExtraction } from "../../src/store/store-extraction";
import { Statement } from "../../src/modules/statement/statement.entity";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { extractionOf, statementIn } from "../support/extraction-fixture";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

const STATEMENTS = 20_000;
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;
/** Heap still in use after a full garbage collection: what the export retains. */
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
const sentence = "“Deliveries of the \"Smerch\" systems, as agreed, will continue,” the minister said.\n";
const body = sentence.repeat(40);

let db: TestDatabase;
let dataSource: DataSource;
let server: RunningServer;

before(async () => {
  db = await createTestDatabase("exportmem");
  dataSource = await openDatabase({ url: db.url });
  const { articleId } = await storeExtraction(dataSource, extractionOf(body, { statements: [statementIn(body, "Deliveries of the")] }), { weapons: loadWeaponGazetteer() });
  const template = await dataSource.getRepository(Statement).findOneByOrFail({ articleId });
  const { id: _id, ...columns } = template;
  await dataSource.transaction(async (manager) => {
    for (let i = 1; i < STATEMENTS; i += EXPORT_BATCH_SIZE) {
      const rows = Array.from({ length: Math.min(EXPORT_BATCH_SIZE, STATEMENTS - i) }, (_, j) => {
        const start = ((i + j) % 40) * sentence.length + 1;
        const end = start + sentence.indexOf("”") - 1;
        return { ...columns, startOffset: start, endOffset: end, text: body.slice(start, end) };
      });
      await manager.insert(Statement, rows);
    }
  });
  server = await startServer({ dataSource, port: 0 });
});
after(async () => {
  await server.close();
  await dataSource.destroy();
  await db.drop();
});

test(`exporting ${STATEMENTS} statements streams them batch by batch with flat memory (peak RSS growth is printed)`, async (t) => {
  assert.equal(await dataSource.getRepository(Statement).count(), STATEMENTS);
  const heapBaseline = retainedHeap();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let afterFiveBatches = baseline;
  let heapAfterFive = heapBaseline;
  let heapAtEnd = heapBaseline;
  let batchesRead = 0;
  let batchesReadAtFirstRow = 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!batchesReadAtFirstRow && bytes) batchesReadAtFirstRow = batchesRead;
      bytes += chunk.length;
      setImmediate(done);
    },
  });
  const count = await writeStatementExport(dataSource, statementExportFilter({}), "csv", sink, {
    onBatch: (batch) => {
      batchesRead = batch;
      peak = Math.max(peak, process.memoryUsage().rss);
      if (batch === 5) {
        afterFiveBatches = peak;
        heapAfterFive = retainedHeap();
      }
      if (batch === STATEMENTS / EXPORT_BATCH_SIZE) heapAtEnd = retainedHeap();
    },
  });
  assert.equal(count, STATEMENTS, "no row limit: every statement is exported");
  assert.equal(batchesReadAtFirstRow, 1, "the first row reached the destination while only the first batch had been read");
  assert.equal(batchesRead, STATEMENTS / EXPORT_BATCH_SIZE + 1, "batches of 500, then one empty read");
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  const figure = `CSV export of ${count} statements (${mb(bytes)}): peak RSS growth ${mb(peak - baseline)} (${mb(afterFiveBatches - baseline)} after the first 5 of ${batchesRead - 1} batches); ` +
    `heap retained after GC: +${mb(heapAfterFive - heapBaseline)} at batch 5, +${mb(heapAtEnd - heapBaseline)} at batch ${batchesRead - 1}`;
  t.diagnostic(figure);
  console.log(`# ${figure}`);
});

test("the HTTP NDJSON export of the same store has one line per statement", async () => {
  const response = await fetch(`${new URL(server.url).origin}/export/statements.ndjson`);
  assert.equal(response.status, 200);
  let lines = 0;
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    lines += (decoder.decode(read.value, { stream: true }).match(/\n/g) ?? []).length;
  }
  assert.equal(lines, STATEMENTS);
});
