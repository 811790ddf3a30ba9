import { test } from "node:test";
import assert from "node:assert/strict";
import {
  isMenuLine,
  isCommentItemLine,
  isCommentSectionMarker,
  isPhotoCaption,
  isRubricTimeTeaser,
  isScriptLike,
  isSectionEndMarker,
  isSiteNotice,
  isTickerLike,
  isTimeOrCounter,
  isUiControl,
} from "../../../src/extract/clean/furniture";
import { classifyLine } from "../../../src/extract/clean/classify-lines";

test("tickers, scripts and glued teasers are recognised; prose with numbers is not", () => {
  assert.ok(isTickerLike("EUR ЦБ: 103,25 (+1,21)"));
  assert.ok(isTickerLike("USD 92.70 ▲0.4%"));
  assert.ok(!isTickerLike("Russia sold weapons worth $4 billion in 2010-2011."));
  assert.ok(isScriptLike("window.yaContextCb.push( function () { Ya.adfoxCode.createAdaptive({ ownerId: 1 }); });"));
  assert.ok(!isScriptLike("The president said the function of the new agency (created in 2019) is to push exports."));
  assert.ok(isRubricTimeTeaser("Украинцы начали скупать недвижимость в ФинляндииПолитика, 20:36"));
  assert.ok(isRubricTimeTeaser("Инвестиции, 17:32"));
  assert.ok(!isRubricTimeTeaser("Talks ended at 20:36, the ministry said."));
});

test("counters, relative times and buttons are furniture", () => {
  for (const line of ["13", "284 0", "7 years ago", "5 минут назад", "Обновлено в 14:36", "7 dk okuma süresi"]) assert.ok(isTimeOrCounter(line), line);
  for (const line of ["Share on Facebook", "Поделиться", "Перейти к основному контенту", "No Result", "View All Result", "Facebook Twitter Telegram"]) assert.ok(isUiControl(line), line);
  assert.ok(!isTimeOrCounter("15.09.2020"));
});

test("captions: credits, position markers and compact dates", () => {
  assert.ok(isPhotoCaption("Ильхам Алиев и Александр Лукашенко (Фото: Павел Бедняков / ТАСС)"));
  assert.ok(isPhotoCaption("Фото:Алексей Куденко / РИА Новости"));
  assert.ok(isPhotoCaption("Defense Minister Suren Papikyan (R) meets his counterpart in Paris"));
  assert.ok(!isPhotoCaption("“We will not wait,” he said (in remarks to reporters)."));
});

test("comment and end-of-article markers in several languages", () => {
  for (const line of ["Comments 13", "12 Comments", "Leave a Reply", "Leave a Reply to Art Napetian Cancel reply", "Комментарии (3)", "Оставить комментарий", "Bir cevap yazın", "Yorumlar", "Kommentare", "Your email address will not be published. Required fields are marked *"]) {
    assert.ok(isCommentSectionMarker(line), line);
  }
  assert.ok(isCommentItemLine("  3. jOE says:"));
  assert.ok(isCommentItemLine("Reply"));
  assert.ok(isCommentItemLine("Vardan • 2 years ago"));
  assert.ok(!isCommentItemLine("Moscow - 2 years ago the ministry said"));
  for (const line of ["Related Stories", "Recommended", "Next Post", "Авторы", "Теги", "Лента новостей", "İlgili Yazılar", "Tags:"]) assert.ok(isSectionEndMarker(line), line);
  assert.ok(!isCommentSectionMarker("The comments by the minister angered Baku."));
  assert.ok(!isSectionEndMarker("Related talks will take place in Moscow."));
});

test("site notices and promotions are recognised; prose mentioning subscribers is not", () => {
  for (const line of [
    "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
    "Если вы заметили ошибку, выделите текст и нажмите Ctrl+Enter.",
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Follow us on Twitter for the latest news.",
  ]) {
    assert.ok(isSiteNotice(line), line);
  }
  assert.ok(!isSiteNotice("The ministry said the contract would be signed next month in Moscow."));
  assert.equal(classifyLine("We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies."), "junk");
});

test("line shapes: prose, short sentence, heading", () => {
  assert.equal(classifyLine("Баку рассчитывает получить доступ к американскому вооружению, заявил президент Азербайджана Ильхам Алиев."), "good");
  assert.equal(classifyLine("“We will not wait,” he said."), "sentence");
  assert.equal(classifyLine("Armenia Signs Radar Deal With France"), "heading");
});

test("donation calls, follow-our-channel calls and the site's blurb about itself are notices, not body", () => {
  for (const line of [
    "Support NP or become our patron!",
    "For all the latest headlines follow our WhatsApp channel online or via the app.",
    "Поддержите редакцию — станьте нашим патроном!",
    "Следите за нашими новостями в Telegram.",
    "Andes Daily provides top stories and breaking news about Latin America and the world.",
  ]) assert.ok(isSiteNotice(line), line);
  for (const line of [
    "The minister said Norway would support us in the talks, and become a partner of the programme.",
    "Министр заявил, что Финляндия поддержит поставки и станет партнёром программы.",
    "Peru will follow our lead, the minister said of the frigate programme.",
  ]) assert.ok(!isSiteNotice(line), line);
});

test("menu lines: three or more short items between separators", () => {
  assert.ok(isMenuLine("Home | News | Politics"));
  assert.ok(isMenuLine("Главная › Новости › Вооружённые силы"));
  assert.ok(!isMenuLine("Andes Herald | News from Peru"));
  assert.ok(!isMenuLine("Chile buys frigates | Peru buys howitzers from South Korea | Argentina weighs an offer of used jets"));
});

test("menu lines: two controls are a menu ('Войти | Регистрация'), never a masthead", () => {
  assert.ok(isMenuLine("Войти | Регистрация"));
  assert.ok(isMenuLine("Sign in | Subscribe"));
  assert.ok(!isMenuLine("Andes Herald | Subscribe"));
});
