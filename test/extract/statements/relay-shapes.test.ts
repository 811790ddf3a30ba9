import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: 'a diplomatic source told TASS' makes the agency the relay of the source, in this sentence and when 'the source said' later", () => {
  const body =
    "Peru has signed a contract for eight new transport helicopters, a diplomatic source told TASS.\n\n" +
    "“The first machines will arrive next spring,” the source said.";
  const st = run(body);
  const lead = find(st, "Peru has signed");
  assert.equal(lead.speaker?.kbId, null);
  assert.equal(viaOf(lead), "TASS");
  assert.equal(viaOf(find(st, "The first machines")), "TASS");
});

test("RU: an outlet noun in the dative after the attribution ('сказал X изданию Y') names the relay, even one the base does not know", () => {
  const s = find(run("«Мы не получили ни одного танка», — сказал Пашинян изданию Hetq.", "2024-09-18", "ru"), "Мы не получили");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
  assert.equal(viaOf(s), "Hetq");
});

test("RU: 'в интервью газете «Известия»' relays through the paper named in quotation marks", () => {
  const s = find(run("«Поставки будут продолжены», — сказал Пашинян в интервью газете «Известия».", "2024-09-18", "ru"), "Поставки");
  assert.equal(viaOf(s), "Izvestia");
});

test("RU: 'Об этом в эфире телеканала «X» сообщил Y' — Y spoke, the channel relayed", () => {
  const s = find(run("Вчера в Ереване был подписан контракт на поставку радаров. Об этом в эфире телеканала «Россия 24» сообщил министр обороны Армении Сурен Папикян.", "2024-09-18", "ru"), "Вчера в Ереване");
  assert.equal(speakerOf(s), "Suren Papikyan");
  assert.equal(viaOf(s), "Rossiya 24");
});

test("RU: 'в беседе с корреспондентом новостного издания заявил X' relays through the outlet the text named before", () => {
  const body =
    "Расходы Армении на оборону выросли вдвое, отмечает портал Armenia Today.\n\n" +
    "«Закупки у Франции только начинаются», — в беседе с корреспондентом новостного издания заявил военный эксперт Гурген Мелконян.";
  const st = run(body, "2024-09-18", "ru");
  assert.equal(speakerOf(find(st, "Закупки у Франции")), "Гурген Мелконян");
  assert.equal(viaOf(find(st, "Закупки у Франции")), "Armenia Today");
});

test("EN: 'X announced that …, according to daily Y' — X spoke, the paper relayed; 'the paper reported' is the paper's own words", () => {
  const body =
    "The state-owned shipyard Astillero Sur announced on Tuesday that it had won a contract for two patrol boats, according to Chilean daily El Austral.\n\n" +
    "“The boats will be built in Punta Arenas,” the paper reported.";
  const st = run(body);
  const lead = find(st, "it had won");
  assert.equal(speakerOf(lead), "Astillero Sur");
  assert.equal(viaOf(lead), "El Austral");
  assert.ok(!lead.text.includes("according"), lead.text);
  assert.equal(speakerOf(find(st, "The boats")), "El Austral");
});

test("RU: 'На это указал X, …, пишет ТАСС' — the sentence before is X's, and the agency is nobody's speaker", () => {
  const st = run("Армения закупила у Индии новые радары. На это указал премьер-министр Никол Пашинян в интервью изданию Hetq, пишет ТАСС.", "2024-09-18", "ru");
  const s = find(st, "Армения закупила");
  assert.equal(speakerOf(s), "Nikol Pashinyan");
  assert.equal(viaOf(s), "Hetq");
  assert.equal(st.filter((x) => x.speaker?.name === "TASS").length, 0);
});

test("EN: a speaker's relay carries to their words in the next paragraph, not past a paragraph without them or to another speaker", () => {
  const body =
    "Aliyev told Euronews that Azerbaijan would buy more drones.\n\n" +
    "“We need them for our defence,” Aliyev said.\n\n" +
    "“It is a sovereign decision,” said John Smith, an analyst.\n\n" +
    "“The talks were good,” Aliyev said.";
  const st = run(body);
  assert.equal(viaOf(find(st, "Azerbaijan would")), "Euronews");
  assert.equal(viaOf(find(st, "We need them")), "Euronews");
  assert.equal(viaOf(find(st, "It is a sovereign")), null);
  assert.equal(viaOf(find(st, "The talks")), null);
});

