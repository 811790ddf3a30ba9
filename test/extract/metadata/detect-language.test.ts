import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../../src/extract/metadata/detect-language";

test("Russian is Russian (not Bulgarian or Ukrainian), English is English", () => {
  assert.equal(detectLanguage("Баку рассчитывает получить доступ к американскому вооружению, заявил президент Азербайджана."), "ru");
  assert.equal(detectLanguage("Azerbaijan wants to buy more Russian weapons and is now negotiating with Russia."), "en");
});

test("other languages of the region by script or stop words", () => {
  assert.equal(detectLanguage("Україна та Азербайджан підписали угоду про співпрацю, яка також передбачає постачання зброї."), "uk");
  assert.equal(detectLanguage("Մատչելիության հղումներ"), "hy");
  assert.equal(detectLanguage("Rusya ve Azerbaycan askeri iş birliğini görüştü, bu konuda bir anlaşma için çalışmalar sürüyor."), "tr");
  assert.equal(detectLanguage("12345 — !!"), "und");
});
