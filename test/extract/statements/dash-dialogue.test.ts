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
