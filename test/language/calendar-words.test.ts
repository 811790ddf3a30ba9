import assert from "node:assert/strict";
import { test } from "node:test";
import { MONTHS, WEEKDAYS, monthNumber, weekdayMentions } from "../../src/language/calendar-words";

test("every form of the month table names its month", () => {
  for (const forms of [MONTHS.en, MONTHS.enShort, MONTHS.ruGenitive, MONTHS.ruPrepositional]) {
    assert.equal(forms.length, 12);
    forms.forEach((name, i) => assert.equal(monthNumber(name), i + 1, name));
  }
  MONTHS.ruStems.forEach((stem, i) => assert.match(MONTHS.ruGenitive[i], new RegExp(`^${stem}`, "u")));
});

test("every form of the weekday table is that weekday, Sunday first", () => {
  for (const forms of Object.values(WEEKDAYS)) assert.equal(forms.length, 7);
  WEEKDAYS.ruStems.forEach((stem, i) => {
    assert.ok(WEEKDAYS.ruNominative[i].startsWith(stem) && WEEKDAYS.ruAccusative[i].startsWith(stem), stem);
  });
  WEEKDAYS.en.forEach((day, i) => assert.deepEqual(weekdayMentions(`It happened on ${day}.`).map((m) => m.weekday), [i]));
  WEEKDAYS.ruAccusative.forEach((day, i) => assert.deepEqual(weekdayMentions(`Это случилось ${i === 2 ? "во" : "в"} ${day}.`).map((m) => m.weekday), [i]));
});
