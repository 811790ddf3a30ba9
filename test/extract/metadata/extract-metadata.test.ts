import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";
import { extractMetadata } from "../../../src/extract/metadata/extract-metadata";
import { copyrightOwner } from "../../../src/extract/metadata/find-outlet";
import type { CleanedPage } from "../../../src/extract/types";
import { fakeKnowledgeBase } from "../../fixtures/pages/fake-knowledge-base";
import { longPage, readPage } from "../../fixtures/pages/read-page";

const kb = fakeKnowledgeBase();

/** Cleans an invented page and reads its metadata, without hints. */
function metadataOf(name: string, format: "text" | "html" = "text") {
  const raw = readPage(name);
  return extractMetadata(cleanPage(raw, format), raw, {}, kb);
}

test("English page: byline date under the headline wins over the site header's date; copyright names the publisher", () => {
  const meta = metadataOf("en-news-with-comments.txt");
  assert.equal(meta.title, "Armenia Signs Radar Deal With France");
  assert.equal(meta.language, "en");
  assert.deepEqual(meta.publishedAt, { date: "2022-03-03", precision: "DAY" });
  assert.deepEqual(meta.outlet, { kbId: "caucasus-tribune", name: "Caucasus Tribune", kind: "MEDIA" });
  assert.deepEqual(meta.sourceAgency, { kbId: null, name: "Caucasus Wire", kind: "MEDIA" });
  assert.deepEqual(meta.authors, ["Anna Petrosyan"]);
  assert.equal(meta.url, null);
});

test("Russian page with a dateline without year: the agency is the outlet and the year comes from weekday and past years", () => {
  const meta = metadataOf("ru-news-with-ticker.txt");
  assert.equal(meta.language, "ru");
  assert.deepEqual(meta.outlet, { kbId: "tass", name: "TASS", kind: "MEDIA" });
  assert.equal(meta.sourceAgency, null);
  assert.deepEqual(meta.publishedAt, { date: "2024-03-12", precision: "DAY" });
});

test("Russian page: «Опубликовано 16 июня 2016», «Автор:» byline, copyright owner unknown to the knowledge base", () => {
  const meta = metadataOf("ru-news-published-line.txt");
  assert.deepEqual(meta.publishedAt, { date: "2016-06-16", precision: "DAY" });
  assert.deepEqual(meta.authors, ["Ирина Соколова"]);
  assert.deepEqual(meta.outlet, { kbId: null, name: "Кавказский вестник", kind: "MEDIA" });
});

test("HTML page: site name, published time and author from meta tags", () => {
  const meta = metadataOf("en-article.html", "html");
  assert.equal(meta.title, "Kazakhstan Orders Transport Aircraft");
  assert.deepEqual(meta.outlet, { kbId: null, name: "Steppe Herald", kind: "MEDIA" });
  assert.deepEqual(meta.publishedAt, { date: "2019-09-15", precision: "DAY" });
  assert.deepEqual(meta.authors, ["Daniyar Sultanov"]);
});

test("hints win: title, outlet looked up by name, date with its precision, language, url", () => {
  const raw = readPage("en-news-with-comments.txt");
  const meta = extractMetadata(cleanPage(raw, "text"), raw, { title: "Given Title", outlet: "Interfax", publishedAt: "2022-03", language: "EN-us", url: "https://example.org/a" }, kb);
  assert.equal(meta.title, "Given Title");
  assert.deepEqual(meta.outlet, { kbId: "interfax", name: "Interfax", kind: "MEDIA" });
  assert.deepEqual(meta.publishedAt, { date: "2022-03-01", precision: "MONTH" });
  assert.equal(meta.language, "en");
  assert.equal(meta.url, "https://example.org/a");
});

test("an outlet hint may be a knowledge-base id; a three-letter language hint is normalised", () => {
  const page: CleanedPage = { title: "T", body: "Some text about arms.", header: [] };
  const meta = extractMetadata(page, "", { outlet: "tass", language: "rus" }, kb);
  assert.deepEqual(meta.outlet, { kbId: "tass", name: "TASS", kind: "MEDIA" });
  assert.equal(meta.language, "ru");
});

