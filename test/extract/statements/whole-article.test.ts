import { test } from "node:test";
import assert from "node:assert/strict";
import { run, speakerOf } from "./helpers";

const EN_ARTICLE = `Armenia's Defense Minister Suren Papikyan announced on Wednesday that Yerevan had signed a contract with India for the supply of artillery systems. "The contracts were signed last year and deliveries have begun," Papikyan told journalists after a government session.

The deal, reportedly worth $250 million, includes howitzers. India's Ministry of Defence declined to comment.

Azerbaijan's presidential aide Hikmet Hajiyev criticized the purchase. "India is arming Armenia for a new war," he wrote on social media, calling the move "provocative."

Kremlin spokesman Dmitry Peskov dismissed the claims. "Russia fulfils all its obligations," Peskov told reporters.

The so-called "Zangezur corridor" remains a point of contention.`;

test("EN article: every statement in order, with its kind and speaker", () => {
  const st = run(EN_ARTICLE, "2024-09-18");
  assert.deepEqual(
    st.map((s) => [s.kind, speakerOf(s), s.text.slice(0, 24)]),
    [
      ["INDIRECT", "Suren Papikyan", "Yerevan had signed a con"],
      ["DIRECT", "Suren Papikyan", "The contracts were signe"],
      ["DIRECT", "Hikmet Hajiyev", "India is arming Armenia "],
      ["PARTIAL", "Hikmet Hajiyev", "provocative."],
      ["DIRECT", "Dmitry Peskov", "Russia fulfils all its o"],
    ],
  );
  assert.deepEqual(st[0].saidOn, { date: "2024-09-18", precision: "DAY" });
  assert.deepEqual(st[1].saidOn, { date: null, precision: "UNKNOWN" });
});

const RU_ARTICLE = `МОСКВА, 15 марта. /ТАСС/. Россия продолжит выполнять свои обязательства по поставкам вооружений Армении. Об этом заявил журналистам пресс-секретарь президента РФ Дмитрий Песков.

"Все контракты будут выполнены в срок", - сказал он. По словам Пескова, Москва не видит причин для пересмотра договоренностей.

Армянский премьер Никол Пашинян ранее заявил, что Ереван диверсифицирует поставки оружия. «Мы не можем зависеть от одного поставщика», — подчеркнул он.

Баку закупит противоракетные комплексы «Гроза-С».`;

test("RU article: every statement in order, with its kind and speaker", () => {
  const st = run(RU_ARTICLE, "2024-03-15", "ru");
  assert.deepEqual(
    st.map((s) => [s.kind, speakerOf(s), s.text.slice(0, 24)]),
    [
      ["INDIRECT", "Dmitry Peskov", "Россия продолжит выполня"],
      ["DIRECT", "Dmitry Peskov", "Все контракты будут выпо"],
      ["INDIRECT", "Dmitry Peskov", "Москва не видит причин д"],
      ["INDIRECT", "Nikol Pashinyan", "Ереван диверсифицирует п"],
      ["DIRECT", "Nikol Pashinyan", "Мы не можем зависеть от "],
    ],
  );
});
