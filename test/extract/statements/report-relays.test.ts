import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("RU: 'Об этом сообщает ТАСС' after a reported sentence makes the agency its relay, not a second speaker", () => {
  const st = run("Вьетнам получит новые вертолеты, заявил в среду министр обороны Сергей Шойгу. Об этом сообщает ТАСС.", "2016-06-15", "ru");
  const s = find(st, "Вьетнам получит");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "TASS");
  assert.equal(st.filter((x) => x.speaker?.name === "TASS").length, 0, "the agency speaks for nobody");
});

test("RU: 'Об этом пишет Интерфакс' after narration with no statement keeps the outlet as the source", () => {
  const st = run("Индия купила у Франции партию истребителей. Об этом пишет Интерфакс.", "2016-06-15", "ru");
  assert.equal(st.length, 1);
  assert.equal(speakerOf(st[0]), "Interfax");
});

test("RU: a report 'со ссылкой на Reuters' relays every statement through Reuters", () => {
  const body =
    "В Бразилии заявили, что не продавали танки Аргентине.\n\nОб этом сообщает Газета.ру со ссылкой на Reuters.\n\n" +
    "«Мы не продавали оружие ни одной стороне», — заявил министр иностранных дел Бразилии Карлос Франса.";
  const st = run(body, "2016-06-15", "ru");
  assert.equal(viaOf(find(st, "Мы не продавали")), "Reuters");
  assert.equal(viaOf(find(st, "не продавали танки")), "Reuters");
});

test("EN: 'X reports, citing Reuters' on a line of its own relays the report through Reuters", () => {
  const body = "Chile has bought six frigates from the Netherlands, the defence minister said.\n\nThe outlet reports, citing Reuters.\n\n“The ships will arrive next year,” Minister Jorge Alvarez said.";
  const st = run(body);
  assert.equal(viaOf(find(st, "The ships")), "Reuters");
});

test("EN: 'Source: a ministry citing its minister' relays that minister's words through the ministry", () => {
  const body = "Source: Russian Defense Ministry citing Sergei Shoigu\n\n“We have delivered the second battery,” Shoigu said.\n\n“It is a good day,” said John Smith, an analyst.";
  const st = run(body);
  assert.equal(viaOf(find(st, "We have delivered")), "Russian Defense Ministry");
  assert.equal(viaOf(find(st, "It is a good day")), null, "another speaker's words are not relayed by the ministry");
});

test("EN: a speaker who 'said, citing sources' names no relay", () => {
  const st = run("Sergei Shoigu said, citing sources, that the battalion had received new tanks.");
  assert.equal(viaOf(find(st, "the battalion")), null);
});

test("RU: '— сказали РИА Новости в ФСВТС': the body in the locative spoke, the agency relayed", () => {
  const s = find(run("«Контракты на поставку вертолетов в Чили не заключались», — сказали РИА Новости в ФСВТС.", "2016-06-15", "ru"), "Контракты");
  assert.equal(speakerOf(s), "Federal Service for Military-Technical Cooperation");
  assert.equal(viaOf(s), "RIA Novosti");
});

test("RU: 'процитировали ТАСС в пресс-службе слова X': X spoke (named in the genitive), TASS relayed", () => {
  const s = find(run("«Специалисты провели большую работу», — процитировали ТАСС в пресс-службе слова гендиректора концерна Петра Сидорова.", "2016-06-15", "ru"), "Специалисты");
  assert.equal(speakerOf(s), "Петр Сидоров");
  assert.equal(viaOf(s), "TASS");
});

test("RU: 'приводит слова X издание Y': a known speaker and the outlet that carries the words", () => {
  const s = find(run("\"Все они будут доставлены в ближайшее время\", - приводит слова Сергея Шойгу издание The Moscow Times.", "2016-06-15", "ru"), "Все они");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "The Moscow Times");
});

test("RU: a place after a person ('сказал Иванов в Москве') stays a place", () => {
  const s = find(run("«Работа идет по плану», — сказал Сергей Шойгу в Москве.", "2016-06-15", "ru"), "Работа");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), null);
});

test("EN: 'Source: a ministry the base does not know, citing its minister' still relays the minister's words", () => {
  const body = "Source: Spanish Defence Ministry citing Defence Minister Margarita Robles on Twitter\n\n“We have delivered the second battery,” Robles said.";
  assert.equal(viaOf(find(run(body), "We have delivered")), "Spanish Defense Ministry");
});

test("EN: source first — 'According to <paper>, <body> indicates that …' gives the body as speaker, the paper as relay", () => {
  const st = run("According to Defense News, Polish intelligence indicates that Belarus is planning an attack in the spring and a “full-scale war.”");
  const s = find(st, "Belarus is planning");
  assert.equal(speakerOf(s), "Polish intelligence");
  assert.equal(viaOf(s), "Defense News");
  assert.equal(viaOf(find(st, "full-scale")), "Defense News");
});