test("an outlet hint the knowledge base does not know becomes an unknown MEDIA actor; a state name is not an outlet", () => {
  const page: CleanedPage = { title: "T", body: "Some text about arms.", header: ["Armenia"] };
  assert.deepEqual(extractMetadata(page, "", { outlet: "Hetq" }, kb).outlet, { kbId: null, name: "Hetq", kind: "MEDIA" });
  assert.equal(extractMetadata(page, "", {}, kb).outlet, null);
});

test("generic credits are not authors; a doubled avatar name is", () => {
  const page: CleanedPage = { title: null, body: "Text.", header: ["by Contributor", "Asbarez Staff", "Hasan Oktay Hasan Oktay - - 7 dk okuma süresi", "Автор: Редакция"] };
  assert.deepEqual(extractMetadata(page, "", {}, kb).authors, ["Hasan Oktay"]);
});

test("a domain masthead names the publisher without its suffix; a dated agency credit stays the source", () => {
  const page: CleanedPage = { title: "Ministers Meet", body: "Risking fresh criticism, the minister praised ties.", header: ["Sunday, March 26, 2023", "Armnews.am", "Ministers Meet", "June 15, 2016", "MOSCOW (RFE/RL) —"] };
  const meta = extractMetadata(page, "", {}, kb);
  assert.deepEqual(meta.outlet, { kbId: null, name: "Armnews", kind: "MEDIA" });
  assert.equal(meta.sourceAgency?.name, "RFE/RL");
  assert.deepEqual(meta.publishedAt, { date: "2016-06-15", precision: "DAY" });
});

test("a site header's today's date far above the headline is not the publication date", () => {
  const page: CleanedPage = { title: "Ministers Meet", body: "The minister praised ties.", header: ["Sunday, March 26, 2023", "Site News", "Menu", "Ministers Meet"] };
  assert.deepEqual(extractMetadata(page, "", {}, kb).publishedAt, { date: null, precision: "UNKNOWN" });
});

test("without a headline, the date nearest the body is taken, not the site header's", () => {
  const page: CleanedPage = { title: null, body: "The minister praised ties.", header: ["Sunday, March 26, 2023", "Site News", "June 15, 2016"] };
  assert.deepEqual(extractMetadata(page, "", {}, kb).publishedAt, { date: "2016-06-15", precision: "DAY" });
});

test("a 'Source:' credit names the agency; with no publisher mark the agency is the outlet", () => {
  const page: CleanedPage = { title: "T", body: "The minister praised ties.", header: ["T", "Источник: ТАСС"] };
  const meta = extractMetadata(page, "", {}, kb);
  assert.deepEqual(meta.outlet, { kbId: "tass", name: "TASS", kind: "MEDIA" });
});

test("a rubric-and-time line with a numeric date right above the headline dates the page", () => {
  const page: CleanedPage = { title: "Pashinyan: Russia Did Not Deliver", body: "The prime minister said so.", header: ["NEWS.am", "Politics", "Politics 15:42 15/09/2020", "Pashinyan: Russia Did Not Deliver"] };
  assert.deepEqual(extractMetadata(page, "", {}, kb).publishedAt, { date: "2020-09-15", precision: "DAY" });
});

test("clean + metadata on a 13 KB page takes a few milliseconds (printed, not asserted)", () => {
  const raw = longPage();
  for (let i = 0; i < 10; i++) extractMetadata(cleanPage(raw, "text"), raw, {}, kb);
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i++) extractMetadata(cleanPage(raw, "text"), raw, {}, kb);
  console.log(`clean+metadata: ${((performance.now() - start) / runs).toFixed(2)} ms for ${(raw.length / 1024).toFixed(1)} KB`);
});

test("a 'Published: … | Updated: …' line under the headline is the date, never the title; 'Войти | Регистрация' names no outlet", () => {
  const raw = [
    "NEWS  SPORT  BUSINESS  OPINION",
    "Peru, Chile sign $1.2 billion frigate deal",
    "Published: Tuesday, September 17, 2024 - 08:12 | Updated: 09:40",
    "By Staff Writer",
    "",
    "LIMA: Peru has signed a $1.2 billion agreement with Chile to buy two frigates, the ministry said in a statement on Monday, and the first ship is expected to be delivered in 2027 according to a timetable the navy published.",
    "",
    "The frigates will replace two ships built in the 1970s, which the navy says are too costly to keep at sea, and the contract includes training for crews in Valparaiso.",
  ].join("\n");
  const meta = extractMetadata(cleanPage(raw, "text"), raw, {}, kb);
  assert.equal(meta.title, "Peru, Chile sign $1.2 billion frigate deal");
  assert.deepEqual(meta.publishedAt, { date: "2024-09-17", precision: "DAY" });
  const login = ["Войти | Регистрация", "", "Перу получит два фрегата", "", "12 февраля 2025", "", "Перу получит два фрегата до конца года, сообщил источник в военно-дипломатических кругах, знакомый с ходом переговоров о контракте."].join("\n");
  assert.equal(extractMetadata(cleanPage(login, "text"), login, {}, kb).outlet, null);
});

