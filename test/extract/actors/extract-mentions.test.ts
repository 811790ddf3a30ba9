import { test } from "node:test";
import assert from "node:assert/strict";
import { extractMentions } from "../../../src/extract/actors/extract-mentions";
import type { ExtractedStatement } from "../../../src/extract/types";
import { loadKnowledgeBase } from "../../../src/knowledge";
import type { ActorRef } from "../../../src/model/actor-ref";

const kb = loadKnowledgeBase();
const names = (actors: ActorRef[]) => actors.map((a) => a.name);

function statement(text: string, body: string, speaker: ActorRef | null, via: ActorRef | null = null, speakerLabel: string | null = null): ExtractedStatement {
  const start = body.indexOf(text);
  return { text, kind: "DIRECT", speaker, speakerLabel, via, saidOn: { date: null, precision: "UNKNOWN" }, language: "en", start, end: start + text.length, confidence: 0.9 };
}

test("knowledge-base actors with offsets, each actor once", () => {
  const body = "Shoygu told his Azerbaijani counterpart Zakir Hasanov in Moscow that Russia would deliver. Hasanov agreed, Шойгу сказал.";
  const { mentions, actors } = extractMentions(body, [], kb);
  for (const m of mentions) assert.equal(body.slice(m.start, m.end), m.text);
  assert.deepEqual(names(actors), ["Sergei Shoigu", "Zakir Hasanov", "Russia", "Azerbaijan"], "Azerbaijan by its adjective, last");
  assert.equal(mentions.filter((m) => m.actor.kbId === "sergei-shoigu").length, 2);
  assert.ok(actors.every((a) => a.kbId !== null));
});

test("unknown people with a title before or after the name keep their role text", () => {
  const body =
    "Colonel Mehman Novruzov, Defence Attache of the Embassy of Azerbaijan in Armenia, said the deal was signed. " +
    "Armenian Defense Ministry spokesman Vahe Ghazaryan denied it. Later Novruzov added nothing.";
  const { mentions, actors } = extractMentions(body, [], kb);
  const novruzov = actors.find((a) => a.name === "Mehman Novruzov");
  assert.equal(novruzov?.kbId, null);
  assert.equal(novruzov?.kind, "PERSON");
  assert.match(novruzov?.roleText ?? "", /Defence Attache of the Embassy of Azerbaijan/);
  const ghazaryan = actors.find((a) => a.name === "Vahe Ghazaryan");
  assert.equal(ghazaryan?.roleText, "Armenian Defense Ministry spokesman");
  assert.ok(mentions.some((m) => m.text === "Novruzov" && m.actor === novruzov), "the bare surname later is a mention of the same person");
});

test("Russian titles, inflected names merged into one person", () => {
  const body =
    "Официальный представитель МИД Азербайджана Айгюн Рустамова заявила, что встреча состоится. " +
    "Позже слова Айгюн Рустамовой подтвердил военный эксперт Иван Петров.";
  const { actors } = extractMentions(body, [], kb);
  const unknown = actors.filter((a) => a.kbId === null);
  assert.deepEqual(names(unknown), ["Айгюн Рустамова", "Иван Петров"]);
  assert.equal(unknown[0].roleText, "Официальный представитель МИД Азербайджана");
  assert.equal(unknown[1].roleText, "военный эксперт");
  assert.ok(names(actors).includes("Azerbaijani Foreign Ministry"));
});

test("capitalised phrases without a title are never people", () => {
  const body =
    "Top Stories\n\nRussian Defense Minister Urges Closer Ties With Azerbaijan\n\n" +
    "The Karabakh War ended in 1994. Defense Minister said nothing. Nagorno Karabakh Line Of Contact was calm. " +
    "Южный Кавказ остается неспокойным, Вооруженные Силы Армении приведены в готовность. Мэр Ивано-Франковска выступил.";
  const { actors } = extractMentions(body, [], kb);
  assert.deepEqual(actors.filter((a) => a.kbId === null), []);
});

test("statement speakers and relays are actors, unknown ones included", () => {
  const body = "“We will buy more,” said Arman Petrosyan, a local analyst, told RIA Novosti. Another quote came from someone.";
  const unknownSpeaker: ActorRef = { kbId: null, name: "Arman Petrosyan", kind: "PERSON", roleText: "a local analyst" };
  const ria: ActorRef = { kbId: "ria-novosti", name: "RIA Novosti", kind: "MEDIA" };
  const { mentions, actors } = extractMentions(body, [statement("We will buy more,", body, unknownSpeaker, ria)], kb);
  assert.deepEqual(names(actors).sort(), ["Arman Petrosyan", "RIA Novosti"]);
  const mention = mentions.find((m) => m.actor.name === "Arman Petrosyan");
  assert.equal(mention && body.slice(mention.start, mention.end), "Arman Petrosyan");
});

