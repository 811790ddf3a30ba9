import { test } from "node:test";
import assert from "node:assert/strict";
import { readSaidOn } from "../../../src/extract/statements/said-on";
import type { PartialDate } from "../../../src/model/partial-date";

const wednesday: PartialDate = { date: "2016-06-15", precision: "DAY" };

test("a weekday is the most recent such day on or before publication", () => {
  assert.deepEqual(readSaidOn("Shoygu said on Monday", wednesday), { date: "2016-06-13", precision: "DAY" });
  assert.deepEqual(readSaidOn("Shoygu said on Wednesday", wednesday), { date: "2016-06-15", precision: "DAY" });
});

test("'last Friday' and 'в прошлую пятницу' are strictly before the publication day", () => {
  assert.deepEqual(readSaidOn("published last Friday", wednesday), { date: "2016-06-10", precision: "DAY" });
  assert.deepEqual(readSaidOn("сказал он в прошлую среду", wednesday), { date: "2016-06-08", precision: "DAY" });
});

test("Russian weekdays and вчера", () => {
  assert.deepEqual(readSaidOn("сказал Алиев в четверг", { date: "2021-05-20", precision: "DAY" }), { date: "2021-05-20", precision: "DAY" });
  assert.deepEqual(readSaidOn("заявил вчера министр", wednesday), { date: "2016-06-14", precision: "DAY" });
  assert.deepEqual(readSaidOn("сообщил накануне Песков", wednesday), { date: "2016-06-14", precision: "DAY" });
});

test("a month without a year takes the publication year, or the year before when that would be later", () => {
  assert.deepEqual(readSaidOn("talking to Bloomberg in April", wednesday), { date: "2016-04-01", precision: "MONTH" });
  assert.deepEqual(readSaidOn("in September", wednesday), { date: "2015-09-01", precision: "MONTH" });
  assert.deepEqual(readSaidOn("в середине мая", wednesday), { date: "2016-05-01", precision: "MONTH" });
});

test("a day and month are read in both languages", () => {
  assert.deepEqual(readSaidOn("at a press conference on August 10", wednesday), { date: "2015-08-10", precision: "DAY" });
  assert.deepEqual(readSaidOn("заявил 12 марта 2024 года", wednesday), { date: "2024-03-12", precision: "DAY" });
});

test("no time expression, or an unknown publication date for a weekday, gives UNKNOWN", () => {
  assert.deepEqual(readSaidOn("Aliyev told RIA Novosti", wednesday), { date: null, precision: "UNKNOWN" });
  assert.deepEqual(readSaidOn("he said on Sunday", { date: null, precision: "UNKNOWN" }), { date: null, precision: "UNKNOWN" });
});
