import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage } from "../../../src/extract/clean/clean-page";
import { longPage, readPage } from "../../fixtures/pages/read-page";

const paragraphs = (body: string) => body.split("\n\n");

test("English page: menus, share bar, captions, related stories and comments stay out of the body", () => {
  const page = cleanPage(readPage("en-news-with-comments.txt"), "text");
  assert.equal(page.title, "Armenia Signs Radar Deal With France");
  assert.deepEqual(paragraphs(page.body), [
    "Armenia has signed a contract with France for three Ground Master 200 air defence radars, the Armenian Defense Ministry said on Thursday.",
    "“This contract strengthens our air defence and diversifies our suppliers,” Defense Minister Suren Papikyan told reporters in Paris after the signing ceremony.",
    "“We will not wait,” he said.",
    "The French side did not disclose the value of the deal, but officials in Yerevan said the first radar would arrive before the end of the year. Armenia has bought most of its weapons from Russia since the 1990s.",
    "Radars and rifles",
    "Papikyan added that talks on further purchases, including night-vision equipment, were continuing with several European governments.",
  ]);
  for (const leak of ["Nikol Pashinyan", "Finally someone", "Share on", "Photo:", "visits a radar unit", "Read also", "Azerbaijan protests", "Officials from both countries", "Home", "© 2024"]) {
    assert.ok(!page.body.includes(leak), `body leaks «${leak}»`);
  }
});

test("English page: header keeps masthead, byline, dates, dateline and copyright for metadata", () => {
  const page = cleanPage(readPage("en-news-with-comments.txt"), "text");
  for (const line of ["Thursday, November 7, 2024", "Caucasus Tribune", "By Anna Petrosyan and Staff Reporter", "March 3, 2022", "YEREVAN (Caucasus Wire) —", "© 2024 Caucasus Tribune. All rights reserved."]) {
    assert.ok(page.header.includes(line), `header misses «${line}»`);
  }
  assert.ok(!page.header.some((l) => l.includes("says:")));
});

test("Russian page: tickers, ad script, glued teasers, read-also and tags are dropped; a one-line quote paragraph is kept", () => {
  const page = cleanPage(readPage("ru-news-with-ticker.txt"), "text");
  assert.equal(page.title, "Армения получит от России новые радиолокационные станции");
  assert.deepEqual(paragraphs(page.body), [
    "Армения получит от России новые радиолокационные станции, сообщил во вторник журналистам министр обороны республики. Поставки предусмотрены контрактом, подписанным в прошлом году.",
    "По словам министра, первые станции прибудут в Ереван летом. \"Мы выполним все обязательства перед союзником\", - добавил он.",
    "\"Это важный шаг\".",
    "В 2020 году Армения уже получала от России зенитные ракетные комплексы. К 2030 году стороны планируют полностью обновить систему противовоздушной обороны республики.",
  ]);
  for (const leak of ["ЦБ", "window.", "Экономика, 14:05", "Эксперт назвал", "Франция", "Теги", "Нефть", "Обновлено"]) {
    assert.ok(!page.body.includes(leak), `body leaks «${leak}»`);
  }
  assert.ok(page.header.includes("МОСКВА, 12 марта. /ТАСС/."));
});

test("Russian page: a reader comment after «Комментарии (3)» never reaches the body", () => {
  const page = cleanPage(readPage("ru-news-published-line.txt"), "text");
  assert.equal(page.title, "Азербайджан закупит у Белоруссии комплексы РЭБ");
  assert.equal(paragraphs(page.body).length, 2);
  assert.ok(!page.body.includes("Армен Саркисян"));
  assert.ok(!page.body.includes("Это ошибка"));
  assert.ok(page.header.includes("Опубликовано 16 июня 2016"));
});

test("a repeated photo caption, with and without its credit, is dropped wherever it appears", () => {
  const caption = "President Ilham Aliyev (L) inspects a rocket system deployed in Nakhichevan, 7Apr2014.";
  const raw = [
    "Azerbaijan Seeks More Arms",
    caption,
    caption,
    "Azerbaijan wants to buy more weapons and is now negotiating with its suppliers for that purpose, the president said on Thursday.",
    "The minister visits a plant near Baku",
    "The minister visits a plant near Baku (Фото: Иван Иванов / ТАСС)",
    "The talks will continue next month in Moscow, where both delegations are expected to sign a new agreement on maintenance.",
  ].join("\n\n");
  const page = cleanPage(raw, "text");
  assert.equal(page.title, "Azerbaijan Seeks More Arms");
  assert.equal(paragraphs(page.body).length, 2);
  assert.ok(!page.body.includes("inspects") && !page.body.includes("visits a plant"));
});