test("namesakes follow the article's date", () => {
  const body = "Саркисян заявил, что Ереван закупит оружие.";
  const ids = (date: string) => extractMentions(body, [], kb, { date }).actors.map((a) => a.kbId);
  assert.deepEqual(ids("2019-05-01"), ["armen-sarkissian", "armenia"]);
  assert.deepEqual(ids("2013-05-01"), ["serzh-sargsyan", "armenia"]);
});

test("speakers described by a common noun phrase are not listed as actors", () => {
  const body = "Armenian leaders have charged that the fighting was facilitated by arms supplies, Russian newspapers wrote.";
  const leaders: ActorRef = { kbId: null, name: "Armenian leaders", kind: "PERSON" };
  const papers: ActorRef = { kbId: null, name: "Russian newspapers", kind: "MEDIA" };
  const clause = "the fighting was facilitated by arms supplies";
  const { actors } = extractMentions(body, [{ ...statement(clause, body, leaders, papers), kind: "INDIRECT" }], kb);
  assert.deepEqual(names(actors), ["Armenia", "Russia"], "only the states their adjectives name");
});

test("a body speaking under a name with linking words ('Department of Coastal Defence') is listed; a person's name never links words", () => {
  const body = "Chile signed a contract for two batteries, the Department of Coastal Defence said. Officials of the navy agreed.";
  const department: ActorRef = { kbId: null, name: "Department of Coastal Defence", kind: "ORGANIZATION" };
  const officials: ActorRef = { kbId: null, name: "Officials of the navy", kind: "PERSON" };
  const { actors } = extractMentions(body, [{ ...statement("Chile signed a contract for two batteries", body, department), kind: "INDIRECT" }, statement("Officials of the navy agreed", body, officials)], kb);
  assert.ok(names(actors).includes("Department of Coastal Defence"));
  assert.ok(!names(actors).includes("Officials of the navy"));
});

test("a building's name after 'in the' is a place, elsewhere the body", () => {
  const body = "Speaking after talks in the Kremlin, Putin smiled. The Kremlin said later that the Pentagon was wrong.";
  const { actors, mentions } = extractMentions(body, [], kb);
  assert.deepEqual(names(actors), ["Vladimir Putin", "Kremlin", "US Department of Defense"]);
  assert.equal(mentions.filter((m) => m.actor.kbId === "kremlin").length, 1);
});

test("a person found by title under an unlisted spelling is the knowledge-base person", () => {
  const body = "Armenian First Deputy Defense Minister Davit Tonoian met Colonel Artur Mkrtchyan, a military analyst.";
  const { actors } = extractMentions(body, [], kb);
  assert.deepEqual(
    actors.map((a) => a.kbId ?? a.name),
    ["davit-tonoyan", "Artur Mkrtchyan", "armenia"],
  );
});

test("an unknown Russian name in an oblique case is listed once, in the nominative, with its later bare surname", () => {
  const body = "Министр встретился с малайзийским коллегой Мохаммадом Хасаном в Москве. Позже Хасан посетил завод.";
  const { actors, mentions } = extractMentions(body, [], kb, { date: "2021-03-02" });
  const people = actors.filter((a) => a.kind === "PERSON");
  assert.deepEqual(names(people), ["Мохаммад Хасан"]);
  assert.equal(mentions.filter((m) => m.actor === people[0]).length, 2);
});

test("a ministry named with its state's name also mentions the state; an adjective does not", () => {
  const withName = extractMentions("Turkey's Defence Ministry denied the report.", [], kb, { date: "2021-03-02" });
  assert.ok(names(withName.actors).includes("Turkey"));
  const ru = extractMentions("В Минобороны Индии опровергли сообщение.", [], kb, { date: "2021-03-02" });
  assert.ok(names(ru.actors).includes("India"));
  const adjective = extractMentions("The Turkish Defence Ministry denied the report.", [], kb, { date: "2021-03-02" });
  assert.ok(!names(adjective.actors).includes("Turkey"));
});

test("an outlet whose name starts with a state's is the outlet, not the state", () => {
  const { actors } = extractMentions("Pashinyan gave an interview to France 24. Позже он выступил по Общественному телевидению Армении.", [], kb, { date: "2023-09-05" });
  assert.ok(names(actors).includes("France 24"));
  assert.ok(names(actors).includes("Public Television of Armenia"));
  assert.ok(!names(actors).includes("France"));
});

