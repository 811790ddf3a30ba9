import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDateline, splitDateline } from "../../../src/extract/clean/dateline";
import { inferYear, latestDatedEvent } from "../../../src/extract/dates/infer-year";
import { parseDateText } from "../../../src/extract/dates/parse-date-text";
import { parseDateHint } from "../../../src/extract/dates/partial-date";
import { weekdayMentions } from "../../../src/language/calendar-words";
import { extractMetadata } from "../../../src/extract/metadata/extract-metadata";
import { findPublishedAt } from "../../../src/extract/metadata/find-published-at";
import { fakeKnowledgeBase } from "../../fixtures/pages/fake-knowledge-base";

test("datelines with and without year, in several agency styles", () => {
  assert.deepEqual(parseDateline("Москва. 20 мая. INTERFAX.RU - Баку рассчитывает"), { text: "Москва. 20 мая. INTERFAX.RU -", city: "Москва", day: 20, month: 5, year: null, agency: "INTERFAX.RU" });
  assert.equal(parseDateline("МОСКВА, 12 марта. /ТАСС/. Армения получит")?.agency, "ТАСС");
  assert.equal(parseDateline("MOSCOW (RFE/RL) —Risking fresh criticism")?.agency, "RFE/RL");
  // a full date closed by a full stop: the year is required, "LIMA, MARCH 4. Peru" is no dateline
  assert.deepEqual(parseDateline("LIMA, MARCH 4, 2025. Peru has signed"), { text: "LIMA, MARCH 4, 2025.", city: "LIMA", day: 4, month: 3, year: 2025, agency: null });
  assert.equal(parseDateline("QUITO, 4 MARCH 2025. Ecuador")?.month, 3);
  assert.equal(parseDateline("LIMA, MARCH 4. Peru has signed"), null);
  assert.deepEqual(parseDateline("MOSCOW, June 15 (Reuters) - Russia said"), { text: "MOSCOW, June 15 (Reuters) -", city: "MOSCOW", day: 15, month: 6, year: null, agency: "Reuters" });
  assert.equal(parseDateline("YEREVAN, JUNE 15, ARMENPRESS. The president")?.agency, "ARMENPRESS");
  assert.equal(parseDateline("WASHINGTON, March 3, 2021 — The")?.year, 2021);
  assert.equal(parseDateline("ЕРЕВАН, 15 июня — Sputnik. Армения получит")?.agency, "Sputnik");
  assert.equal(parseDateline("МОСКВА, 20 мая — Президент России заявил")?.agency, null);
  assert.equal(splitDateline("МОСКВА, 20 мая - РИА Новости, Иван Петров. Россия поставит").rest, "Россия поставит");
  assert.equal(parseDateline("Azerbaijan - President Ilham Aliyev (L) inspects"), null);
  assert.equal(parseDateline("Баку и Ереван оспаривают принадлежность"), null);
  assert.equal(splitDateline("BAKU — Azerbaijan said it will buy drones.").rest, "Azerbaijan said it will buy drones.");
});

test("explicit dates: written in the page language or numeric; relative ones and dates without year are unknown", () => {
  assert.deepEqual(parseDateText("June 15, 2016", "en"), { date: "2016-06-15", precision: "DAY" });
  assert.deepEqual(parseDateText("Sunday, March 26, 2023", "en"), { date: "2023-03-26", precision: "DAY" });
  assert.deepEqual(parseDateText("Опубликовано 16 июня 2016", "ru"), { date: "2016-06-16", precision: "DAY" });
  assert.deepEqual(parseDateText("15.09.2020", "ru"), { date: "2020-09-15", precision: "DAY" });
  assert.deepEqual(parseDateText("Published June 2016", "en"), { date: "2016-06-01", precision: "MONTH" });
  for (const text of ["7 years ago", "2 months ago", "Курс евро на 20 сентября", "14:36"]) {
    assert.equal(parseDateText(text, text.match(/[а-я]/) ? "ru" : "en").precision, "UNKNOWN", text);
  }
  assert.deepEqual(parseDateHint("2016"), { date: "2016-01-01", precision: "YEAR" });
  assert.deepEqual(parseDateHint("June"), { date: null, precision: "UNKNOWN" });
});

test("weekday mentions skip other weeks: 'last Friday', 'since Friday'", () => {
  const found = weekdayMentions("Shoygu said on Sunday that talks since Friday went well; last Friday he was in Moscow. Алиев сказал в четверг.");
  assert.deepEqual(found.map((m) => m.weekday), [0, 4]);
});