test("the breadcrumb-repeated headline wins over a nearer byline-like line", () => {
  const raw = [
    "SITE – Strategic Research Centre",
    "1. Home",
    "2. Russia, Azerbaijan Discuss Cooperation",
    "Russia, Azerbaijan Discuss Cooperation",
    "Ani Hakobyan Ani Hakobyan - 5 min read",
    "Russian and Azerbaijani defence ministers discussed military cooperation during a visit to Baku, according to media reports in both countries.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.equal(page.title, "Russia, Azerbaijan Discuss Cooperation");
  assert.ok(page.body.startsWith("Russian and Azerbaijani defence ministers"));
});

test("a signature after the last paragraph moves to the header as a byline", () => {
  const raw = "A Headline About Talks\n\nThe two ministers met in Baku on Monday and agreed to continue the talks on maintenance contracts next month. Lusine Musayelian\n";
  const page = cleanPage(raw, "text");
  assert.ok(page.body.endsWith("next month."));
  assert.ok(page.header.includes("by Lusine Musayelian"));
});

test("an inline 'Most read' widget inside the article is skipped and the article goes on; the related list at the end closes it", () => {
  const raw = [
    "Drone Deal Signed",
    "Azerbaijan signed a contract for new reconnaissance drones with a Turkish producer on Tuesday, the defence ministry said.",
    "Most Read",
    "Oil prices fall again",
    "New bridge opens in the capital",
    "The ministry said the first drones would arrive next year and that crews were already training in Turkey.",
    "Officials did not disclose the value of the contract, but analysts estimated it at several hundred million dollars.",
    "Related Stories",
    "Armenia buys radars from France",
    "Officials from both countries met in Paris to discuss closer military cooperation and training programmes for officers.",
    "3 days ago",
  ].join("\n");
  const body = cleanPage(raw, "text").body;
  assert.equal(body.split("\n\n").length, 3);
  assert.ok(body.includes("crews were already training") && body.includes("several hundred million"));
  assert.ok(!body.includes("Oil prices") && !body.includes("Officials from both countries"));
});

test("a long unpunctuated standfirst under the headline is not taken for the headline", () => {
  const raw = [
    "Belarus Supplied Arms to Azerbaijan",
    "Confidential documents show that Minsk modernised artillery and delivered electronic warfare equipment to Baku before the war of 2020",
    "Belarus supplied advanced weapons to Azerbaijan, the newspaper reported, citing more than a dozen confidential letters and export passports.",
  ].join("\n\n");
  assert.equal(cleanPage(raw, "text").title, "Belarus Supplied Arms to Azerbaijan");
});

test("a teaser headline of another story between two paragraphs is dropped; a short intertitle is kept", () => {
  const paragraph = (n: number) => `Paragraph ${n} of the article explains what the ministers agreed on and when the next meeting of the commission will take place.`;
  const raw = [paragraph(1), "Pashinyan refused to visit Minsk while Lukashenko stays in power", paragraph(2), "What comes next", paragraph(3)].join("\n\n");
  const body = cleanPage(raw, "text").body;
  assert.ok(!body.includes("Pashinyan"));
  assert.ok(body.includes("What comes next"));
});

test("a 'Source:' credit after the article goes to the header, not the body", () => {
  const raw = "Talks In Baku\n\nThe two ministers met in Baku on Monday and agreed to continue the talks on maintenance contracts next month.\n\nИсточник: ТАСС\n";
  const page = cleanPage(raw, "text");
  assert.ok(!page.body.includes("Источник"));
  assert.ok(page.header.includes("Источник: ТАСС"));
});

test("hard-wrapped paragraphs are joined back before the line rules run; the dateline still moves to the header", () => {
  const raw = [
    "Agency Wire",
    "",
    "YEREVAN, June 15. /ARKA/. Armenia will buy new air defence systems from",
    "India, the defence ministry said on Wednesday, adding that the contract",
    "was signed in New Delhi last week.",
    "",
    "The ministry did not disclose the value of the deal. Armenia bought",
    "rocket launchers from India in 2022.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.deepEqual(page.body.split("\n\n"), [
    "Armenia will buy new air defence systems from India, the defence ministry said on Wednesday, adding that the contract was signed in New Delhi last week.",
    "The ministry did not disclose the value of the deal. Armenia bought rocket launchers from India in 2022.",
  ]);
  assert.ok(page.header.includes("YEREVAN, June 15. /ARKA/."));
});

