import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf, viaOf } from "./helpers";

test("EN: '…, X said on Thursday.' — the clause before the attribution, with the day", () => {
  const st = run("Azerbaijan wants to buy more Russian weapons, Azerbaijani President Ilham Aliyev said on Thursday.", "2017-01-20");
  const s = find(st, "Azerbaijan wants");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(s.text, "Azerbaijan wants to buy more Russian weapons");
  assert.equal(speakerOf(s), "Ilham Aliyev");
  assert.deepEqual(s.saidOn, { date: "2017-01-19", precision: "DAY" });
});

test("EN: 'He said that …' — the reported clause only, pronoun from the sentence before", () => {
  const st = run("Russian Prime Minister Dmitry Medvedev rejected the criticism. He said that Russia delivers weapons to both Armenia and Azerbaijan.");
  const s = find(st, "Russia delivers");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(s.text, "Russia delivers weapons to both Armenia and Azerbaijan");
  assert.equal(speakerOf(s), "Dmitry Medvedev");
});

test("EN: 'X stressed, however, that …' and 'X warned that …'", () => {
  const st = run("Lavrov stressed, however, that Moscow will keep its commitments. Putin warned that the talks could collapse.");
  assert.equal(speakerOf(find(st, "Moscow will keep")), "Sergey Lavrov");
  assert.equal(speakerOf(find(st, "the talks could")), "Vladimir Putin");
});

test("EN: '…, RIA Novosti quoted X as saying on Sunday' — speaker X, relay RIA Novosti", () => {
  const st = run("The two ministries have issues to discuss, RIA Novosti quoted Shoygu as saying on Sunday.", "2016-08-16");
  const s = find(st, "The two ministries");
  assert.equal(speakerOf(s), "Sergei Shoigu");
  assert.equal(viaOf(s), "RIA Novosti");
  assert.deepEqual(s.saidOn, { date: "2016-08-14", precision: "DAY" });
});

test("EN: 'According to X, …' and 'according to him, …'", () => {
  const st = run("According to Rogozin, Russia is going to sell one An-124 aircraft to Baku. Besides, according to him, Moscow and Baku plan to sign a new contract.");
  assert.equal(speakerOf(find(st, "Russia is going")), "Dmitry Rogozin");
  assert.equal(speakerOf(find(st, "Moscow and Baku plan")), "Dmitry Rogozin");
});

test("EN: 'according to media reports' is not a statement", () => {
  assert.deepEqual(run("Shoygu discussed military cooperation in Baku, according to Russian and Azerbaijani media."), []);
});

test("EN: 'X also said he would …' without 'that'", () => {
  const s = find(run("Shoygu also said he would welcome an Azerbaijani delegation at the exhibition."), "he would welcome");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Sergei Shoigu");
});

test("EN: talking to an outlet in a month gives the relay and the month", () => {
  const body = "Earlier, talking to Bloomberg in April, the Armenian head of state stated that Azerbaijan had tried to break through the front line.";
  const st = run(`Armenian President Serzh Sarkisian spoke to journalists. ${body}`, "2016-08-20");
  const s = find(st, "Azerbaijan had tried");
  assert.equal(speakerOf(s), "Serzh Sargsyan");
  assert.equal(viaOf(s), "Bloomberg");
  assert.deepEqual(s.saidOn, { date: "2016-04-01", precision: "MONTH" });
});

test("RU: 'X заявил, что …' and 'по его словам, …'", () => {
  const body = "Ранее министр обороны Армении Вагаршак Арутюнян заявил, что Армения намерена приобрести новое вооружение. По его словам, особое внимание будет уделено военным вузам.";
  const st = run(body, "2021-05-20", "ru");
  const first = find(st, "Армения намерена");
  assert.equal(first.kind, "INDIRECT");
  assert.equal(speakerOf(first), "Vagharshak Harutyunyan");
  assert.equal(speakerOf(find(st, "особое внимание")), "Vagharshak Harutyunyan");
});

test("RU: '…, заявил президент Азербайджана Ильхам Алиев.' — inverted attribution", () => {
  const s = find(run("Баку рассчитывает получить доступ к американскому вооружению, заявил президент Азербайджана Ильхам Алиев.", "2021-05-20", "ru"), "Баку рассчитывает");
  assert.equal(s.text, "Баку рассчитывает получить доступ к американскому вооружению");
  assert.equal(speakerOf(s), "Ilham Aliyev");
});

test("RU: '…, пишет издание Politico со ссылкой на …' — a publication as speaker", () => {
  const s = find(run("Белоруссия поставляла Азербайджану вооружение, пишет издание Politico со ссылкой на документы.", "2024-09-18", "ru"), "Белоруссия поставляла");
  assert.equal(speakerOf(s), "Politico");
  assert.equal(s.speaker?.kind, "MEDIA");
});

