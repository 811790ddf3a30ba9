/**
 * Recognisers for page furniture: single lines that are never article prose, whatever the site.
 * Each rule describes a general shape (a script, a ticker, a teaser glued to its rubric and time,
 * a share button, a photo credit) or a small multilingual vocabulary of section headings
 * (comments, related stories, tags), never a string copied from one page.
 */
import { MONTHS, capitalized } from "../../language/calendar-words";

/** Strips list markers ("1.", "•", "-", "*") that scrapers leave in front of menu and list items. */
export function stripListMarker(line: string): string {
  return line.replace(/^\s*(?:\d{1,3}[.)]\s+|[•·▪►*–-]\s+)/u, "").trim();
}

/** Whether the line started with a list marker in the raw page. */
export function hasListMarker(line: string): boolean {
  return /^\s*(?:\d{1,3}[.)]\s+|[•·▪►*–-]\s+)/u.test(line);
}

/** Program code: advert loaders and tracking scripts that leaked into the text. */
export function isScriptLike(line: string): boolean {
  if (/\b(?:function\s*\(|window\.|document\.|var |const |let |=>|\.push\s*\(|setTimeout\(|getElementById|querySelector)/u.test(line)) {
    const codeChars = (line.match(/[{}();=<>[\]]/g) ?? []).length;
    return codeChars >= 4;
  }
  return /^\s*[{}[\]();]+\s*$/u.test(line) || /^<\/?[a-z][^>]*>$/iu.test(line.trim());
}

/** Currency and market tickers: "EUR ЦБ: 103,25 (+1,21)", "USD 92.70 ▲0.4%", "Brent $75.1". */
export function isTickerLike(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || !/\d/.test(t)) return false;
  if (/^(?:[A-Z]{3}|Brent|Nasdaq|Dow|S&P)\b[^\p{Ll}]{0,20}[\d.,]+\s*(?:\([+−–-]?[\d.,]+%?\)|[▲▼]\s*[\d.,]+%?)?$/u.test(t)) return true;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const digits = (t.match(/\d/g) ?? []).length;
  return t.length > 0 && t.length < 60 && digits >= 4 && digits > letters && /[+−–-]\s?\d|%/.test(t);
}

/**
 * A news-feed teaser: a headline glued to its rubric and a time ("…в ФинляндииПолитика, 20:36"),
 * or a rubric-and-time line on its own ("Инвестиции, 17:32", "Politics, 8:02 PM").
 */
export function isRubricTimeTeaser(line: string): boolean {
  const t = line.trim();
  if (!/\d:\d\d(?:\s*[AP]M)?$/iu.test(t)) return false;
  if (/^[\p{L} ]{2,25},\s*\d{1,2}:\d{2}(?:\s*[AP]M)?$/iu.test(t)) return true;
  return /[\p{Ll}\p{N}»")?!.][\p{Lu}][\p{Ll}]+(?: \p{L}+)?,\s*\d{1,2}:\d{2}(?:\s*[AP]M)?$/u.test(t);
}

const RELATIVE_TIME = /^(?:about |около )?\d+\s+\p{L}+\s+(?:ago|назад|önce|avant|hace)$/iu;

/** A relative timestamp on its own: "7 years ago", "5 минут назад". */
export function isRelativeTime(line: string): boolean {
  return RELATIVE_TIME.test(line.trim());
}

/** Timestamps and counters shown next to teasers and comments: "7 years ago", "5 минут назад", "284 0", "Обновлено в 14:36". */
export function isTimeOrCounter(line: string): boolean {
  const t = line.trim();
  if (/^[\d\s.,:/|·•-]+$/u.test(t)) return !/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(t);
  if (RELATIVE_TIME.test(t)) return true;
  if (/^(?:il y a|vor|hace)\s+\d+\s+\p{L}+$/iu.test(t)) return true;
  if (/^(?:updated|обновлено|published|опубликовано)(?: (?:at|в))? \d{1,2}:\d{2}$/iu.test(t)) return true;
  return /^\d+\s*(?:dk|min|мин)\.?\s+(?:okuma süresi|read|чтения)$/iu.test(t);
}

const UI_WORDS =
  /^(?:share(?: on \p{L}+)*|tweet|print|email|e-mail|subscribe|newsletter|sign in|sign up|log in|login|register|menu|search|close|skip to (?:main )?content|skip to navigation|accessibility links|no results?|view all results?|load more|show more|read more|continue reading|back to top|home|advertisement|ad|sponsored|like|report|нравится|пожаловаться|поделиться|подписаться|войти|регистрация|меню|поиск|закрыть|реклама|перейти к (?:основному )?(?:контенту|содержанию|содержимому)|читать далее|подробнее|показать ещё|показать еще|наверх|главная|paylaş|ara|giriş yap|abone ol|reklam|partager|imprimer|teilen|drucken|compartir|imprimir|видео недоступно[\p{L} ]*)$/iu;

/** Buttons and widgets: share links, sign-in, search, "skip to content", "No Result". */
export function isUiControl(line: string): boolean {
  const t = stripListMarker(line).replace(/[:.!]+$/u, "").trim();
  if (UI_WORDS.test(t)) return true;
  if (/^(?:share on \p{L}+\s*){2,}$/iu.test(t)) return true;
  return /^(?:facebook|twitter|x|telegram|vk|вконтакте|whatsapp|linkedin|reddit|ok|одноклассники|pinterest|instagram|youtube|rss)(?:[\s|,·/]+(?:facebook|twitter|x|telegram|vk|вконтакте|whatsapp|linkedin|reddit|ok|одноклассники|pinterest|instagram|youtube|rss))*$/iu.test(t);
}

const CREDIT_WORDS = "photo|photograph|фото|foto|fotoğraf|credit|image|picture|снимок|кадр|иллюстрация";
const CREDIT_AT_END = new RegExp(`(?:\\((?:${CREDIT_WORDS})[^)]*\\)|\\s(?:${CREDIT_WORDS})\\s*:\\s*[^.!?()]{2,60})\\s*$`, "iu");

/** Removes a trailing photo credit ("(Photo: mil.ru)", "(Фото: … / ТАСС)") from a line. */
export function stripPhotoCredit(line: string): string {
  if (!line.endsWith(")")) return line.trim();
  return line.replace(/\s*\((?:photo|photograph|фото|foto|fotoğraf|credit|image|снимок|кадр|иллюстрация)[^)]*\)\s*$/iu, "").trim();
}

/** "… 12Mar2021": a date written without spaces at the end of a caption. */
const GLUED_DATE_AT_END = new RegExp(`\\b\\d{1,2}(?:${MONTHS.enShort.map(capitalized).join("|")})\\d{4}\\.?$`, "u");

/**
 * Photo captions and credits: a line ending in a photo credit, a credit line on its own
 * ("Фото:Алексей Куденко / РИА Новости", "Getty Images"), or a picture description with a
 * position marker ("President X (L) inspects …", "(слева)").
 */
export function isPhotoCaption(line: string): boolean {
  const t = line.trim();
  if (CREDIT_AT_END.test(t) && t.length < 300) return true;
  if (/^(?:photo|фото|foto|fotoğraf|credit|источник фото)\s*:/iu.test(t)) return true;
  if (/^(?:©\s*)?(?:getty images|reuters|ap photo|afp|epa|shutterstock|ria novosti|sputnik)(?:\s*\/\s*[\p{L} .]+)*$/iu.test(t) && t.length < 60) return true;
  if (/\s\((?:L|R|C|L-R|R-L|left|right|center|centre|слева|справа|в центре|soldan|sağdan)\)\s/u.test(t) && t.length < 300 && !/[“"«]/u.test(t)) return true;
  return GLUED_DATE_AT_END.test(t);
}

/**
 * Camel-glued words ("ХроникаВоенная", "FacebookShare"): text of several links scraped without
 * spaces. A lower-case run of four letters before the capital spares names like "LinkedIn".
 */
export function hasGluedWords(line: string): boolean {
  return /\p{Ll}{4}\p{Lu}\p{Ll}{2}/u.test(line);
}

const COMMENT_SECTION =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|комментари[йяи]|отзывы|yorumlar?|kommentare?|commentaires?|comentarios?|şərhlər)(?:\s*[:(]?\s*\d+\)?)?$|^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b|^join the (?:discussion|conversation)|^(?:show|view|load|read) (?:all )?\d* ?comments|^(?:оставить|добавить|написать|оставьте) (?:комментарий|отзыв)|^обсуждение(?:\s*\(?\d+\)?)?$|^bir (?:cevap|yorum) (?:yazın|bırakın)|^yorum (?:yap|yaz)|^(?:laisser|ajouter) un commentaire|^(?:deja|dejar) un (?:comentario|respuesta)|^kommentar (?:schreiben|verfassen)|^your email address will not be published|^ваш (?:адрес )?e-?mail не будет опубликован|^e-posta (?:adresiniz|hesabınız) yayımlanmayacak/iu;

/** The heading or form that opens a reader-comment section ("Comments 13", "Leave a Reply", "Bir cevap yazın"). */
export function isCommentSectionMarker(line: string): boolean {
  return COMMENT_SECTION.test(stripListMarker(line).trim());
}

/** One reader comment's furniture: "Name says:", "Name • 7 years ago", "Reply", "Ответить", "Yanıtla". */
export function isCommentItemLine(line: string): boolean {
  const t = stripListMarker(line).trim();
  if (/^(?:reply|ответить|yanıtla|cevapla|répondre|antworten|responder)$/iu.test(t)) return true;
  if (/^[\p{L} .'’-]{1,40}\s*[•·|—–-]\s*/u.test(t) && RELATIVE_TIME.test(t.replace(/^[\p{L} .'’-]{1,40}\s*[•·|—–-]\s*/u, ""))) return true;
  return /^.{1,50}\s(?:says|said|wrote|пишет|написал[а]?|dedi|a écrit|schrieb|dice):$/iu.test(t);
}

const SECTION_END =
  /^(?:related(?: (?:articles?|stories|posts|news|content|coverage))?|recommended(?: for you)?|you (?:may|might) (?:also )?like|more (?:from|on|in) [\p{L} ]{1,40}|more (?:stories|news|articles)|most (?:read|popular|viewed)|popular(?: now| posts)?|trending(?: now)?|latest(?: news| stories)?|next (?:post|article|story)|previous (?:post|article|story)|tags?|topics?|authors?|filed under|connect with us|follow us(?: on [\p{L} ]+)?|похожие (?:новости|статьи|материалы|публикации)|материалы по теме|другие новости|лента новостей|последние новости|самое (?:читаемое|популярное|интересное)|популярное|главное(?: за (?:день|неделю))?|новости партн[её]ров|теги|метки|авторы|персоны|рубрики|следующая (?:статья|новость)|предыдущая (?:статья|новость)|[iİ]lgili (?:yazılar|haberler|içerikler)|benzer (?:yazılar|haberler)|etiketler|son haberler|öne çıkanlar|önceki yazı|sonraki yazı|articles? similaires|à lire (?:aussi|également)|das könnte sie auch interessieren|mehr zum thema|weitere artikel|schlagwörter|noticias relacionadas|te puede interesar|etiquetas)$/iu;

/**
 * A heading that closes the article and opens page furniture: related stories, news feeds,
 * tags/authors/persons lists, next/previous post links.
 */
export function isSectionEndMarker(line: string): boolean {
  return SECTION_END.test(stripListMarker(line).replace(/\s*[:：]$/u, "").trim());
}

/** "Read also:" teasers placed inside an article; the marker and its one headline are dropped, the article goes on. */
export function isReadAlsoMarker(line: string): boolean {
  return /^(?:read (?:also|more)|see also|also read|читайте (?:также|ещё|еще)|смотрите также|по теме|lire aussi|voir aussi|lesen sie auch|ayrıca okuyun|bunu da okuyun|lea también)\s*[:：]?/iu.test(stripListMarker(line).trim());
}

const NOTICE =
  /\bcookies?\b|файл\p{L}* cookie|\bкуки\b|çerez|javascript|ad ?blocker|adblock|ctrl\s*\+\s*enter|privacy policy|terms of (?:use|service)|политик\p{L}* конфиденциальности|(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|channel)|(?:follow|join) us on|подпис(?:ывайтесь|итесь) на|присоединяйтесь к нам|наш (?:telegram|телеграм)[- ]канал|bizi takip edin|^(?:loading|загрузка)\W*$|akismet/iu;

/**
 * Calls for money or followers and the site's description of itself: "Support UP or become our
 * patron!", "For all the latest headlines follow our Google News channel", "Поддержите редакцию",
 * "Al Bawaba provides top stories and breaking news about …".
 */
const PROMOTION =
  /become (?:our|a) (?:patron|supporter|member)|(?:станьте|стань|стать) (?:нашим |нашими )?(?:патрон\p{L}*|спонсор\p{L}*|подписчик\p{L}*)|^(?:please )?(?:support|donate to) (?:us|our (?:work|journalism)|independent journalism)\b|^поддержите (?:нас|редакцию|проект|независимую журналистику)|follow our (?:[\p{L}]+ ){0,3}(?:channel|page|account)|^for (?:all )?the latest (?:headlines|news|updates)\b|читайте (?:нас|наши новости) в (?:telegram|телеграм|дзен|google)|следите за (?:нашими )?новостями в|^[\p{Lu}][\p{L}.&' -]{1,40} (?:provides|brings you|delivers) (?:the )?(?:top stories|breaking news|latest news)/iu;

/**
 * Site notices and promotions: cookie and JavaScript banners, "report a typo with Ctrl+Enter",
 * "subscribe to our channel / follow us on …" calls, donation calls, the site's blurb about itself,
 * spam-filter notes under comment forms.
 */
export function isSiteNotice(line: string): boolean {
  return line.length < 400 && (NOTICE.test(line) || PROMOTION.test(line));
}

/** Copyright and ownership lines ("© 2021 Asbarez | All Rights Reserved", "Все права защищены"). */
export function isCopyrightLine(line: string): boolean {
  if (line.length > 250) return false;
  return /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|все права защищены|tüm hakları saklıdır|tous droits réservés|alle rechte vorbehalten/iu.test(line);
}

/** Most words a menu item has ("Home", "World News", "Вооружённые силы России"). */
const MENU_ITEM_WORDS = 3;

/**
 * A navigation line: three or more short items separated by "|", "•", "·", "›", "»" or "/"
 * ("Home | News | Politics", "Главная › Новости › Армия"); never a masthead or the outlet.
 */
export function isMenuLine(line: string): boolean {
  const items = line.split(/\s+[|•·›»/]\s+|\s*\|\s*/u).map((i) => i.trim()).filter(Boolean);
  // "Войти | Регистрация", "Sign in | Subscribe": two controls are a menu too
  if (items.length >= 2 && items.every((i) => UI_WORDS.test(i))) return true;
  return items.length >= 3 && items.every((i) => i.split(/\s+/u).length <= MENU_ITEM_WORDS && !/[.!?]$/u.test(i));
}