test("a lone site tagline above the navigation is not the start of the article", () => {
  const raw = [
    "The independent voice of the South Caucasus, reporting on politics and security since 1998.",
    "Home", "Politics", "Economy", "Society", "Culture", "Sport", "Opinion", "Video",
    "Drone Deal Signed",
    "Azerbaijan signed a contract for new reconnaissance drones with a Turkish producer on Tuesday, the defence ministry said.",
    "The ministry said the first drones would arrive next year and that crews were already training in Turkey.",
  ].join("\n");
  const page = cleanPage(raw, "text");
  assert.equal(page.title, "Drone Deal Signed");
  assert.ok(page.body.startsWith("Azerbaijan signed a contract"));
});

test("reader comments without a section heading ('Name' / '3 years ago' / text) end the article", () => {
  const raw = [
    "Drone Deal Signed",
    "Azerbaijan signed a contract for new reconnaissance drones with a Turkish producer on Tuesday, the defence ministry said.",
    "The ministry said the first drones would arrive next year and that crews were already training in Turkey.",
    "Armen Sarkisian",
    "3 years ago",
    "This deal shows that the government in Baku is preparing for another war and the world does nothing about it.",
    "Vardan • 2 years ago",
    "Nobody in Yerevan seems to care about these drones, which is the real scandal of this whole story.",
  ].join("\n");
  const body = cleanPage(raw, "text").body;
  assert.equal(body.split("\n\n").length, 2);
  assert.ok(!body.includes("Armen Sarkisian") && !body.includes("preparing for another war") && !body.includes("Nobody in Yerevan"));
});

test("a byline with a relative time under the standfirst does not end the article", () => {
  const raw = [
    "Drone Deal Signed",
    "Azerbaijan has signed a contract for new reconnaissance drones, officials in Baku and Ankara confirmed on Tuesday.",
    "John Smith",
    "2 hours ago",
    "The ministry said the first drones would arrive next year and that crews were already training in Turkey.",
    "Officials did not disclose the value of the contract, but analysts estimated it at several hundred million dollars.",
  ].join("\n");
  const body = cleanPage(raw, "text").body;
  assert.equal(body.split("\n\n").length, 3);
});

test("a page without prose gives an empty body and no exception", () => {
  const page = cleanPage("Home\nNews\nContact\n", "text");
  assert.equal(page.body, "");
});

test("cleaning a 13 KB page takes a few milliseconds (printed, not asserted)", () => {
  const raw = longPage();
  for (let i = 0; i < 10; i++) cleanPage(raw, "text");
  const start = performance.now();
  const runs = 20;
  for (let i = 0; i < runs; i++) cleanPage(raw, "text");
  console.log(`clean: ${((performance.now() - start) / runs).toFixed(2)} ms for ${(raw.length / 1024).toFixed(1)} KB`);
});

test("a sentence broken over two lines after a comma is one paragraph again: «…», ¶ приводит слова …", () => {
  const raw = [
    "Перу получит фрегаты",
    "Два фрегата будут доставлены в Перу в июле, заявил министр обороны страны Хуан Перес.",
    "«Первый корабль придет в порт Кальяо утром»,",
    "приводит слова министра агентство Андина.",
    "Контракт был подписан в 2022 году.",
  ].join("\n");
  const body = cleanPage(raw, "text").body;
  assert.match(body, /«Первый корабль придет в порт Кальяо утром», приводит слова министра агентство Андина\./);
});

test("A labelled 'Source: X citing Y' line inside the article stays in the body, where it names the report's relay", () => {
  const page = cleanPage(
    "Chile has received a second frigate from the Netherlands, the navy said on Monday.\n\nSource: Chilean Navy citing Admiral Juan Perez on Telegram, as reported by Radio Valparaiso\n\n" +
      "Details: Admiral Perez said that the frigate had arrived in Valparaiso after a crossing of three weeks.\n\n“The crew is ready,” Perez said.",
    "text",
  );
  assert.ok(page.body.includes("Source: Chilean Navy citing Admiral Juan Perez"), page.body);
});