test("EN: 'X Network quoted the Official Gazette which said …' — the gazette spoke, the network relayed; 'The portal said' and 'It said' are the network", () => {
  const body =
    "The Andean Defence Network quoted the Official Gazette which said the new battalion will operate the Korean howitzers.\n\n" +
    "The portal said that the purchase was agreed in 2021.\n\n" +
    "It said that the delivery is running late.";
  const st = run(body);
  const first = find(st, "the new battalion");
  assert.equal(speakerOf(first), "Official Gazette");
  assert.equal(viaOf(first), "Andean Defence Network");
  assert.equal(speakerOf(find(st, "the purchase was")), "Andean Defence Network");
  assert.equal(speakerOf(find(st, "the delivery is")), "Andean Defence Network");
});

test("EN: '…, X said, according to Interfax' and 'X said …, as quoted by Y' — the person spoke, the outlet relayed, and the relay is not in the clause", () => {
  const st = run("Peru will receive the first frigate next month, Defence Minister Walter Astudillo said, according to Interfax. Astudillo said the second ship will follow in May, as quoted by Andina.");
  const first = find(st, "Peru will receive");
  assert.equal(viaOf(first), "Interfax");
  assert.equal(first.text, "Peru will receive the first frigate next month");
  const second = find(st, "the second ship");
  assert.equal(second.text, "the second ship will follow in May");
  assert.equal(viaOf(second), "Andina");
});

test("EN: 'X told the Kommersant newspaper that …' — a named paper is not 'the newspaper' named before", () => {
  const s = find(run("Defense Minister Sergei Shoigu told the Kommersant newspaper that the contract had been signed."), "the contract");
  assert.equal(viaOf(s), "Kommersant");
});

test("RU: '— передает ТАСС слова X' — X spoke, the agency relayed", () => {
  const s = find(run("«Первая партия уже отгружена», — передает ТАСС слова Шойгу.", "2024-05-01", "ru"), "Первая партия");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "TASS");
});

test("RU: 'передает X со ссылкой на Y' and 'Как сообщает X со ссылкой на Y' — Y spoke, X relayed", () => {
  const st = run(
    "Контракт на поставку радаров Перу подписан, передает ТАСС со ссылкой на Минобороны России. Как сообщает Интерфакс со ссылкой на источник, первые радары отправят в мае.",
    "2024-05-01",
    "ru",
  );
  const first = find(st, "Контракт на поставку");
  assert.equal(speakerOf(first), "Russian Defense Ministry");
  assert.equal(viaOf(first), "TASS");
  const second = find(st, "первые радары");
  assert.equal(second.speaker?.kbId, null);
  assert.equal(viaOf(second), "Interfax");
});

test("EN: '…, Reuters reported, citing two officials' and '…, the agency reports, citing The Hindu' — the cited speak, the reporter relays", () => {
  const st = run("Peru plans to buy Korean frigates, Reuters reported, citing two officials. The frigates will be delivered by 2026, the agency reports, citing The Hindu.");
  const first = find(st, "Peru plans");
  assert.equal(speakerOf(first), "two officials");
  assert.equal(viaOf(first), "Reuters");
  assert.equal(speakerOf(find(st, "The frigates will")), "The Hindu");
});

test("EN: a body known to the base inside a longer outlet name ('The Peruvian Navy Gazette') is not the outlet; 'The gazette said' is", () => {
  const body =
    "The Peruvian Navy Gazette quoted Admiral Luis Polar, the navy commander, who said the crews would train in Busan.\n\n" +
    "The gazette said the deal also covers spare parts for ten years.";
  const st = run(body);
  assert.equal(viaOf(find(st, "the crews would")), "Peruvian Navy Gazette");
  assert.equal(speakerOf(find(st, "the deal also")), "Peruvian Navy Gazette");
});

test("RU: a short quotation with a dash attribution is words said, and 'корреспондентом издания X' names the relay", () => {
  const s = find(run("«Франция остается нашим партнером», — в беседе с корреспондентом издания Armenia Today подчеркнул депутат Гурген Мелконян.", "2024-01-01", "ru"), "Франция");
  assert.equal(s.kind, "DIRECT");
  assert.equal(speakerOf(s), "Гурген Мелконян");
  assert.equal(viaOf(s), "Armenia Today");
});

test("RU: an outlet in quotation marks beside the speaker is the relay in any case form, an organisation in the speaker's title is not", () => {
  const cases: Array<[string, string | null]> = [
    ["«Поставки идут по графику», — рассказал «Известиям» министр обороны Сергей Шойгу.", "Izvestia"],
    ["«Поставки идут по графику», — сказал Шойгу «Коммерсанту».", "Kommersant"],
    ["«Поставки идут по графику», — цитирует Шойгу «Интерфакс».", "Interfax"],
    ["«Поставки идут по графику», — сказал глава «Ростеха» Сергей Чемезов.", null],
  ];
  for (const [body, via] of cases) {
    const s = find(run(body, "2024-05-01", "ru"), "Поставки");
    assert.equal(viaOf(s), via, body);
  }
});