test("a newspaper's name above the headline ('The Andes Chronicle') is the outlet; a date line with a time zone ('10.30 BST') is the date, not the title", () => {
  const raw = [
    "The Andes Chronicle",
    "Peru approves sale of frigates to Chile",
    "Friday 12 July 2024 10.30 BST",
    "",
    "Peru has approved the sale of two frigates to Chile in a deal worth $600m, the defence minister, Pablo Arancibia, told lawmakers on Thursday, in a session that lasted more than four hours.",
    "",
    "The frigates were built in the 1990s and have been kept in reserve since 2019, when the navy received new ships from a shipyard in Callao, the ministry said in a written answer.",
  ].join("\n");
  const meta = extractMetadata(cleanPage(raw, "text"), raw, {}, kb);
  assert.equal(meta.title, "Peru approves sale of frigates to Chile");
  assert.deepEqual(meta.publishedAt, { date: "2024-07-12", precision: "DAY" });
  assert.equal(meta.outlet?.name, "The Andes Chronicle");
});

test("the copyright owner after '© Copyright 2017' is the publisher's name alone", () => {
  assert.equal(copyrightOwner("© Copyright 2017 Andes Wire. All rights reserved."), "Andes Wire");
  assert.equal(copyrightOwner("Copyright © 2024 Andes Herald"), "Andes Herald");
  assert.equal(copyrightOwner("© 2021 Asbarez | All Rights Reserved"), "Asbarez");
});

test("a section breadcrumb ('Defense | Asia-Pacific') names no outlet; 'Updated 3:45 p.m. PHT, February 20, 2021' is the date line", () => {
  const raw = [
    "Defense | Asia-Pacific",
    "Peruvian Navy receives second frigate from South Korea",
    "By Miguel Santos, Staff Reporter",
    "Updated 3:45 p.m. PHT, February 20, 2021",
    "",
    "The Peruvian Navy on Saturday formally received its second frigate, built by a South Korean shipyard under a contract signed in 2016, the navy said in a statement issued in Lima.",
    "",
    "Navy chief Admiral Luis Polar told reporters the ship would significantly boost the navy's anti-submarine warfare capability in the Pacific.",
  ].join("\n");
  const meta = extractMetadata(cleanPage(raw, "text"), raw, {}, kb);
  assert.equal(meta.title, "Peruvian Navy receives second frigate from South Korea");
  assert.deepEqual(meta.publishedAt, { date: "2021-02-20", precision: "DAY" });
  assert.equal(meta.outlet, null);
});

test("date lines: 'Posted : 2024-12-02 16:41' under the headline, and 'New Delhi, Sep 9, 2024 (PTI)' is a date line, not the headline", () => {
  const posted = "Korea Defence Times\nPoland signs second howitzer contract\nPosted : 2024-12-02 16:41\nUpdated : 2024-12-03 09:12\n\n" +
    "Poland's Armament Agency signed a contract with a Korean company on Monday for 152 self-propelled howitzers, the second deal under a framework agreement.\n\n" +
    "Deliveries are scheduled for 2025 to 2027, the company said in a statement issued after the ceremony in Warsaw.";
  const first = extractMetadata(cleanPage(posted, "text"), posted, {}, kb);
  assert.equal(first.publishedAt.date, "2024-12-02");
  const dateline = "The Defence Review\nMinistry inks contract for aero-engines\nNew Delhi, Sep 9, 2024 (PTI)\n\n" +
    "The Ministry of Defence on Monday signed a contract with a state-owned company for 240 aero-engines for its fighter fleet.\n\n" +
    "The engines will be manufactured at the company's plant under licence, officials said after the signing on Monday.";
  const second = extractMetadata(cleanPage(dateline, "text"), dateline, {}, kb);
  assert.equal(second.title, "Ministry inks contract for aero-engines");
  assert.equal(second.publishedAt.date, "2024-09-09");
});

