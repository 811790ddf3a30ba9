import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers";

test("RU: a weapon name in quotes is not a statement", () => {
  assert.deepEqual(run("Баку закупит противоракетные комплексы «Гроза-С» и системы «Искандер».", "2024-09-18", "ru"), []);
});

test("RU: an event title after 'на тему' is not a statement, the quotation before it is", () => {
  const st = run('"Мы рассчитываем на сотрудничество", - сказал Алиев в ходе дискуссии на тему "Южный Кавказ: перспективы развития".', "2021-05-20", "ru");
  assert.deepEqual(st.map((s) => s.text), ["Мы рассчитываем на сотрудничество"]);
});

test("RU: organisations and clubs in quotes are not statements", () => {
  assert.deepEqual(run("Израиль наносит удары по объектам «Хезболлы» в Ливане. «Трактор» возглавил конференцию.", "2024-09-18", "ru"), []);
});

test("EN: a film or conference title is not a statement", () => {
  assert.deepEqual(run("The festival opened with a film titled “The Long Road Home” on Friday."), []);
});

test("EN: a scare-quoted term with nobody saying it is dropped", () => {
  assert.deepEqual(run("Fighting along the so-called “line of contact” resumed."), []);
  assert.deepEqual(run("Troops crossed the “buffer zone” at night."), []);
});

test("EN: apostrophes do not open quotations", () => {
  assert.deepEqual(run("Russia’s army and Azerbaijan’s navy held drills; the ministers' talks ended."), []);
});

test("EN: a capitalised headline fragment in single quotes is not a statement", () => {
  assert.deepEqual(run("Armenia Ready to ‘Fully Normalize’ Relations with Turkey"), []);
});