test("RU: '…, передает ТАСС' after a named speaker gives the relay", () => {
  const s = find(run("Москва выполнит все контракты, заявил Лавров, передает ТАСС.", "2024-09-18", "ru"), "Москва выполнит");
  assert.equal(speakerOf(s), "Sergey Lavrov");
  assert.equal(viaOf(s), "TASS");
});

test("RU: 'по словам X, …' and a dateline before the clause is left out", () => {
  const st = run("МОСКВА, 20 мая - По словам Шойгу, армия получит новые самолеты.", "2021-05-20", "ru");
  assert.equal(speakerOf(find(st, "армия получит")), "Sergei Shoigu");
});

test("RU: 'Алиев: …' — a known speaker followed by a colon", () => {
  const s = find(run("Алиев: Баку рассчитывает на развитие отношений с США.", "2021-05-20", "ru"), "Баку рассчитывает");
  assert.equal(s.kind, "INDIRECT");
  assert.equal(speakerOf(s), "Ilham Aliyev");
});

test("RU: a heading word before a colon is not a speaker", () => {
  assert.deepEqual(run("Новый виток эскалации: Баку восстановил контроль над регионом.", "2024-09-18", "ru"), []);
});

test("a clause that is mostly a quotation stays a partial quotation only", () => {
  const st = run("Ohanian said that ties are “dynamically developing and strategic.”");
  assert.deepEqual(st.map((s) => s.kind), ["PARTIAL"]);
});

test("EN: a long occasion between the verb and 'that' ('said in a commentary published on the ministry's website that')", () => {
  const s = find(run("Zakharova said in a commentary published on the ministry's website that Moscow would not tolerate such statements."), "Moscow would not");
  assert.equal(speakerOf(s), "Maria Zakharova");
});

test("EN: 'X told lawmakers the …' — a clause with no 'that' after the audience; a plural noun after it is no clause", () => {
  const st = run("Chile's defence minister Pablo Arancibia spoke. Arancibia told lawmakers on Monday the navy would retire two frigates. He told reporters the details of the plan.", "2024-03-14");
  assert.equal(speakerOf(find(st, "the navy would retire")), "Pablo Arancibia");
  assert.equal(st.some((s) => s.text.startsWith("the details")), false);
  const outlet = run("Pablo Arancibia told Reuters Chile was ready to buy frigates.", "2024-03-14");
  assert.equal(speakerOf(find(outlet, "Chile was ready")), "Pablo Arancibia");
});

test("EN: '…, X told parliament, adding that …' — the clause before the attribution and the participle's clause are both X's", () => {
  const st = run("Chile will buy two frigates from Britain, Defence Minister Pablo Arancibia told parliament on Monday, adding that the first ship would arrive in 2027.", "2024-03-14");
  assert.equal(speakerOf(find(st, "Chile will buy two frigates")), "Pablo Arancibia");
  assert.equal(speakerOf(find(st, "the first ship would arrive")), "Pablo Arancibia");
});

test("RU: 'Как рассказал журналистам генеральный директор «X» Имя Фамилия, …' — the name closing the source before the comma speaks", () => {
  const st = run("Как рассказал журналистам генеральный директор «Андских верфей» Пабло Арансибия, спрос на фрегаты растет.", "2024-03-14", "ru");
  assert.match(speakerOf(find(st, "спрос на фрегаты")) ?? "", /Арансибия|Arancibia/u);
});

test("EN: a role description longer than a run of words ends in the name that speaks", () => {
  const st = run("According to the deputy director of the Andean Agency for Naval Procurement and Logistics Pablo Arancibia, the demand is growing.", "2024-03-14");
  assert.equal(speakerOf(find(st, "the demand is growing")), "Pablo Arancibia");
});

test("EN: a dateline closed by a colon ('LIMA:') is no part of the first clause", () => {
  const st = run("LIMA: Peru has signed an agreement with Chile to buy two frigates, the ministry said in a statement on Monday.", "2024-03-14");
  assert.ok(st.some((s) => s.text.startsWith("Peru has signed")));
});

test("EN: '…, the defence secretary, X, told MPs' — the role before the name is no part of the clause, and MPs relay nothing", () => {
  const st = run("Peru has approved the sale of two frigates to Chile, the defence secretary, Pablo Arancibia, told MPs on Thursday.", "2024-03-14");
  const s = find(st, "Peru has approved");
  assert.equal(s.text, "Peru has approved the sale of two frigates to Chile");
  assert.equal(speakerOf(s), "Pablo Arancibia");
  assert.equal(viaOf(s), null);
});

test("RU: 'По данным издания X, …' — the outlet after its noun speaks; 'пресс-служба министерства обороны республики' is the ministry of the state the text is about", () => {
  const st = run("Казахстан закупит беспилотники. По данным издания Andes Defence Review, ранее Казахстан закупил у Китая беспилотники.", "2024-03-14", "ru");
  assert.equal(speakerOf(find(st, "ранее Казахстан закупил")), "Andes Defence Review");
  const ministry = run("Казахстан подписал контракт на поставку беспилотников, сообщает пресс-служба министерства обороны республики.", "2024-03-14", "ru");
  assert.equal(speakerOf(find(ministry, "Казахстан подписал")), "Kazakh Defense Ministry");
});