test("date lines with an ordinal day or beside a byline; mastheads with a country, or a one-word name over its tagline", () => {
  const body = "\n\nThe ministry signed a contract on Tuesday to buy 24 used fighter jets from a European air force for about $300 million.\n\n" +
    "The first six aircraft are expected to arrive by the end of the year, the minister told reporters after the ceremony.";
  const ordinal = "MercoPress\nSouth Atlantic News Agency\nMinistry signs deal for fighters\nTuesday, April 16th 2024 - 10:52 UTC" + body;
  const first = extractMetadata(cleanPage(ordinal, "text"), ordinal, {}, kb);
  assert.equal(first.title, "Ministry signs deal for fighters");
  assert.equal(first.publishedAt.date, "2024-04-16");
  assert.equal(first.outlet?.name, "MercoPress");
  const byline = "Premium Times Nigeria\nHome › News › East Africa\nMinistry takes delivery of drones\nPublished on 18 November 2024 | By ADF Staff" + body;
  const second = extractMetadata(cleanPage(byline, "text"), byline, {}, kb);
  assert.equal(second.title, "Ministry takes delivery of drones");
  assert.equal(second.publishedAt.date, "2024-11-18");
  assert.equal(second.outlet?.name, "Premium Times Nigeria");
});

test("a date line with a relative update time ('Published June 7, 2025 Updated a day ago') and a bare byline name above it are neither the headline", () => {
  const page = "Dawn\nHome | Pakistan | World | Business\nPakistan to acquire stealth fighters from China, says minister\nBaqir Sajjad Syed\n" +
    "Published June 7, 2025 Updated a day ago\n\n" +
    "ISLAMABAD: Pakistan will acquire 40 stealth fighter jets from China, the defence minister said on Friday in a television interview.\n\n" +
    "The first batch was expected to arrive within this year, the minister added, without giving a value for the deal.";
  const meta = extractMetadata(cleanPage(page, "text"), page, {}, kb);
  assert.equal(meta.title, "Pakistan to acquire stealth fighters from China, says minister");
  assert.equal(meta.publishedAt.date, "2025-06-07");
});

test("a headline in title case right above the date keeps its line: only under a sentence-case headline is a bare name a byline", () => {
  const page = "The Defence Courier\nPoland Buys Korean Tanks\nMarch 4, 2024\n\n" +
    "Poland signed a contract on Monday to buy 180 tanks from a South Korean company, the ministry said in a statement.\n\n" +
    "Deliveries are scheduled to begin next year, the ministry added, without giving a value for the contract.";
  assert.equal(extractMetadata(cleanPage(page, "text"), page, {}, kb).title, "Poland Buys Korean Tanks");
});

test("a menu line of items between bars is no headline; a three-word headline with a quotation heads its standfirst", () => {
  const menu = "TASS\nRussian Politics & Diplomacy | World | Business & Economy | Military & Defense\n" +
    "MOSCOW, March 5. /TASS/. Russia has completed deliveries of air defense systems to India under the 2018 contract, an official told TASS on Tuesday.\n\n" +
    "All five regimental sets have been handed over to the Indian side in full, the official said.";
  assert.equal(extractMetadata(cleanPage(menu, "text"), menu, {}, kb).title, null);
  const standfirst = "Коммерсантъ\nПолитика Экономика Мир\nАлжир заказал «Сушки»\nМосква и Алжир подписали контракт на поставку 14 истребителей Су-35\n10.02.2021, 00:05\n\n" +
    "Как стало известно редакции, Россия и Алжир подписали контракт на поставку 14 многофункциональных истребителей Су-35.\n\n" +
    "Стоимость сделки превышает один миллиард долларов, сообщил источник, близкий к ведомству.";
  assert.equal(extractMetadata(cleanPage(standfirst, "text"), standfirst, {}, kb).title, "Алжир заказал «Сушки»");
});