test("EN: a newspaper the base does not know ('The Lagos Herald') is recognised by the word of its title", () => {
  const s = find(run("“The contract is signed,” General Musa Bello told The Lagos Herald."), "The contract");
  assert.equal(viaOf(s), "Lagos Herald");
});

test("RU: an attribution on the next line ('«…»,\\nприводит слова X агентство Y') belongs to the quotation", () => {
  const body = "«Завтра планируется посадка двух вертолетов на аэродроме»,\nприводит слова Сергея Шойгу агентство Интерфакс.";
  const s = find(run(body, "2016-06-15", "ru"), "Завтра");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "Interfax");
});

test("EN: a quotation closing a line with a comma takes its attribution from the next line", () => {
  const body = "“The helicopters will land tomorrow,”\nsaid Sergei Shoigu, speaking to Reuters.";
  const s = find(run(body), "The helicopters");
  assert.equal(speakerOf(s), "Sergei Shoigu");
});

test("RU/EN: a report built on an interview: the interviewee's words come through the outlet it was given to", () => {
  const ru = run("Президент Перу Хуан Перес рассказал о покупке фрегатов во время интервью испанскому каналу Antena 3.\n\n– Мы купим два фрегата у Кореи, – сказал президент Перу Хуан Перес.", "2021-01-01", "ru");
  assert.equal(viaOf(find(ru, "Мы купим")), "Antena 3");
  const en = run("Chile's defence minister Ana Rojas spoke about the frigates in an interview with Deutsche Welle.\n\n\"We will buy two ships from the Netherlands,\" Ana Rojas said.", "2021-01-01");
  assert.equal(viaOf(find(en, "We will buy")), "Deutsche Welle");
});

test("EN: an unnamed source who told an outlet goes on speaking through it; a named person does not", () => {
  const statements = run("The navy signed a contract for six patrol boats, a defence source told Reuters.\n\n\"Deliveries will begin next year,\" the source said.", "2021-01-01");
  assert.equal(viaOf(find(statements, "Deliveries")), "Reuters");
});

test("RU: 'говорится в сообщении пресс-службы «X»', 'В сообщении компании «X» говорится': the body named in quotation marks speaks", () => {
  const quoted = run("«Алжир остается одним из ключевых партнеров России в Африке», — говорится в сообщении пресс-службы «Рособоронэкспорта».", "2021-02-10", "ru");
  assert.equal(speakerOf(find(quoted, "Алжир остается")), "Rosoboronexport");
  const reported = run("В сообщении компании «Иркут» говорится, что самолеты будут переданы заказчику в 2025 году.", "2021-02-10", "ru");
  assert.equal(speakerOf(find(reported, "самолеты будут")), "Irkut");
});

test("RU: a source of «Ъ» speaks through Kommersant: 'сообщил “Ъ” источник', 'По словам собеседника «Коммерсанта», …'", () => {
  const st = run("Стоимость сделки превышает один миллиард долларов, сообщил “Ъ” источник в ФСВТС. По словам собеседника «Коммерсанта», первые машины будут переданы заказчику в 2022 году.", "2021-02-10", "ru");
  assert.equal(viaOf(find(st, "Стоимость сделки")), "Kommersant");
  const interlocutor = find(st, "первые машины");
  assert.equal(viaOf(interlocutor), "Kommersant");
  assert.equal(interlocutor.speaker?.kbId ?? null, null, "an unnamed source is nobody the base knows");
});

test("RU: 'сообщили РИА Новости в пресс-службе ФСВТС': the press service speaks, whole, and the agency relays; 'отметили в ведомстве' is that body", () => {
  const st = run("Россия поставит Вьетнаму 12 истребителей Су-30МК2 до конца 2026 года, сообщили РИА Новости в пресс-службе Федеральной службы по военно-техническому сотрудничеству (ФСВТС). " +
    "\"Контракт исполняется в полном соответствии с графиком\", — отметили в ведомстве.", "2024-03-05", "ru");
  for (const prefix of ["Россия поставит", "Контракт исполняется"]) {
    const s = find(st, prefix);
    assert.equal(speakerOf(s), "Federal Service for Military-Technical Cooperation", prefix);
    assert.equal(viaOf(s), "RIA Novosti", prefix);
  }
});

test("RU: 'По данным сербского издания «Блиц», …': an outlet named in quotation marks after its noun speaks", () => {
  const st = run("По данным сербского издания «Блиц», комплекс доставили транспортным самолетом Ан-124 ВКС России.", "2020-02-23", "ru");
  assert.equal(speakerOf(find(st, "комплекс доставили")), "Блиц");
});
