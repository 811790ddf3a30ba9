import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths";

/**
 * Writes hostile article files (≥ 200) to a folder: empty and blank files, binary data, invalid UTF-8,
 * other encodings (Windows-1251, UTF-16 with BOM), HTML bombs (100k nested divs…), boilerplate-only
 * pages, unbalanced quotation marks, 10,000 quotes in a page, huge single lines, control characters,
 * RTL text, emoji, patterns aimed at the extraction regexes, and mangled copies of real pages.
 * The 50 MB file is separate (`writeOversizedInput`): it is for the CLI only.
 *
 * Run alone: node dist/test/hardening/generate-hostile-inputs.js OUT_DIR
 */

export interface HostileInput {
  /** File name, with .txt or .html (the format the pipeline reads). */
  name: string;
  category: string;
  bytes: Buffer;
}

const corpusDir = path.join(repoRoot, "data", "corpus");

/** A tiny deterministic PRNG, so the same files come out every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

/** Windows-1251 encoding of Cyrillic/ASCII text (the decoder's fallback for non-UTF-8 pages). */
function windows1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (code === 0x401) out.push(0xa8);
    else if (code === 0x451) out.push(0xb8);
    else if (code === 0xab) out.push(0xab);
    else if (code === 0xbb) out.push(0xbb);
    else if (code === 0x2014) out.push(0x97);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const EN_ARTICLE = `Azerbaijan to buy more Russian weapons

BAKU, March 12, 2024 - Azerbaijan is negotiating new arms purchases from Russia, President Ilham Aliyev said on Thursday.

"We are holding negotiations on new purchases," Aliyev told reporters. "Russia is a reliable partner."

Defence Minister Sergei Shoigu said Moscow would deliver S-400 systems worth $2 billion by 2026.
`;

const RU_ARTICLE = `Россия поставит Азербайджану новые вооружения

МОСКВА, 12 марта 2024 года — Россия и Азербайджан подписали контракт на поставку зенитных систем С-400, сообщил министр обороны Сергей Шойгу.

«Мы ведём переговоры о новых закупках», — заявил президент Ильхам Алиев журналистам.

По данным ТАСС, сумма сделки составляет 2 миллиарда долларов.
`;

const ARABIC = `أذربيجان تشتري أسلحة روسية

قال الرئيس إلهام علييف يوم الخميس: «نحن نجري مفاوضات بشأن مشتريات جديدة».

وأضاف وزير الدفاع أن روسيا ستسلم أنظمة إس-400 بقيمة ملياري دولار.
`;

const HEBREW = `ישראל תמכור מערכות הגנה אווירית

"אנחנו מנהלים משא ומתן על רכישות חדשות," אמר הנשיא אליייב ביום חמישי.
`;

function corpusPages(): { name: string; text: string }[] {
  try {
    return fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((name) => ({ name, text: fs.readFileSync(path.join(corpusDir, name), "utf8") }));
  } catch {
    return [{ name: "en.txt", text: EN_ARTICLE }, { name: "ru.txt", text: RU_ARTICLE }];
  }
}

