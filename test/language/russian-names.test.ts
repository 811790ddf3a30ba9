import { test } from "node:test";
import assert from "node:assert/strict";
import { isGenitiveContext, nominativeOfGenitiveNameWord, nominativeOfName, nominativeOfNameWord } from "../../src/language/russian-inflection";
import { loadKnowledgeBase } from "../../src/knowledge";

test("unambiguous case endings of unknown names are reduced to the nominative", () => {
  assert.equal(nominativeOfName("Раджнатом Сингхом"), "Раджнат Сингх");
  assert.equal(nominativeOfNameWord("Петровым"), "Петров");
  assert.equal(nominativeOfNameWord("Петровой"), "Петрова");
  assert.equal(nominativeOfNameWord("Сергеем"), "Сергей");
  assert.equal(nominativeOfNameWord("Игорем"), "Игорь");
  assert.equal(nominativeOfNameWord("Марией"), "Мария");
});

test("endings a nominative may also have are reduced only when the text writes the shorter form", () => {
  assert.equal(nominativeOfNameWord("Захарова"), "Захарова");
  assert.equal(nominativeOfNameWord("Шойгу"), "Шойгу");
  assert.equal(nominativeOfNameWord("Хасана"), "Хасана");
  assert.equal(nominativeOfNameWord("Хасана", (w) => w === "Хасан"), "Хасан");
  assert.equal(nominativeOfNameWord("Перейры", (w) => w === "Перейрой"), "Перейра");
  assert.equal(nominativeOfNameWord("Lavrov"), "Lavrov");
});

test("defence and foreign ministers of India, Pakistan, Israel, Turkey, France and the US are known with dates", () => {
  const kb = loadKnowledgeBase();
  const cases: Array<[string, string, string]> = [
    ["Indian defence minister", "2010-01-01", "A. K. Antony"],
    ["Indian defence minister", "2021-01-01", "Rajnath Singh"],
    ["Indian foreign minister", "2016-01-01", "Sushma Swaraj"],
    ["Pakistani defence minister", "2020-01-01", "Pervez Khattak"],
    ["Pakistani foreign minister", "2012-01-01", "Hina Rabbani Khar"],
    ["Israeli defence minister", "2006-12-01", "Amir Peretz"],
    ["Israeli foreign minister", "2008-01-01", "Tzipi Livni"],
    ["Turkish defence minister", "2013-01-01", "İsmet Yılmaz"],
    ["Turkish foreign minister", "2008-01-01", "Ali Babacan"],
    ["French defence minister", "2009-01-01", "Hervé Morin"],
    ["French foreign minister", "2014-01-01", "Laurent Fabius"],
    ["US defense secretary", "2014-01-01", "Chuck Hagel"],
    ["US secretary of state", "2014-01-01", "John Kerry"],
  ];
  for (const [label, date, name] of cases) assert.equal(kb.resolveRole(label, date)?.name, name, `${label} on ${date}`);
  const zakharova = kb.lookup("Мария Захарова");
  assert.ok(zakharova?.roles.some((r) => r.role === "spokesperson" && r.of === "russian-foreign-ministry"));
});

test("plural names, plural adjectives and short adjectives decline", async () => {
  const { inflectionPattern, matchesInflected } = await import("../../src/language/russian-inflection");
  const matches = (text: string, alias: string, options = {}) => matchesInflected(text, alias, inflectionPattern(alias, options));
  for (const form of ["нидерландов", "нидерландам", "нидерландах"]) assert.ok(matches(form, "нидерланды"), form);
  assert.ok(matches("филиппин", "филиппины"), "a plural genitive without an ending");
  assert.ok(matches("объединенных", "объединенные"));
  assert.ok(matches("арабских", "арабские"));
  assert.ok(matches("островов", "острова", { plural: true }), "a plural name's nouns in -а");
  assert.ok(!matches("островов", "острова"), "a lone -а noun is feminine");
  assert.ok(matches("южной", "южная", { minStem: 3 }) && matches("новой", "новая", { minStem: 3 }), "as words of a longer name");
  assert.ok(matches("кубы", "куба", { minStem: 3 }) && !matches("кубы", "куба"), "short stems only where asked");
  assert.ok(matches("телевидения", "телевидение"), "neuter nouns in -ие still decline as nouns");
});

test("a name known to be in the genitive ('по словам Ивана Петрова') has its nominative read word by word", () => {
  const cases: Array<[string, string]> = [
    ["Ивана", "Иван"], ["Петрова", "Петров"], ["Петровой", "Петрова"], ["Анны", "Анна"], ["Ольги", "Ольга"], ["Марии", "Мария"],
    ["Сергея", "Сергей"], ["Юрия", "Юрий"], ["Игоря", "Игорь"], ["Ковальского", "Ковальский"], ["Нгуена", "Нгуен"], ["Шойгу", "Шойгу"],
  ];
  for (const [genitive, nominative] of cases) assert.equal(nominativeOfGenitiveNameWord(genitive), nominative, genitive);
  assert.equal(nominativeOfName("Нгуена Ван Хунга", undefined, true), "Нгуен Ван Хунг");
  // without the genitive known, "-а" stays: "Петрова" may be a woman's nominative
  assert.equal(nominativeOfName("Анна Петрова"), "Анна Петрова");
});

test("'по словам' and 'по мнению' put the name after them in the genitive; a role noun alone does not", () => {
  assert.equal(isGenitiveContext("По словам официального представителя Минобороны Вьетнама "), true);
  assert.equal(isGenitiveContext("Как считают аналитики, по мнению "), true);
  assert.equal(isGenitiveContext("сообщила журналистам заместитель министра "), false);
});