test("a group that owns the title ('© 2024 Sightline Media Group') yields to the masthead the page shows; a plain owner is the outlet", () => {
  const body = "\n\nWASHINGTON — The State Department has approved a possible sale of 250 missiles to Saudi Arabia, the agency announced Tuesday.\n\n" +
    "Congress has 30 days to review the notification, officials said after the announcement on Capitol Hill.\n";
  const grouped = "Defense News\nAir | Land | Naval | Space\nState Department clears sale of missiles to Saudi Arabia\nTuesday, Oct 15, 2024" + body + "© 2024 Sightline Media Group";
  assert.equal(extractMetadata(cleanPage(grouped, "text"), grouped, {}, kb).outlet?.name, "Defense News");
  const owned = "Defense News\nAir | Land | Naval | Space\nState Department clears sale of missiles to Saudi Arabia\nTuesday, Oct 15, 2024" + body + "© 2024 Gulf Chronicle";
  assert.equal(extractMetadata(cleanPage(owned, "text"), owned, {}, kb).outlet?.name, "Gulf Chronicle");
});

test("a date line opened by a place in capitals without a comma ('ISTANBUL Jun 11, 2025 - 5:21 pm GMT+3') is the date, not the headline", () => {
  const page = "Daily Sabah\nTürkiye | Politics | Diplomacy | Defense\nIndonesia orders 48 fighter jets from Türkiye in landmark deal\n\nby DAILY SABAH WITH AA\nISTANBUL Jun 11, 2025 - 5:21 pm GMT+3\n\n" +
    "Indonesia has signed a contract to buy 48 fifth-generation fighter jets from Türkiye, officials said on Wednesday at a defense fair.\n\n" +
    "Deliveries would take place over ten years, the Indonesian defense minister told reporters after the ceremony.";
  const meta = extractMetadata(cleanPage(page, "text"), page, {}, kb);
  assert.equal(meta.title, "Indonesia orders 48 fighter jets from Türkiye in landmark deal");
  assert.equal(meta.publishedAt.date, "2025-06-11");
});

test("'Published time: 14 Apr, 2025 11:02' is a date line", () => {
  const page = "RT\nNews | Russia | World | Business\nEgypt denies plans to buy Chinese jets\nPublished time: 14 Apr, 2025 11:02\n\n" +
    "Cairo has not signed any agreement to purchase Chinese fighter jets, an Egyptian military source told a television channel on Monday.\n\n" +
    "Several Western outlets had claimed last week that Egypt was close to a deal for 40 of the aircraft, citing unnamed officials.";
  const meta = extractMetadata(cleanPage(page, "text"), page, {}, kb);
  assert.equal(meta.title, "Egypt denies plans to buy Chinese jets");
  assert.equal(meta.publishedAt.date, "2025-04-14");
});

test("a date line whose parts the markup glued ('March 4, 20254:47 PM GMT+4Updated ago') is the date, not the headline", () => {
  const page = "Reuters\nWorld | Business | Markets\nExclusive: Saudi Arabia in talks to buy Chinese jets, sources say\nBy Mike Stone and Phil Stewart\nMarch 4, 20254:47 PM GMT+4Updated ago\n\n" +
    "WASHINGTON, March 4 (Reuters) - Saudi Arabia is in advanced talks with China to buy fighter jets, three people familiar with the matter told Reuters.\n\n" +
    "The talks have gained pace since January, one of the people said, speaking on condition of anonymity.";
  const meta = extractMetadata(cleanPage(page, "text"), page, {}, kb);
  assert.equal(meta.title, "Exclusive: Saudi Arabia in talks to buy Chinese jets, sources say");
  assert.equal(meta.publishedAt.date, "2025-03-04");
});

test("a date line under a standfirst the body starts with ('Published On 14 Jul 2025') is still the page's date", () => {
  const page = "Al Jazeera\nNews | Middle East | Opinion\nEgypt turns to China for fighter jets as US arms curbs bite\n" +
    "Cairo is said to have ordered J-10C jets after years of frustration with Washington.\nBy Staff writers\nPublished On 14 Jul 2025\n\n" +
    "Egypt has agreed to buy Chinese J-10C fighter jets, according to two Egyptian military sources, in a move analysts say reflects frustration.\n\n" +
    "The sources, who spoke on condition of anonymity, said the first aircraft could arrive before the end of the year.";
  const meta = extractMetadata(cleanPage(page, "text"), page, {}, kb);
  assert.equal(meta.publishedAt.date, "2025-07-14");
});
