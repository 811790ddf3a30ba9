import { test } from "node:test";
import assert from "node:assert/strict";
import { find, run, speakerOf } from "./helpers";

test("RU: a paragraph opening with a dash and closed by ', — сказал X' is a direct quotation of X", () => {
  const body = "Министр прокомментировал поставки.\n\n— Мы получили новые вертолеты. Они уже в строю, — сказал Сергей Шойгу.";
  const s = find(run(body, "2016-06-15", "ru"), "Мы получили");
  assert.equal(s.kind, "DIRECT");
  assert.equal(s.text, "Мы получили новые вертолеты. Они уже в строю");
  assert.equal(speakerOf(s), "Sergei Shoigu");
});

test("RU: an en dash works the same, and a reported clause inside the words is not a statement of its own", () => {
  const body = "– Сейчас мой помощник сказал, что контракт подписан. Я очень рад, – подчеркнул Сергей Шойгу.";
  const st = run(body, "2016-06-15", "ru");
  assert.equal(speakerOf(find(st, "Сейчас мой помощник")), "Sergei Shoigu");
  assert.equal(st.length, 1);
});

test("RU: a dash paragraph without a closing speech verb (a list item) is not a quotation", () => {
  const st = run("Поставки включают:\n\n— танки Т-90, которые уже отправлены, — и бронемашины.", "2016-06-15", "ru");
  assert.equal(st.filter((s) => s.kind === "DIRECT").length, 0);
});

test("an interview set as dash turns: each answer is the interviewee's quotation, the questions are nobody's", () => {
  const body = [
    "О том, чем вооружается армия, изданию рассказал министр обороны Армении Сурен Папикян.",
    "— Почему Армения отказалась от российских поставок?",
    "— Мы заплатили за оружие, которое так и не получили.",
    "— Что вы получили от Индии?",
    "— Индия поставила нам системы Pinaka и радары SWATHI.",
  ].join("\n\n");
  const st = run(body, "2024-03-12", "ru");
  assert.deepEqual(st.filter((s) => s.kind === "DIRECT").map((s) => [s.text, speakerOf(s)]), [
    ["Мы заплатили за оружие, которое так и не получили.", "Suren Papikyan"],
    ["Индия поставила нам системы Pinaka и радары SWATHI.", "Suren Papikyan"],
  ]);
  assert.ok(!st.some((s) => s.text.includes("Почему Армения")), "a question is no statement");
});

test("an interview set as 'Q:' / 'A:' turns, and a lone dash paragraph is no interview", () => {
  const body = "Defence Minister Suren Papikyan spoke to the paper in Yerevan.\n\nQ: Why did Armenia turn away from Russian arms?\n\nA: We paid for weapons we never received.\n\nQ: What came from India?\n\nA: India delivered Pinaka launchers to us.";
  const st = run(body, "2024-03-12");
  assert.deepEqual(st.filter((s) => s.kind === "DIRECT").map((s) => speakerOf(s)), ["Suren Papikyan", "Suren Papikyan"]);
  const lone = run("Армения получила системы Pinaka.\n\n— Это важный шаг для нашей армии.", "2024-03-12", "ru");
  assert.equal(lone.filter((s) => s.kind === "DIRECT").length, 0);
});

test("RU: imperfective speech verbs ('заявлял', 'отмечал') report words", () => {
  const st = run("Ранее премьер-министр Никол Пашинян заявлял, что Армения будет диверсифицировать источники вооружений.", "2024-03-12", "ru");
  assert.equal(speakerOf(find(st, "Армения будет")), "Nikol Pashinyan");
});