test("EN: 'X was quoted by Interfax as saying that …' — X spoke, the agency relayed", () => {
  const s = find(run("Shoigu was quoted by Interfax as saying that the contract had been signed in May."), "the contract");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "Interfax");
});

test("EN: a relay does not carry to the same speaker's words on an occasion of their own ('Speaking at a press conference')", () => {
  const body = "Aliyev told Euronews that Azerbaijan would buy more drones.\n\nSpeaking at a press conference in Baku, Aliyev said that the drones would come from Israel.";
  const st = run(body);
  assert.equal(viaOf(find(st, "Azerbaijan would")), "Euronews");
  assert.equal(viaOf(find(st, "the drones would")), null);
});

test("EN and RU: 'when contacted by X' relays; 'Как пишет «X» со ссылкой на Y' — Y spoke, the paper relayed", () => {
  const en = find(run("When contacted by Andina, a navy spokesman said that the frigates would arrive in May."), "the frigates");
  assert.equal(viaOf(en), "Andina");
  const ru = find(run("Как пишет «Коммерсантъ» со ссылкой на источники в Минобороны, контракт на поставку радаров подписан в мае.", "2024-05-01", "ru"), "контракт");
  assert.notEqual(speakerOf(ru), "Kommersant");
  assert.equal(viaOf(ru), "Kommersant");
});

test("RU: 'Как сообщил РИА Новости источник …': the unnamed source speaks, the outlet relays; 'со ссылкой на два источника' the same", () => {
  const told = find(run("Как сообщил РИА Новости источник в оборонно-промышленном комплексе, контракт может быть подписан до конца года.", "2025-06-03", "ru"), "контракт может");
  assert.equal(viaOf(told), "RIA Novosti");
  assert.notEqual(speakerOf(told), "RIA Novosti");
  const cited = find(run("Вьетнам ведет переговоры с Россией о поставке истребителей Су-30, сообщает Reuters со ссылкой на два источника.", "2025-06-03", "ru"), "Вьетнам ведет");
  assert.equal(viaOf(cited), "Reuters");
  assert.notEqual(speakerOf(cited), "Reuters");
});

test("RU/EN: a press service speaks for its body: 'говорится в сообщении пресс-службы ведомства', 'the press service of the … Ministry said'", () => {
  const ru = run("Переговоры ведет Минобороны Вьетнама. «ФСВТС не раскрывает детали сотрудничества с партнерами», — говорится в сообщении пресс-службы ведомства.", "2025-06-03", "ru");
  assert.equal(speakerOf(find(ru, "ФСВТС не раскрывает")), "Vietnamese Defense Ministry");
  const en = run("The press service of the Russian Defence Ministry said the jets had arrived in Algeria.", "2025-06-03");
  assert.equal(speakerOf(find(en, "the jets had arrived")), "Russian Defense Ministry");
});

test("EN: an outlet the base does not know, named after 'in an interview with' / 'told' by a title no person bears ('Il Sole 24 Ore', 'Le Monde'), relays; a person's name does not", () => {
  const interview = find(run("“We are honoured by the trust,” chief executive Roberto Cingolani said in an interview with Il Sole 24 Ore.", "2025-03-05"), "We are honoured");
  assert.equal(viaOf(interview), "Il Sole 24 Ore");
  assert.equal(viaOf(find(run("“We are honoured by the trust,” Roberto Cingolani told Le Monde.", "2025-03-05"), "We are honoured")), "Le Monde");
  assert.equal(viaOf(find(run("“We are honoured by the trust,” Roberto Cingolani told John Smith.", "2025-03-05"), "We are honoured")), null);
});

test("RU: '— заявил в интервью «Известиям» политолог X': the speaker after the interview, the outlet relays; 'Об этом сообщили в министерстве обороны республики'", () => {
  const interview = find(run("«Бронемашины будут использоваться для защиты населения», — заявил в интервью «Известиям» политолог Игорь Коротченко.", "2023-11-14", "ru"), "Бронемашины будут");
  assert.equal(speakerOf(interview), "Игорь Коротченко");
  assert.equal(viaOf(interview), "Izvestia");
  const ministry = run("Армения закупает оружие. Первая партия бронетранспортеров Bastion прибыла в Армению. Об этом сообщили в министерстве обороны республики.", "2023-11-14", "ru");
  assert.equal(speakerOf(find(ministry, "Первая партия")), "Armenian Defense Ministry");
});
