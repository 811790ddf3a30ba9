/**
 * Patterns found failing on articles from outlets the rules had not seen: honorifics, role phrases
 * that are not names, heads of ministries, adverbials before a post-posed speaker, unnamed sources,
 * participle leads, quotations reopened in the next paragraph, outlets named after a state.
 * Every sentence here is invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

// 1. honorifics
test("RU: 'господин' / 'г-жа' before a surname: the named person", () => {
  assert.equal(speakerOf(find(run("«Переговоры будут продолжены», — заявил господин Пашинян.", "2021-03-02", "ru"), "Переговоры")), "Nikol Pashinyan");
  const st = run("Г-жа Захарова сообщила, что Москва получила ноту от Баку.", "2021-03-02", "ru");
  assert.equal(speakerOf(find(st, "Москва получила")), "Maria Zakharova");
});

test("EN: 'Mr.' / 'Ms.' / 'Dr.' before a surname: the named person", () => {
  assert.equal(speakerOf(find(run("“Talks will go on,” said Mr. Pashinyan.", "2021-03-02"), "Talks will")), "Nikol Pashinyan");
  assert.equal(speakerOf(find(run("“No note was received,” Ms. Zakharova told journalists.", "2021-03-02"), "No note")), "Maria Zakharova");
});

// 2. role phrases are not actors
test("EN: 'Name, role to President X, said …': the name speaks, not 'adviser'", () => {
  const st = run("Elmar Mammadov, security adviser to President Ilham Aliyev, said Baku would buy air defence systems from two suppliers.", "2022-05-04");
  const s = find(st, "Baku would buy");
  assert.equal(speakerOf(s), "Elmar Mammadov");
});

test("RU: 'премьер-министр страны Имя Фамилия': the name, not the role", () => {
  const st = run("Армения не будет участвовать в учениях блока, заявил премьер-министр страны Никол Пашинян.", "2023-09-05", "ru");
  assert.equal(speakerOf(find(st, "Армения не будет")), "Nikol Pashinyan");
});

test("RU: 'премьер-министр страны' alone is the head of government of the state the text is about", () => {
  const body = "Армения подписала соглашение о закупке гаубиц. Поставки начнутся в следующем году, сообщил премьер-министр страны.";
  assert.equal(speakerOf(find(run(body, "2023-09-05", "ru"), "Поставки начнутся")), "Nikol Pashinyan");
});

test("EN: a bare role nobody fits is an unknown speaker (null), never an actor named 'minister'", () => {
  const s = find(run("“The contract stands,” the minister told reporters.", "2023-09-05"), "The contract");
  assert.equal(s.speaker, null);
});

// 3. heads of ministries and leaders
test("RU: 'глава российского МИД', 'глава МИД России', 'глава Минобороны Армении' are the ministers at the date", () => {
  assert.equal(speakerOf(find(run("Москва готова к диалогу по всем вопросам, заявил глава российского МИД.", "2019-04-10", "ru"), "Москва готова")), "Sergey Lavrov");
  const s = find(run("Ереван рассчитывает на новые поставки, сообщил глава Минобороны Армении.", "2019-04-10", "ru"), "Ереван рассчитывает");
  assert.equal(speakerOf(s), "Davit Tonoyan");
  assert.equal(viaOf(s), null, "the ministry is the minister's title here, not a relay");
});

test("EN: 'the head of the Russian Foreign Ministry' and 'the Azerbaijani leader' are people", () => {
  assert.equal(speakerOf(find(run("Moscow was open to talks, the head of the Russian Foreign Ministry said.", "2019-04-10"), "Moscow was")), "Sergey Lavrov");
  assert.equal(speakerOf(find(run("“We will not wait forever,” the Azerbaijani leader said.", "2019-04-10"), "We will not")), "Ilham Aliyev");
});

test("EN: \"Country's defence minister\" is the holder of that office", () => {
  assert.equal(speakerOf(find(run("“The drones are ours,” Turkey's defence minister said.", "2020-10-01"), "The drones")), "Hulusi Akar");
});

// 4. adverbials between the verb and a post-posed speaker
test("RU: a day and an occasion between the verb and the speaker", () => {
  const a = find(run("Контракт на поставку катеров будет исполнен досрочно, заявил в пятницу министр обороны РФ Сергей Шойгу.", "2019-04-10", "ru"), "Контракт");
  assert.equal(speakerOf(a), "Sergei Shoigu");
  const b = find(run("Баку направил ноту протеста, сообщила во вторник на брифинге Мария Захарова.", "2019-04-10", "ru"), "Баку направил");
  assert.equal(speakerOf(b), "Maria Zakharova");
});

test("EN: '…, said on Tuesday Defense Minister X' gives the clause before", () => {
  const s = find(run("The frigates would be delivered on schedule, said on Tuesday Defense Minister Sergei Shoigu.", "2019-04-10"), "The frigates");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Sergei Shoigu");
});

// 5. unnamed sources
test("EN/RU: a clause attributed to unnamed sources is a statement of an unnamed source", () => {
  const en = find(run("Baku is close to ordering a second batch of radars, three people briefed on the negotiations said on Friday.", "2019-04-10"), "Baku is close");
  assert.equal(en.speaker?.kbId ?? null, null);
  const ru = find(run("Первая партия истребителей будет передана до конца года, сообщил источник в военно-дипломатических кругах.", "2019-04-10", "ru"), "Первая партия");
  assert.equal(ru.speaker?.kbId ?? null, null);
});

// 6. participle leads
test("EN: a sentence-initial participle is neither a speaker nor a statement; the pronoun after resolves to the speaker", () => {
  const body = "Questioned about the shipments, Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had nothing to add. “We never discuss such contracts,” she told RIA Novosti.";
  const st = run(body, "2021-03-02");
  assert.ok(!st.some((s) => /^Questioned/u.test(s.text)));
  assert.equal(speakerOf(find(st, "Moscow had nothing")), "Maria Zakharova");
  assert.equal(speakerOf(find(st, "We never discuss")), "Maria Zakharova");
  const lead = run("Commenting on the tender, Pashinyan said Yerevan would choose the cheapest offer.", "2021-03-02");
  assert.ok(!lead.some((s) => /^Commenting/u.test(s.text)));
  assert.equal(speakerOf(find(lead, "Yerevan would")), "Nikol Pashinyan");
});

test("RU: 'Отвечая на вопрос, X сказал, что …' keeps X and the clause", () => {
  const st = run("Отвечая на вопрос журналиста, Песков сказал, что Кремль не комментирует военные контракты.", "2021-03-02", "ru");
  assert.equal(speakerOf(find(st, "Кремль не комментирует")), "Dmitry Peskov");
  assert.ok(!st.some((s) => /^Отвечая/u.test(s.text)));
});

// 7. a quotation reopened in the next paragraph
test("EN: a quotation opened after a closed one and continued in the next paragraph is one statement", () => {
  const body = "“Nothing has changed,” Defense Minister Sergei Shoigu told the board. “Every contract is being honoured.\n\n“The last ships sail in May.”";
  const st = run(body, "2019-04-10");
  assert.equal(st.length, 2);
  assert.equal(speakerOf(find(st, "Nothing has changed")), "Sergei Shoigu");
  const long = find(st, "Every contract");
  assert.match(long.text, /The last ships sail in May\.$/u);
  assert.equal(speakerOf(long), "Sergei Shoigu");
});

test("RU: the same with «ёлочки»", () => {
  const body = "«Планы не изменились», — сказал министр обороны РФ Сергей Шойгу. «Все контракты исполняются.\n\n«Последние корабли уйдут в мае».";
  const st = run(body, "2019-04-10", "ru");
  assert.equal(st.length, 2);
  assert.match(find(st, "Все контракты").text, /уйдут в мае\.?$/u);
});

// 8. unknown Russian names in oblique cases
test("RU: an unknown name in the instrumental and a later bare surname are one speaker in the nominative", () => {
  const body = "Министр провел переговоры с малайзийским коллегой Мохаммадом Хасаном. Хасан отметил, что Куала-Лумпур изучает предложение.";
  assert.equal(speakerOf(find(run(body, "2021-03-02", "ru"), "Куала-Лумпур")), "Мохаммад Хасан");
});

test("RU: 'Сингх' in 2021 is the defence minister Rajnath Singh, named before in the instrumental", () => {
  const body = "Шойгу встретился с индийским коллегой Раджнатом Сингхом. Сингх заявил, что Нью-Дели ждет новых поставок.";
  assert.equal(speakerOf(find(run(body, "2021-03-02", "ru"), "Нью-Дели")), "Rajnath Singh");
});

// 9. outlets named after a state
test("EN/RU: 'France 24', 'Russia Today', 'Azerbaijan Television', 'Общественному телевидению Армении' are outlets", () => {
  assert.equal(viaOf(find(run("“We need guarantees,” Pashinyan told France 24.", "2023-09-05"), "We need")), "France 24");
  assert.equal(viaOf(find(run("“We need guarantees,” Lavrov told Russia Today.", "2023-09-05"), "We need")), "RT");
  assert.equal(viaOf(find(run("“We need guarantees,” Aliyev told Azerbaijan Television.", "2023-09-05"), "We need")), "Azerbaijan Television");
  const ru = find(run("«Нам нужны гарантии», — сказал Пашинян Общественному телевидению Армении.", "2023-09-05", "ru"), "Нам нужны");
  assert.equal(viaOf(ru), "Public Television of Armenia");
  assert.equal(speakerOf(ru), "Nikol Pashinyan");
});

test("RU: a long post-posed role description that ends in a full name names that person", () => {
  const st = run("Белоруссия в прошлом году поставила Азербайджану новые комплексы, сообщил председатель Государственного военно-промышленного комитета Белоруссии Дмитрий Пантус.", "2019-03-14", "ru");
  const s = find(st, "Белоруссия в прошлом году");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(s.text, "Белоруссия в прошлом году поставила Азербайджану новые комплексы");
  assert.equal(speakerOf(s), "Дмитрий Пантус");
  assert.equal(s.speaker?.kbId, null);
  assert.equal(speakerOf(find(run("Поставки начнутся в следующем году, сообщил в среду пресс-секретарь президента России Дмитрий Песков.", "2019-03-14", "ru"), "Поставки начнутся")), "Dmitry Peskov");
});

test("RU: the name after 'на встрече с коллегой' in a post-posed role phrase is the counterpart, not the speaker", () => {
  const st = run("«Контракты будут выполнены в срок», — сказал министр на встрече с индийским коллегой Раджнатом Сингхом.", "2019-03-14", "ru");
  assert.notEqual(speakerOf(find(st, "Контракты будут")), "Rajnath Singh");
});

test("EN: 'Chile's Ambassador to the UN Pedro Alvarez called … “…”': the title's name speaks", () => {
  const s = find(run("Just earlier this week, Chile’s Ambassador to the UN Pedro Alvarez called the allegations “totally unfounded” and left."), "totally");
  assert.equal(speakerOf(s), "Pedro Alvarez");
});

test("a chancellor's, king's or emir's title is no part of the name, in English and Russian", () => {
  assert.equal(speakerOf(find(run("Chancellor Hans Brandt said the tanks would arrive in spring."), "the tanks")), "Hans Brandt");
  assert.equal(speakerOf(find(run("King Rasmus Holm said the frigates would be built at home."), "the frigates")), "Rasmus Holm");
  const ru = run("Канцлер Ханс Брандт заявил, что «поставки начнутся весной».", "2019-03-14", "ru");
  assert.equal(speakerOf(find(ru, "поставки")), "Ханс Брандт");
});

test("ranks written short ('Lt. Brig.', 'Capt.') and 'Brigadier' stand before the name; a possessive role ending in a full name is that person", () => {
  const quote = "“This contract makes Chile a partner of Sweden,”";
  assert.equal(speakerOf(find(run(`${quote} Air Force commander Lt. Brig. Marcelo Quiroga told reporters.`), "This contract")), "Marcelo Quiroga");
  assert.equal(speakerOf(find(run(`${quote} Brigadier Marcelo Quiroga told reporters.`), "This contract")), "Marcelo Quiroga");
  const possessive = run("Peru's foreign ministry spokesperson Ana Ruiz said the cooperation \"should not target a third party\".");
  assert.equal(speakerOf(find(possessive, "should not")), "Ana Ruiz");
});

test("a thing's name in the sentence before ('Gripen E', 'Leopard 2A6') is never taken for the speaker of a bare quotation", () => {
  const st = run("Chile bought 36 Gripen E fighters. “This contract makes Chile a partner of Sweden.”");
  assert.equal(speakerOf(find(st, "This contract")), null);
});

test("after an outlet noun the whole capitalised name is the outlet, not its last word ('издание Andes Security Review')", () => {
  const st = run("Перу получит 12 истребителей. Об этом сообщает издание Andes Security Review.", "2019-03-14", "ru");
  const s = find(st, "Перу получит");
  assert.equal(speakerOf(s), "Andes Security Review");
  assert.notEqual(viaOf(s), "Review");
});

test("'Sultan' is a first name as often as a title: 'Sultan Kamalov' keeps it", () => {
  const st = run("The helicopters will arrive in May, Sultan Kamalov, Deputy Defence Minister of Peru, revealed on Monday.");
  assert.equal(speakerOf(find(st, "The helicopters")), "Sultan Kamalov");
});

test("a body named by its noun and field ('the Department of National Defense') speaks as that body; after 'of' the field's words are not a person's name", () => {
  const body = run("Chile has signed a contract for two missile batteries, the Department of Coastal Defence said on Friday.", "2024-03-14");
  assert.equal(speakerOf(find(body, "Chile has signed")), "Department of Coastal Defence");
  const office = run("Chile will buy two missile batteries, the Office of the Prime Minister said on Friday.", "2024-03-14");
  assert.equal(speakerOf(find(office, "Chile will buy")), "Office of the Prime Minister");
  const person = run("Chile will buy two missile batteries, Deputy Minister of Coastal Defence Pablo Arancibia said on Friday.", "2024-03-14");
  assert.equal(speakerOf(find(person, "Chile will buy")), "Pablo Arancibia");
});

test("a surname with the Arabic article in lower case ('al-Bayari', 'el-Sisi') is part of the name; 'Assistant' and 'Special Envoy' are titles", () => {
  const st = run("Assistant Defence Minister Khalid al-Bahri said the agreement was signed. Special Envoy Kamal Haddad said the talks would go on.", "2024-03-14");
  assert.equal(speakerOf(find(st, "the agreement was signed")), "Khalid al-Bahri");
  assert.equal(speakerOf(find(st, "the talks would go on")), "Kamal Haddad");
});

test("'Air Marshal', 'Air Vice Marshal' are ranks, not part of the name", () => {
  const st = run("Air Marshal Hasan Abara, the chief of the air staff, said the helicopters would be deployed in the north. Air Vice Marshal Ada Okon said the crews were ready.", "2025-04-02");
  assert.equal(speakerOf(find(st, "the helicopters would")), "Hasan Abara");
  assert.equal(speakerOf(find(st, "the crews were ready")), "Ada Okon");
});

test("EN: 'Name, the role of Body, said': the named person speaks, not the body the role names", () => {
  const st = run("Son Jae-il, the chief executive of Hanwha Aerospace, said the deal “proves the trust Poland places in Korean industry”.", "2024-12-02");
  assert.equal(speakerOf(find(st, "proves the trust")), "Son Jae-il");
  const direct = run("Kim Dong-kwan, chairman of Hanwha Group, said: “The order shows our strength in Europe.”", "2024-12-02");
  assert.equal(speakerOf(find(direct, "The order shows")), "Kim Dong-kwan");
});

test("EN: 'the agency said' after a government agency, 'the company' / 'the state arms exporter' after a firm", () => {
  const agency = run("The State Department approved a possible sale of missiles to Morocco, the Defense Security Cooperation Agency said on Tuesday. “The proposed sale will improve Morocco's capability,” the agency said.", "2025-04-09");
  assert.equal(speakerOf(find(agency, "The proposed sale")), "Defense Security Cooperation Agency");
  const exporter = run("Rosoboronexport signed a contract with Algeria for Su-35 jets, the state arms exporter said on Monday.", "2025-04-09");
  assert.equal(speakerOf(find(exporter, "Rosoboronexport signed")), "Rosoboronexport");
  // a firm, never the ministry named between: "the company" is no government body
  const company = run("Rosoboronexport will supply the jets, the Russian Defence Ministry said. “The jets will be delivered in 2026,” the company said.", "2025-04-09");
  assert.equal(speakerOf(find(company, "The jets will")), "Rosoboronexport");
});

test("EN: 'the department said' is a body named before, never an actor called 'department'", () => {
  const st = run("The Pentagon said the sale was approved. “It supports our foreign policy,” the department said.", "2025-04-09");
  assert.equal(speakerOf(find(st, "It supports")), "US Department of Defense");
});

test("EN: 'he' does not stand for a single unknown capitalised word ('600 Hellfire missiles')", () => {
  const st = run("Morocco will receive 600 Hellfire missiles. “The missiles will be delivered in 2026,” he said.", "2025-04-09");
  assert.notEqual(speakerOf(find(st, "The missiles")), "Hellfire");
});

test("EN: 'he' after 'Country's defence minister, Name, welcomed …' is the named person, not the description", () => {
  const st = run("Turkey's defence minister, Yaşar Güler, welcomed the move. ‘We have been waiting for this for a long time,’ he told the state broadcaster TRT.", "2025-07-23");
  assert.equal(speakerOf(find(st, "We have been waiting")), "Yaşar Güler");
});

test("EN: a body's name with 'for' inside ('the Federal Service for Military-Technical Cooperation', 'the Institute for Defence Studies') speaks whole", () => {
  const st = run("In a statement posted on Telegram, the Federal Service for Military-Technical Cooperation said it “does not disclose the details”.", "2025-06-03");
  assert.equal(speakerOf(find(st, "does not disclose")), "Federal Service for Military-Technical Cooperation");
  const institute = run("Asked about the deal, the Institute for Defence Studies said it “had no information”.", "2025-06-03");
  assert.equal(speakerOf(find(institute, "had no information")), "Institute for Defence Studies");
});

test("EN: '…, said Name, a researcher at …': a description after the post-posed name still ends the attribution", () => {
  const st = run("The deal could be worth up to $8 billion, said Pham Thi Lan, a researcher at the Institute for Defence Studies in Hanoi. “Russian fighters remain the cheapest option,” Lan said.", "2025-06-03");
  assert.equal(speakerOf(find(st, "The deal could be worth")), "Pham Thi Lan");
  assert.equal(speakerOf(find(st, "Russian fighters")), "Pham Thi Lan");
});

test("RU: 'По словам представителя Минобороны Вьетнама Нгуена Ван Хунга, …': the person in the nominative, the ministry stays out of the name", () => {
  const st = run("По словам официального представителя Минобороны Вьетнама Нгуена Ван Хунга, ведомство не комментирует неподписанные контракты.", "2025-06-03", "ru");
  assert.equal(speakerOf(find(st, "ведомство не комментирует")), "Нгуен Ван Хунг");
  const woman = run("По словам заместителя министра Анны Петровой, Вьетнам закупит истребители.", "2025-06-03", "ru");
  assert.equal(speakerOf(find(woman, "Вьетнам закупит")), "Анна Петрова");
});

test("EN: a surname of several words ('Al Attiyah said') is the known person named before in full", () => {
  const st = run("The agreement was signed by Qatar's Minister of State for Defence Affairs Khalid bin Mohammed Al Attiyah in Rome. Speaking after the ceremony, Al Attiyah said the helicopters would “enhance the capabilities of the navy”.", "2025-03-05");
  assert.equal(speakerOf(find(st, "enhance the capabilities")), "Khalid bin Mohammad Al Attiyah");
});

test("EN: 'Baber said' after 'Air Marshal Zaheer Ahmed Baber' is the whole name, its title words left out; 'PM Khan' is the known Imran Khan", () => {
  const st = run("Prime Minister Imran Khan attended. Air force chief Air Marshal Zaheer Ahmed Baber described the induction as historic. “The last such event was in 1982,” Baber said. " +
    "“I am grateful to China,” PM Khan said at the ceremony.", "2022-03-11");
  assert.equal(speakerOf(find(st, "The last such event")), "Zaheer Ahmed Baber");
  assert.equal(speakerOf(find(st, "I am grateful")), "Imran Khan");
});