test("RU: 'По словам полковника, …' — a rank points back to the officer who spoke before", () => {
  const st = run("Перу получило первую партию бронемашин, сообщил полковник Пабло Арансибия. По словам полковника, всего до конца года планируется получить 30 машин.", "2023-11-25", "ru");
  assert.match(speakerOf(find(st, "всего до конца года")) ?? "", /Арансибия/u);
});

test("EN: 'A spokesperson for X, Name, said she was …' — a pronoun after the verb that goes on is the clause's subject, no inverted speaker", () => {
  const st = run('A spokesperson for the Chinese foreign ministry, Mao Ning, said she was "not aware of the specifics" when asked about the report.', "2025-06-07");
  assert.ok(!st.some((s) => s.text.startsWith("A spokesperson")), st.map((s) => s.text).join(" | "));
  assert.equal(speakerOf(find(st, "not aware")), "Mao Ning");
  const inverted = run("The deal will be signed before the end of the year, said he.", "2025-06-07");
  assert.ok(inverted.some((s) => s.text === "The deal will be signed before the end of the year"));
});

test("EN/RU: 'Analysts said …', 'Аналитики заявили …' — a group that speaks without a name is described in lower case, never a name", () => {
  const en = run("Analysts said the purchase would make Pakistan the first export customer of the new fighter jet.", "2025-06-07");
  assert.equal(speakerOf(find(en, "the purchase would make")), "analysts");
  const ru = run("Аналитики заявили, что закупка истребителей изменит баланс сил в регионе.", "2025-06-07", "ru");
  assert.equal(speakerOf(find(ru, "закупка истребителей")), "аналитики");
});

test("EN: 'the Elysee said', 'the Kremlin said' — a name with an article is a body, never a person", () => {
  const st = run("The UAE will also buy 12 Caracal helicopters from Airbus, the Elysee said in a statement.", "2021-12-03");
  const s = find(st, "The UAE will also buy");
  assert.equal(speakerOf(s), "Elysee");
  assert.equal(s.speaker?.kind, "ORGANIZATION");
});

test("EN: 'according to a statement from X', '… by X', 'according to the ministry statement': the document's author speaks", () => {
  const st = run("The Defence Ministry said the deal was close. The first jets are expected to be delivered in 2028, according to a statement from the Pentagon. " +
    "The deal includes training, according to a statement by Lockheed Martin. The jets will be based in Crete, according to the ministry statement.", "2024-07-25");
  assert.equal(speakerOf(find(st, "The first jets")), "US Department of Defense");
  assert.equal(speakerOf(find(st, "The deal includes training")), "Lockheed Martin");
  assert.equal(speakerOf(find(st, "The jets will be based")), "Defence Ministry");
});

test("EN: a name's abbreviation in brackets before the verb ('the Presidency of Defense Industries (SSB) announced') leaves the name the subject", () => {
  const st = run("The agreement was signed at the IDEF fair in Istanbul by officials of both countries, the Presidency of Defense Industries (SSB) announced on X.", "2025-06-11");
  assert.equal(speakerOf(find(st, "The agreement was signed")), "Presidency of Defence Industries");
});

test("RU: 'Об этом в интервью газете Bild заявил X': the occasion between the pointer and the verb may be long", () => {
  const st = run("Германия передаст Украине еще четыре зенитных ракетных комплекса IRIS-T SLM до конца года. Об этом в интервью газете Bild заявил министр обороны ФРГ Борис Писториус.", "2024-06-10", "ru");
  const s = find(st, "Германия передаст");
  assert.equal(speakerOf(s), "Boris Pistorius");
  assert.equal(viaOf(s), "Bild");
});

test("EN: 'earlier reports', 'media claims' are nouns: a fragment after them is the speaker's of the verb before", () => {
  const st = run('Cairo has not signed any agreement to purchase Chinese fighter jets, an Egyptian military source told the Al-Qahera News channel on Monday, dismissing earlier reports as "baseless."', "2025-04-14");
  assert.equal(find(st, "baseless").speakerLabel, "an Egyptian military source");
});

test("EN: '…, three people told Reuters, a move that could …' — the apposition's 'that' opens no reported clause; '…, one of the people said, speaking on condition …'", () => {
  const st = run("Saudi Arabia is in advanced talks with China to buy fighter jets, three people familiar with the matter told Reuters, a move that could complicate Washington's efforts. " +
    "The talks have gained pace since January, one of the people said, speaking on condition of anonymity because the discussions are private.", "2025-03-04");
  assert.equal(viaOf(find(st, "Saudi Arabia is in advanced talks")), "Reuters");
  assert.ok(!st.some((s) => s.text.startsWith("could complicate")), st.map((s) => s.text).join(" | "));
  assert.ok(st.some((s) => s.text === "The talks have gained pace since January"));
});
