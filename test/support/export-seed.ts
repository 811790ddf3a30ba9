import type { DataSource } from "typeorm";
import { storeExtraction } from "../../src/store/store-extraction";
import { extractionOf, statementIn } from "./extraction-fixture";
import type { ActorRef } from "../../src/model/actor-ref";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

export const tass: ActorRef = { kbId: "tass", name: "TASS", kind: "MEDIA" };
export const aliyev: ActorRef = { kbId: "ilham-aliyev", name: "Ilham Aliyev", kind: "PERSON" };

/** Bodies whose statements exercise CSV quoting: commas, double quotes, a line break, Cyrillic and an emoji. */
export const bodies = {
  english: "“We will deliver, as agreed,” Shoigu said. He added that “the \"Smerch\" systems\nare ready”. Azerbaijan bought tanks.",
  russian: "«Мы закупим у России оружие на 4 миллиарда долларов», — заявил Ильхам Алиев 🙂 в Баку.",
  indirect: "Shoigu said that the contract would be signed soon. Nothing else happened.",
};

/** Stores three articles (five statements): two English from RIA Novosti, one Russian from TASS. */
export async function seedExportStore(dataSource: DataSource): Promise<void> {
  const { english, russian, indirect } = bodies;
  await storeExtraction(dataSource, extractionOf(english, {
    statements: [
      statementIn(english, "We will deliver, as agreed,", { saidOn: { date: "2016-06-14", precision: "DAY" } }),
      statementIn(english, "the \"Smerch\" systems\nare ready", { kind: "PARTIAL", saidOn: { date: "2016-06-14", precision: "DAY" } }),
    ],
  }), { weapons: loadWeaponGazetteer() });
  await storeExtraction(dataSource, extractionOf(russian, {
    metadata: { title: "Алиев", outlet: tass, language: "ru", publishedAt: { date: "2013-08-01", precision: "MONTH" }, authors: [], url: "https://tass.ru/a/1" },
    statements: [statementIn(russian, "Мы закупим у России оружие на 4 миллиарда долларов", {
      speaker: aliyev, speakerLabel: "Ильхам Алиев", language: "ru", saidOn: { date: "2013-08-01", precision: "MONTH" },
    })],
  }), { weapons: loadWeaponGazetteer() });
  await storeExtraction(dataSource, extractionOf(indirect, {
    statements: [
      statementIn(indirect, "the contract would be signed soon", { kind: "INDIRECT", via: tass, saidOn: { date: "2019-03-02", precision: "DAY" } }),
      statementIn(indirect, "Nothing else happened.", { kind: "INDIRECT", speaker: null, speakerLabel: null }),
    ],
  }), { weapons: loadWeaponGazetteer() });
}