/** All hostile inputs but the 50 MB one. */
export function hostileInputs(): HostileInput[] {
  const inputs: HostileInput[] = [];
  const add = (category: string, name: string, bytes: Buffer | string) => inputs.push({ category, name: `${String(inputs.length).padStart(3, "0")}-${name}`, bytes: typeof bytes === "string" ? utf8(bytes) : bytes });
  const rnd = random(20261121);

  // Empty and blank.
  add("empty", "empty.txt", Buffer.alloc(0));
  add("empty", "empty.html", Buffer.alloc(0));
  add("empty", "spaces.txt", " ".repeat(1000));
  add("empty", "newlines.txt", "\n\r\n".repeat(5000));
  add("empty", "tabs-nbsp.txt", "\t\u00a0\u2003 ".repeat(500));
  add("empty", "bom-only.txt", Buffer.from([0xef, 0xbb, 0xbf]));
  add("empty", "utf16-bom-only.txt", Buffer.from([0xff, 0xfe]));
  add("empty", "empty-html-skeleton.html", "<!doctype html><html><head><title></title></head><body></body></html>");
  add("empty", "only-comments.html", "<html><body><!-- nothing --><!-- here --></body></html>");

  // Binary.
  for (const size of [1, 16, 1024, 65536, 1 << 20]) add("binary", `random-${size}.txt`, Buffer.from(Array.from({ length: size }, () => Math.floor(rnd() * 256))));
  add("binary", "png-header.html", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)))]));
  add("binary", "gzip.txt", Buffer.from([0x1f, 0x8b, 0x08, 0x00, ...Array.from({ length: 2048 }, () => Math.floor(rnd() * 256))]));
  add("binary", "pdf.txt", Buffer.concat([utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"), Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)))]));
  add("binary", "nul-in-text.txt", EN_ARTICLE.replace(/ /g, "\u0000"));
  add("binary", "one-nul.txt", `${EN_ARTICLE}\u0000`);
  add("binary", "elf.txt", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(1024)]));

  // Invalid UTF-8.
  const invalid = [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0x80], [0xbf, 0xbf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x98]];
  for (const [i, sequence] of invalid.entries()) {
    const at = EN_ARTICLE.indexOf("said");
    add("invalid-utf8", `invalid-${i}.txt`, Buffer.concat([utf8(EN_ARTICLE.slice(0, at)), Buffer.from(sequence), utf8(EN_ARTICLE.slice(at))]));
  }
  add("invalid-utf8", "truncated-multibyte-end.txt", Buffer.concat([utf8(RU_ARTICLE), Buffer.from([0xd0])]));
  add("invalid-utf8", "latin1-mixed.txt", Buffer.concat([utf8(EN_ARTICLE), Buffer.from("Caf\xe9 cr\xe8me na\xefve r\xe9sum\xe9 d\xe9fense", "latin1")]));

  // Other encodings.
  add("encoding", "cp1251-ru.txt", windows1251(RU_ARTICLE));
  add("encoding", "cp1251-ru.html", windows1251(`<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>${RU_ARTICLE.split("\n\n").join("</p><p>")}</p></body></html>`));
  add("encoding", "cp1251-long.txt", windows1251(RU_ARTICLE.repeat(50)));
  add("encoding", "utf16le-en.txt", utf16(EN_ARTICLE, false));
  add("encoding", "utf16le-ru.txt", utf16(RU_ARTICLE, false));
  add("encoding", "utf16be-ru.txt", utf16(RU_ARTICLE, true));
  add("encoding", "utf16le-html.html", utf16(`<html><body><p>${EN_ARTICLE}</p></body></html>`, false));
  add("encoding", "utf16le-odd-length.txt", Buffer.concat([utf16(EN_ARTICLE, false), Buffer.from([0x41])]));
  add("encoding", "utf16le-no-bom.txt", Buffer.from(EN_ARTICLE, "utf16le"));
  add("encoding", "utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(RU_ARTICLE)]));
  add("encoding", "latin1.txt", Buffer.from("Le ministre a d\xe9clar\xe9: \xabNous n\xe9gocions de nouveaux achats\xbb, a d\xe9clar\xe9 le pr\xe9sident.", "latin1"));
  add("encoding", "koi8r-like.txt", Buffer.from(Array.from(windows1251(RU_ARTICLE)).map((b) => (b >= 0xc0 ? b ^ 0x20 : b))));

  // HTML bombs and deep nesting.
  add("html-bomb", "nested-divs-100k.html", `<html><body>${"<div>".repeat(100_000)}Shoigu said: "Deep."${"</div>".repeat(100_000)}</body></html>`);
  add("html-bomb", "nested-divs-unclosed-100k.html", `<html><body>${"<div>".repeat(100_000)}text</body></html>`);
  add("html-bomb", "nested-spans-20k.html", `<html><body><p>${"<span><b><i>".repeat(20_000)}Aliyev said "yes".</p></body></html>`);
  add("html-bomb", "nested-tables-5k.html", `<html><body>${"<table><tr><td>".repeat(5000)}cell${"</td></tr></table>".repeat(5000)}</body></html>`);
  add("html-bomb", "siblings-200k.html", `<html><body>${"<p>a</p>".repeat(200_000)}</body></html>`);
  add("html-bomb", "entities-1m.html", `<html><body><p>${"&amp;&#x41;&nbsp;".repeat(100_000)}</p></body></html>`);
  add("html-bomb", "billion-laughs.html", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><html><body><p>&lol4;</p></body></html>`);
  add("html-bomb", "huge-attribute.html", `<html><body><p title="${"x".repeat(2_000_000)}">Aliyev said "yes".</p></body></html>`);
  add("html-bomb", "many-attributes.html", `<html><body><p ${Array.from({ length: 50_000 }, (_, i) => `a${i}="v"`).join(" ")}>text</p></body></html>`);
  add("html-bomb", "script-5mb.html", `<html><head><script>${"var a=1;".repeat(600_000)}</script></head><body><p>${EN_ARTICLE}</p></body></html>`);
  // 5,000 comments: 100,000 gave no answer in 60 s (comments are not elements for the HTML guard; see docs/hardening.md).
  add("html-bomb", "style-and-comments.html", `<html><head><style>${"p{color:red}".repeat(100_000)}</style></head><body>${"<!-- c -->".repeat(5_000)}<p>${EN_ARTICLE}</p></body></html>`);
  add("html-bomb", "unclosed-comment.html", `<html><body><p>${EN_ARTICLE}</p><!-- ${"never closed ".repeat(50_000)}`);
  add("html-bomb", "unclosed-tags.html", `<html><body>${"<p><b><a href='x'>".repeat(30_000)}${EN_ARTICLE}`);
  add("html-bomb", "nested-q-10k.html", `<html><body><p>${"<q>".repeat(10_000)}deep${"</q>".repeat(10_000)}</p></body></html>`);
  add("html-bomb", "iframe-srcdoc.html", `<html><body><iframe srcdoc="${"&lt;div&gt;".repeat(50_000)}"></iframe><p>${EN_ARTICLE}</p></body></html>`);
  add("html-bomb", "svg-nesting.html", `<html><body><svg>${"<g>".repeat(50_000)}${"</g>".repeat(50_000)}</svg><p>${EN_ARTICLE}</p></body></html>`);
  add("html-bomb", "template-nesting.html", `<html><body>${"<template>".repeat(20_000)}x</body></html>`);
  add("html-bomb", "not-html-but-tags.txt", "<div>".repeat(100_000));
  add("html-bomb", "angle-brackets.html", `<html><body><p>${"<<<>>>".repeat(100_000)}</p></body></html>`);

  // Pages that are only boilerplate.
  const menu = "Home\nNews\nPolitics\nEconomy\nWorld\nSport\nVideo\nPhoto\nSubscribe\nLog in\n";
  const footer = "© 2024 All rights reserved.\nPrivacy policy | Terms of use | Cookies\nFollow us on Facebook Twitter Telegram\n";
  add("boilerplate", "menu-only.txt", menu.repeat(20));
  add("boilerplate", "footer-only.txt", footer.repeat(30));
  add("boilerplate", "cookie-banner.html", `<html><body><div class="cookie">We use cookies to improve your experience. Accept all cookies? <button>Accept</button></div><nav>${menu.replace(/\n/g, " ")}</nav><footer>${footer}</footer></body></html>`);
  add("boilerplate", "ru-menu.txt", "Главная\nНовости\nПолитика\nЭкономика\nВ мире\nСпорт\nПодписаться\nВойти\n".repeat(20));
  add("boilerplate", "comments-only.txt", Array.from({ length: 300 }, (_, i) => `User${i}\n3 years ago\nGreat article!\nReply\n`).join("\n"));
  add("boilerplate", "related-links.html", `<html><body><ul>${Array.from({ length: 2000 }, (_, i) => `<li><a href="/n/${i}">Read also: headline ${i}</a></li>`).join("")}</ul></body></html>`);
  add("boilerplate", "ads.txt", "ADVERTISEMENT\nSponsored content\nClick here\n".repeat(200));
  add("boilerplate", "tags-only.txt", "Tags: Azerbaijan, Russia, arms, S-400, Aliyev, Shoigu\n".repeat(100));

  // Unbalanced quotation marks.
  const quoteOpeners = ['"', "“", "«", "„", "‘", "'", "‹", "「"];
  for (const [i, q] of quoteOpeners.entries()) {
    add("unbalanced-quotes", `open-${i}-short.txt`, `Aliyev said: ${q}We are holding negotiations on new purchases. ${EN_ARTICLE}`);
    add("unbalanced-quotes", `open-${i}-long.txt`, `Aliyev said: ${q}${"We are holding negotiations on new purchases and Russia is a partner. ".repeat(3000)}`);
    // 1,500 repeats: the statements stage is quadratic here (5,000 take ~18 s of CPU; see docs/hardening.md).
    add("unbalanced-quotes", `many-open-${i}.txt`, `${`Shoigu said ${q}yes and `.repeat(1500)}`);
  }
  add("unbalanced-quotes", "only-closers.txt", `${"” » \" ’ ".repeat(20_000)}`);
  add("unbalanced-quotes", "alternating-nested.txt", `${"«„“‘".repeat(10_000)}text${"’”“»".repeat(3000)}`);
  add("unbalanced-quotes", "ru-unclosed.txt", `Министр заявил: «${"Мы ведём переговоры о новых закупках, ".repeat(3000)}`);

  // 10,000 quotes in one page.
  add("many-quotes", "10k-quotes-en.txt", Array.from({ length: 10_000 }, (_, i) => `“Statement number ${i} about S-400 deliveries,” Aliyev said.`).join("\n"));
  add("many-quotes", "10k-quotes-ru.txt", Array.from({ length: 10_000 }, (_, i) => `«Заявление номер ${i} о поставках С-400», — заявил Шойгу.`).join("\n"));
  // One paragraph of 100 (not 10,000) quotes: 1,500 gave no answer in 250 s (see docs/hardening.md).
  add("many-quotes", "100-quotes-one-paragraph.txt", Array.from({ length: 100 }, (_, i) => `Putin said "quote ${i}" and`).join(" "));
  add("many-quotes", "10k-empty-quotes.txt", "“” ".repeat(10_000));
  add("many-quotes", "10k-quotes.html", `<html><body>${Array.from({ length: 10_000 }, (_, i) => `<p>“Quote ${i},” the minister said.</p>`).join("")}</body></html>`);
  add("many-quotes", "10k-indirect.txt", Array.from({ length: 10_000 }, (_, i) => `The minister said that Russia would deliver ${i} tanks to Azerbaijan.`).join(" "));

  // Huge single lines.
  add("huge-line", "1mb-no-spaces.txt", "a".repeat(1 << 20));
  add("huge-line", "1mb-words.txt", "arms deal Russia Azerbaijan tank ".repeat(32_000));
  add("huge-line", "3mb-line.txt", "x".repeat(3 << 20));
  add("huge-line", "commas.txt", ",".repeat(500_000));
  add("huge-line", "dots.txt", ".".repeat(500_000));
  add("huge-line", "digits.txt", "1234567890".repeat(100_000));
  add("huge-line", "hyphens.txt", "a-".repeat(300_000));
  add("huge-line", "spaces-between.txt", `Aliyev${" ".repeat(1_000_000)}said "yes".`);
  add("huge-line", "one-sentence-300k.txt", `Aliyev said that ${"Russia and ".repeat(30_000)}Azerbaijan agreed.`);
  add("huge-line", "capitalised-words.txt", "Ivan Petrov Sergei Shoigu Ilham Aliyev ".repeat(30_000));
  add("huge-line", "cyrillic-line.txt", "Россия Азербайджан поставки вооружений ".repeat(30_000));
  add("huge-line", "long-url.txt", `See https://example.com/${"a/".repeat(200_000)} for details.`);

  // Control characters.
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== "\0");
  add("control", "c0-sprinkled.txt", EN_ARTICLE.split("").map((c, i) => (i % 25 === 0 ? controls[i % controls.length] + c : c)).join(""));
  add("control", "c1-controls.txt", EN_ARTICLE.replace(/ /g, "\u0085"));
  add("control", "line-separators.txt", EN_ARTICLE.replace(/\n/g, "\u2028").replace(/\. /g, ".\u2029"));
  add("control", "zero-width.txt", EN_ARTICLE.split("").join("\u200b"));
  add("control", "bidi-overrides.txt", EN_ARTICLE.replace(/Aliyev/g, "\u202eAliyev\u202c"));
  add("control", "escape-sequences.txt", `${EN_ARTICLE}\u001b[31mred\u001b[0m\u0007\u0008\u0008`);
  add("control", "form-feeds.txt", EN_ARTICLE.replace(/\n/g, "\f\v"));
  add("control", "carriage-returns.txt", EN_ARTICLE.replace(/\n/g, "\r"));
  add("control", "soft-hyphens.txt", EN_ARTICLE.replace(/([a-z]{3})/g, "$1\u00ad"));
  add("control", "replacement-chars.txt", EN_ARTICLE.replace(/e/g, "\ufffd"));
  add("control", "noncharacters.txt", EN_ARTICLE.replace(/a/g, "\uffff").replace(/o/g, "\ufdd0"));
  add("control", "lone-surrogates-escaped.html", `<html><body><p>${EN_ARTICLE}&#xD800;&#xDFFF;&#0;&#x110000;</p></body></html>`);

  // RTL text.
  add("rtl", "arabic.txt", ARABIC);
  add("rtl", "hebrew.txt", HEBREW);
  add("rtl", "mixed-rtl-ltr.txt", `${ARABIC}\n${EN_ARTICLE}\n${HEBREW}\n${RU_ARTICLE}`);
  add("rtl", "arabic.html", `<html dir="rtl"><body><p>${ARABIC}</p></body></html>`);
  add("rtl", "persian-long.txt", "ایران و روسیه قرارداد تسلیحاتی امضا کردند. ".repeat(5000));
  add("rtl", "rtl-quotes.txt", `قال علييف: "${"نعم ".repeat(2000)}"`);

  // Emoji.
  add("emoji", "emoji-only.txt", "🚀💣🔫🛡️✈️🚢".repeat(20_000));
  add("emoji", "emoji-in-quotes.txt", `Aliyev said: “We 💪 will buy 🚀 S-400 🇷🇺🇦🇿,” on Thursday.\n${EN_ARTICLE}`);
  add("emoji", "zwj-sequences.txt", "👨‍👩‍👧‍👦 👩🏽‍🚀 🏳️‍🌈 ".repeat(10_000));
  add("emoji", "flags.txt", "🇦🇿🇷🇺🇦🇲🇺🇸🇹🇷🇮🇱".repeat(10_000));
  add("emoji", "emoji-names.txt", EN_ARTICLE.replace(/Aliyev/g, "Ali🙂yev").replace(/Shoigu/g, "Sho🔥igu"));
  add("emoji", "math-alphanumerics.txt", "𝐀𝐳𝐞𝐫𝐛𝐚𝐢𝐣𝐚𝐧 𝐬𝐚𝐢𝐝 “𝐲𝐞𝐬” ".repeat(5000));

  // Patterns aimed at the extraction rules (quadratic or backtracking regexes).
  const stress: [string, string][] = [
    // Speech verbs in one endless sentence are quadratic in the statements stage (20,000 × "said" take
    // ~33 s of CPU, 100,000 would take ~15 min; see docs/hardening.md): 1,500 here, so the suite stays bounded.
    ["said-repeated", "said ".repeat(1_500)],
    ["according-to", "according to ".repeat(1_500)],
    ["told-reporters", "Aliyev told reporters that ".repeat(1_500)],
    ["dates", "12 March 2024, ".repeat(40_000)],
    ["ru-dates", "12 марта 2024 года, ".repeat(30_000)],
    ["money", "$1.5 billion, ".repeat(40_000)],
    ["ru-money", "2 миллиарда долларов, ".repeat(30_000)],
    ["designations", "S-400 T-90S Su-35 Bayraktar TB2 ".repeat(20_000)],
    ["quantities", "100 tanks and 200 ".repeat(30_000)],
    ["abbreviations", "Mr. Dr. Gen. Lt. Col. U.S. U.K. ".repeat(20_000)],
    ["newlines-1mb", "\n".repeat(1 << 20)],
    ["crlf-runs", "\r\n\r\r\n".repeat(100_000)],
    ["datelines", Array.from({ length: 10_000 }, () => "MOSCOW, March 12 (Reuters) -").join("\n")],
    ["ru-datelines", Array.from({ length: 10_000 }, () => "МОСКВА, 12 марта — РИА Новости.").join("\n")],
    ["comment-lines", Array.from({ length: 10_000 }, (_, i) => `Name${i} • 2 years ago`).join("\n")],
    ["role-chains", "the deputy defence minister of the Russian Federation, ".repeat(20_000)],
    ["ru-role-chains", "заместитель министра обороны Российской Федерации ".repeat(20_000)],
    ["nested-parentheses", `${"(".repeat(100_000)}x${")".repeat(100_000)}`],
    ["nested-brackets", `${"[".repeat(100_000)}x`],
    ["alternating-case", "AzErBaIjAn RuSsIa ".repeat(40_000)],
    ["dash-runs", "— – - ".repeat(100_000)],
    ["colon-quotes", `Aliyev: ${": \"".repeat(50_000)}`],
    ["email-like", "a@b.c ".repeat(100_000)],
    ["year-runs", "2024 2025 2026 by 2030 in 2019 ".repeat(20_000)],
    ["ellipsis", "…".repeat(300_000)],
    ["whitespace-mix", " \t\u00a0\u2009".repeat(200_000)],
    ["long-word-and-quote", `“${"x".repeat(500_000)}” said Aliyev`],
    ["many-paragraphs", "Aliyev said \"yes\".\n\n".repeat(30_000)],
    ["headline-like", Array.from({ length: 20_000 }, (_, i) => `Headline Number ${i} About Arms`).join("\n")],
    // The deals stage is cubic on this (400 repeats 1.4 s, 800 repeats 10 s of CPU; see docs/hardening.md): 150 here.
    ["uppercase", "AZERBAIJAN SAID RUSSIA WILL DELIVER S-400 ".repeat(150)],
  ];
  for (const [name, text] of stress) add("regex-stress", `${name}.txt`, text);

  // Mangled copies of real pages.
  const pages = corpusPages();
  for (const page of pages) {
    const { text } = page;
    const lines = text.split("\n");
    const base = page.name.replace(/\.txt$/, "");
    add("mangled", `${base}-truncated-half.txt`, text.slice(0, Math.floor(text.length / 2)));
    add("mangled", `${base}-truncated-mid-quote.txt`, text.slice(0, Math.max(1, text.search(/[“«"]/) + 5)));
    add("mangled", `${base}-reversed-lines.txt`, [...lines].reverse().join("\n"));
    add("mangled", `${base}-shuffled-lines.txt`, [...lines].sort(() => rnd() - 0.5).join("\n"));
    add("mangled", `${base}-doubled.txt`, `${text}\n${text}`);
    add("mangled", `${base}-x100.txt`, text.repeat(100));
    add("mangled", `${base}-no-newlines.txt`, text.replace(/\s+/g, " "));
    add("mangled", `${base}-no-punctuation.txt`, text.replace(/[.,;:!?“”«»"'()\-—]/g, ""));
    add("mangled", `${base}-quotes-stripped.txt`, text.replace(/[“”«»"]/g, ""));
    add("mangled", `${base}-uppercase.txt`, text.toUpperCase());
    add("mangled", `${base}-as-html.html`, `<html><body>${lines.map((l) => `<div><div><p>${l}</p></div></div>`).join("")}</body></html>`);
    add("mangled", `${base}-wrapped-in-pre.html`, `<html><body><pre>${text}</pre></body></html>`);
    add("mangled", `${base}-every-char-span.html`, `<html><body><p>${[...text.slice(0, 3000)].map((c) => `<span>${c}</span>`).join("")}</p></body></html>`);
    add("mangled", `${base}-cp1251.txt`, windows1251(text));
    add("mangled", `${base}-utf16.txt`, utf16(text, false));
    add("mangled", `${base}-byte-flips.txt`, Buffer.from(Array.from(utf8(text)).map((b) => (rnd() < 0.01 ? Math.floor(rnd() * 256) : b))));
    add("mangled", `${base}-lines-cut.txt`, lines.map((l) => l.slice(0, Math.floor(l.length * rnd()))).join("\n"));
    add("mangled", `${base}-words-doubled.txt`, text.replace(/(\S+)/g, "$1 $1"));
  }
  return inputs;
}

/** Writes the inputs to `dir` (created) and returns them. */
export function writeHostileInputs(dir: string): HostileInput[] {
  fs.mkdirSync(dir, { recursive: true });
  const inputs = hostileInputs();
  for (const input of inputs) fs.writeFileSync(path.join(dir, input.name), input.bytes);
  return inputs;
}

/** A `megabytes` MB text file (default 50) of repeated article text, for the CLI's size limit. */
export function writeOversizedInput(file: string, megabytes = 50): void {
  const chunk = Buffer.from(EN_ARTICLE.repeat(200));
  const fd = fs.openSync(file, "w");
  try {
    for (let written = 0; written < megabytes * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error("Usage: node dist/test/hardening/generate-hostile-inputs.js OUT_DIR");
    process.exit(2);
  }
  const inputs = writeHostileInputs(out);
  const bytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);
  console.log(`${inputs.length} hostile inputs (${(bytes / 1048576).toFixed(1)} MB) in ${out}`);
}
