import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDateText } from "../../../src/extract/dates/parse-date-text";

test("a time glued to the year of a numeric date still leaves the date", () => {
  assert.deepEqual(parseDateText("WORLD 07.11.202109:05", "en"), { date: "2021-11-07", precision: "DAY" });
  assert.deepEqual(parseDateText("Политика 25.04.201816:40", "ru"), { date: "2018-04-25", precision: "DAY" });
  assert.deepEqual(parseDateText("ref. 25.04.20181", "ru"), { date: null, precision: "UNKNOWN" });
});

test("month names of the calendar table in either order, abbreviations included", () => {
  assert.deepEqual(parseDateText("Янв 12, 2021", "ru"), { date: "2021-01-12", precision: "DAY" });
  assert.deepEqual(parseDateText("Окт 5, 2017", "ru"), { date: "2017-10-05", precision: "DAY" });
  assert.deepEqual(parseDateText("5 окт 2017", "ru"), { date: "2017-10-05", precision: "DAY" });
  assert.deepEqual(parseDateText("Feb. 9, 2020", "en"), { date: "2020-02-09", precision: "DAY" });
  assert.equal(parseDateText("Sept 31, 2020", "en").precision, "UNKNOWN");
  assert.deepEqual(parseDateText("Ocak 14, 2022", "tr"), { date: "2022-01-14", precision: "DAY" });
});