test("a state named only by its adjective is an actor, but not as a mention", () => {
  const en = extractMentions("The brigade will operate a Chinese air defence system and Turkish and Pakistani drones.", [], kb);
  for (const state of ["China", "Turkey", "Pakistan"]) assert.ok(names(en.actors).includes(state), state);
  assert.equal(en.mentions.length, 0, "the deal and statement stages see names, not adjectives");
  const ru = extractMentions("Полк получит французские истребители и израильские беспилотники.", [], kb);
  for (const state of ["France", "Israel"]) assert.ok(names(ru.actors).includes(state), state);
});

test("an adjective of a past or a stance, or a word of the state's own name as a modifier, is not the state", () => {
  const { actors } = extractMentions("Ministers of ex-Soviet states met; pro-Brazilian groups and former Yugoslav officers spoke of the Karabakh war.", [], kb);
  for (const state of ["Soviet Union", "Brazil", "Yugoslavia", "Nagorno-Karabakh Republic"]) assert.ok(!names(actors).includes(state), state);
});

test("no actor from a weapon's designation, its variant code or a maker's model number", () => {
  const en = extractMentions("Chile received Leopard 2 AP tanks and an Ilyushin 76 transport; the HQ-9 system arrived in Egypt.", [], kb);
  assert.deepEqual(names(en.actors).filter((n) => !["Chile", "Egypt"].includes(n)), []);
  const antonov = extractMentions("Kenya leased an Antonov 124 aircraft.", [], kb);
  assert.ok(!antonov.actors.some((a) => a.kind === "PERSON"), String(names(antonov.actors)));
  const ru = extractMentions("Перу получила самолёты Антонов 148 и ЗРК HQ-9.", [], kb);
  assert.ok(!ru.actors.some((a) => a.kind === "PERSON"), String(names(ru.actors)));
});

test("a speaker that is a designation or a two-letter function word is not listed", () => {
  const body = "The HQ-9 system is «the best», Я said. «Мы готовы», — Об этом сказал министр.";
  const hq: ActorRef = { kbId: null, name: "HQ-9", kind: "ORGANIZATION" };
  const ya: ActorRef = { kbId: null, name: "Я", kind: "PERSON" };
  const ob: ActorRef = { kbId: null, name: "Об", kind: "PERSON" };
  const { actors } = extractMentions(body, [statement("the best", body, hq), statement("the best", body, ya), statement("Мы готовы", body, ob)], kb);
  assert.deepEqual(names(actors), []);
});

test("a demonym glued to a currency sign is the currency, not the state", () => {
  const { actors } = extractMentions("The radars cost US$155 million and A$ 20 million.", [], kb);
  assert.deepEqual(names(actors), []);
});

test("a speaking government named by its state's adjective is an actor; a plural common noun is not", () => {
  const body = "The Chilean government said it had received the frigates. Chilean newspapers wrote the same.";
  const government: ActorRef = { kbId: null, name: "Chilean government", kind: "ORGANIZATION" };
  const papers: ActorRef = { kbId: null, name: "Chilean newspapers", kind: "MEDIA" };
  const { actors } = extractMentions(body, [statement("it had received the frigates", body, government), statement("the same", body, papers)], kb);
  assert.ok(names(actors).includes("Chilean government"), names(actors).join(", "));
  assert.ok(!names(actors).includes("Chilean newspapers"));
});

test("'Mr Asif' after 'Khawaja Asif' is the person named in full, known or not; a surname two people share stays apart", () => {
  const known = "Defence Minister Khawaja Asif said the jets would come soon. \"They will change the balance,\" Mr Asif said.";
  assert.deepEqual(names(extractMentions(known, [], kb).actors).filter((n) => /Asif/u.test(n)), ["Khawaja Asif"]);
  const unknown = "Deputy minister Ahmed Raza Kundi said the jets would come soon. Mr Kundi declined to give a date.";
  assert.deepEqual(names(extractMentions(unknown, [], kb).actors), ["Ahmed Raza Kundi"]);
  const shared = "Deputy minister Ahmed Raza Kundi and spokesman Bilal Kundi spoke. Mr Kundi declined to give a date.";
  assert.deepEqual(names(extractMentions(shared, [], kb).actors).sort(), ["Ahmed Raza Kundi", "Bilal Kundi", "Kundi"]);
});

test("a name that runs on into a body's word names the body: 'a director at the New Lines Institute' is no person 'New Lines'", () => {
  const body = "\"It is a signal,\" said Kamran Bokhari, a senior director at the New Lines Institute in Washington.";
  const actors = extractMentions(body, [], kb).actors;
  assert.ok(!names(actors).includes("New Lines"), names(actors).join(", "));
  assert.ok(names(actors).includes("Kamran Bokhari"));
});