test("latest dated past event: full dates and bare years, future-tense sentences left out", () => {
  assert.equal(latestDatedEvent("Бои начались 27 сентября 2020 года. Конфликт идёт с 1988 года."), 20200927);
  assert.equal(latestDatedEvent("Contracts were signed in 2009-2011. By 2030 the army will be modernised."), 20110101);
  assert.equal(latestDatedEvent("Никаких дат."), null);
  assert.equal(latestDatedEvent("The contract was signed by Putin in 2019. The army wants new tanks by 2030."), 20190101);
  assert.equal(latestDatedEvent("Армения получала комплексы в 2020 году. Стороны планируют обновить ПВО к 2030 году."), 20200101);
});

test("year inference: the single year in the window whose dateline day falls on the named weekday", () => {
  const body = "Алиев сказал в четверг, что Баку рассчитывает на оружие. 27 сентября 2020 года начались боевые действия.";
  assert.equal(inferYear(20, 5, body), 2021);
  // 20 May falls on no Sunday in 2021-2027, so "on Sunday" is the day before the dateline: Monday 20 May 2024.
  const dayBefore = "The minister said on Sunday that talks went well. The war ended in 2021.";
  assert.equal(inferYear(20, 5, dayBefore), 2024);
});

test("year inference gives up when two years fit, when no weekday or no year is named", () => {
  assert.equal(inferYear(12, 3, "Министр сообщил во вторник о поставках. В 2018 году контракт был подписан."), null);
  assert.equal(inferYear(20, 5, "Алиев сказал, что Баку рассчитывает на оружие. В 2020 году шла война."), null);
  assert.equal(inferYear(20, 5, "Алиев сказал в четверг, что Баку рассчитывает на оружие."), null);
});

test("a dateline without a year that the text cannot complete gives no date at all", () => {
  const page = { title: "Т", body: "Министр сообщил во вторник о поставках. В 2018 году контракт был подписан.", header: ["МОСКВА, 12 марта. /ТАСС/."] };
  assert.deepEqual(extractMetadata(page, "", {}, fakeKnowledgeBase()).publishedAt, { date: null, precision: "UNKNOWN" });
});

test("year inference: the copyright year bounds the search, and stands alone only when its weekday fits", () => {
  const noEvents = "The minister said on Tuesday that the contract was signed.";
  assert.equal(inferYear(18, 6, noEvents, 2024), 2024, "18 June 2024 was a Tuesday");
  assert.equal(inferYear(18, 6, noEvents, 2023), null, "18 June 2023 was a Sunday: the copyright year is only a site footer's");
  assert.equal(inferYear(18, 6, noEvents, null), null);
  const twoFit = "The minister said on Tuesday that the 2018 contract was fulfilled.";
  assert.equal(inferYear(18, 6, twoFit, null), null, "2019 and 2024 both fit without a bound");
  assert.equal(inferYear(18, 6, twoFit, 2020), 2019, "a page copyrighted 2020 was not published in 2024");
});

test("a dateline without a year is completed from the page's copyright line", () => {
  const page = {
    title: "Armenia signs contract",
    body: "Armenia has signed a contract, the minister said on Tuesday.",
    header: ["YEREVAN, JUNE 18, ARMENPRESS.", "© 2024 Armenpress. All rights reserved."],
  };
  const meta = extractMetadata(page, "", {}, fakeKnowledgeBase());
  assert.deepEqual(meta.publishedAt, { date: "2024-06-18", precision: "DAY" });
});

test("year inference: the text's own full date for the dateline day wins, and no year passes the ingestion", () => {
  const ingested = new Date(Date.UTC(2026, 11, 3));
  assert.equal(inferYear(14, 11, "Министр заявил в четверг, 14 ноября 2024 года, что поставки начнутся.", null, ingested), 2024);
  assert.equal(inferYear(9, 3, "The minister said on Monday, March 9, 2020, that the jets had arrived.", null, ingested), 2020);
  // 14 November 2029 is a Wednesday, but it lies after the ingestion: only 13 November 2024's next day fits.
  assert.equal(inferYear(14, 11, "В среду министр сообщил о поставках. Контракт подписан 13 ноября 2024 года.", null, ingested), 2024);
  assert.equal(inferYear(18, 6, "The minister said on Tuesday that the contract was signed.", 2024, new Date(Date.UTC(2024, 5, 1))), null);
});

test("a date stated after the ingestion is no publication date", () => {
  const ingested = new Date(Date.UTC(2022, 0, 10));
  const date = findPublishedAt(["Published 12 March 2023"], null, "Chile bought frigates.", {}, "en", ingested);
  assert.deepEqual(date, { date: null, precision: "UNKNOWN" });
  assert.deepEqual(findPublishedAt(["Опубликовано 12 марта 2021"], null, "Чили купила фрегаты.", {}, "ru", ingested), { date: "2021-03-12", precision: "DAY" });
});
