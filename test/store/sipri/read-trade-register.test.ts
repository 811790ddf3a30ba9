import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { readTradeRegister, readTradeRegisterFile } from "../../../src/store/sipri/read-trade-register";
import { repoRoot } from "../../support/paths";

const fixture = path.join(repoRoot, "test", "fixtures", "sipri", "trade-register.csv");

test("the Latin-1 export is decoded (accented names), the metadata lines skipped, rows typed", () => {
  const { records } = readTradeRegisterFile(fixture);
  assert.equal(records.length, 7);
  const ivory = records.find((r) => r.supplier === "France")!;
  assert.equal(ivory.recipient, "Côte d'Ivoire");
  const t90 = records[0];
  assert.deepEqual([t90.recipient, t90.supplier, t90.orderYear, t90.numberOrdered, t90.designation, t90.description, t90.numberDelivered, t90.deliveryYears, t90.status],
    ["Azerbaijan", "Russia", 2009, 62, "T-90S", "tank", 62, "2010-2013", "New"]);
  assert.deepEqual([t90.tivPerUnit, t90.tivTotalOrder, t90.tivDelivered, t90.line], [2.5, 155, 155, 13]);
});

test("bracketed figures and '?' markers are estimates", () => {
  const { records } = readTradeRegisterFile(fixture);
  const bmp = records.find((r) => r.designation === "BMP-3")!;
  assert.deepEqual([bmp.numberOrdered, bmp.numberOrderedEstimated, bmp.numberDeliveredEstimated], [100, true, true]);
  const iskander = records.find((r) => r.designation === "9K720 Iskander")!;
  assert.deepEqual([iskander.orderYear, iskander.orderYearEstimated, iskander.numberOrderedEstimated], [2015, true, false]);
  const kornet = records.find((r) => r.designation === "Kornet")!;
  assert.deepEqual([kornet.recipient, kornet.deliveryYears, kornet.deliveryYearsEstimated], [null, "2017", true]);
});

test("a comment spanning lines stays one row; bad rows are reported with their line and reason", () => {
  const { records, failures } = readTradeRegisterFile(fixture);
  const groza = records.find((r) => r.designation === "Groza-S")!;
  assert.deepEqual([groza.line, groza.comments], [16, "Reported by Politico; \ndeliveries not confirmed"]);
  assert.deepEqual(failures, [{ line: 20, reason: 'year of order "20x9" is not a number' }, { line: 21, reason: "no supplier" }]);
});

test("a file without the header row is refused with the expected columns named", () => {
  assert.throws(() => readTradeRegister(Buffer.from("Supplier;Recipient\nRussia;Armenia\n", "latin1")), /Recipient,Supplier,Year of order/);
});
