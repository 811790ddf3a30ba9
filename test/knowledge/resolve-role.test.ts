import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../src/knowledge";

const kb = loadKnowledgeBase();
const holder = (label: string, date: string | null) => kb.resolveRole(label, date)?.name;

test("the Russian defence minister depends on the date", () => {
  assert.equal(holder("the Russian defence minister", "2016-06-15"), "Sergei Shoigu");
  assert.equal(holder("the Russian defense minister", "2025-03-01"), "Andrei Belousov");
  assert.equal(holder("Russia's defence minister", "2010"), "Anatoliy Serdyukov");
  assert.equal(holder("министр обороны России", "2005-01-01"), "Sergei Ivanov");
  assert.equal(holder("министра обороны РФ", "2020"), "Sergei Shoigu");
});

test("Armenia's president and prime minister are told apart", () => {
  assert.equal(holder("президент Армении", "2016"), "Serzh Sargsyan");
  assert.equal(holder("президент Армении", "2019"), "Armen Sarkissian");
  assert.equal(holder("премьер-министр Армении", "2019"), "Nikol Pashinyan");
  assert.equal(holder("Armenian Prime Minister", "2020-10-01"), "Nikol Pashinyan");
  assert.equal(holder("президентом Армении", "2023"), "Vahagn Khachaturyan");
});

test("state adjectives and genitives in both languages", () => {
  assert.equal(holder("президент Азербайджана", "2021-05-20"), "Ilham Aliyev");
  assert.equal(holder("азербайджанский президент", "2021"), "Ilham Aliyev");
  assert.equal(holder("Azerbaijani President", "2016"), "Ilham Aliyev");
  assert.equal(holder("Azerbaijani Foreign Minister", "2015-03"), "Elmar Mammadyarov");
  assert.equal(holder("главы МИД Азербайджана", "2022"), "Jeyhun Bayramov");
  assert.equal(holder("head of the Azerbaijani Defense Ministry", "2020"), "Zakir Hasanov");
  assert.equal(holder("министра обороны Армении", "2016-06"), "Seyran Ohanian");
  assert.equal(holder("Armenia’s First Deputy Defense Minister", "2016-06"), "Davit Tonoyan");
});

test("organisations' offices", () => {
  assert.equal(holder("CSTO Secretary General", "2015"), "Nikolay Bordyuzha");
  assert.equal(holder("генсек ОДКБ", "2021"), "Stanislav Zas");
  assert.equal(holder("Kremlin spokesman", "2020"), "Dmitry Peskov");
});

test("acting holders and unresolvable labels", () => {
  assert.equal(holder("и.о. министра обороны республики", "2021"), undefined, "no state named");
  assert.equal(holder("acting president of Armenia", "2022-02-15"), "Alen Simonyan");
  assert.equal(holder("president of Armenia", "2018"), undefined, "two presidents that year");
  assert.equal(holder("Azerbaijani President", null), undefined, "two holders ever, no date");
  assert.equal(holder("Nagorno-Karabakh Republic president", null), undefined);
  assert.equal(holder("Belarusian President", null), "Alexander Lukashenko", "a single holder ever needs no date");
});

test("a label that names a person gives that person", () => {
  assert.equal(holder("президент Азербайджана Ильхам Алиев", null), "Ilham Aliyev");
  assert.equal(holder("Shoygu", null), "Sergei Shoigu");
});

test("role descriptions in running text carry their holder", () => {
  const found = kb.findRoleDescriptions("Shoigu told his Azerbaijani counterpart that the Armenian Defense Ministry spokesman disagreed.", "2016-06-15");
  const spokesman = found.find((d) => d.role === "spokesperson");
  assert.equal(spokesman?.of?.id, "armenian-defense-ministry");
  assert.equal(spokesman?.text, "Armenian Defense Ministry spokesman");
  const text = "заявил министр обороны Азербайджана";
  const [minister] = kb.findRoleDescriptions(text, "2016");
  assert.equal(minister.text, "министр обороны Азербайджана");
  assert.equal(minister.holder?.id, "zakir-hasanov");
  assert.deepEqual(kb.holders("defence-minister", "armenia", "2016-06").map((a) => a.id), ["seyran-ohanian"]);
});

test("offices held by several people at once never resolve to one of them", () => {
  assert.equal(holder("Замминистра обороны РФ", "2021"), undefined);
  assert.equal(holder("Russian Deputy Foreign Minister", "2017-03"), undefined);
  const [deputy] = kb.findRoleDescriptions("замминистра обороны РФ", "2021");
  assert.equal(deputy.role, "deputy-defence-minister");
  assert.equal(deputy.of?.id, "russia");
});

test("the Nagorno-Karabakh authorities by their adjective", () => {
  assert.equal(holder("Karabakh President", "2021-03"), "Arayik Harutyunyan");
  assert.equal(holder("президент НКР", "2015"), "Bako Sahakyan");
  assert.equal(holder("карабахского президента", "2022"), "Arayik Harutyunyan");
});
