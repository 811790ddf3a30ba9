import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { linkUtterances } from "../../src/store/link-utterances";
import { storeExtraction } from "../../src/store/store-extraction";
import type { Extraction } from "../../src/extract/types";
import { Statement } from "../../src/modules/statement/statement.entity";
import { rowIdOf } from "../support/ids";
import { startTestApi, type TestApi } from "../support/test-api";
import { extractionOf, statementIn } from "../support/extraction-fixture";
import type { ActorRef } from "../../src/model/actor-ref";
import type { PartialDate } from "../../src/model/partial-date";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

const aliyev: ActorRef = { kbId: "ilham-aliyev", name: "Ilham Aliyev", kind: "PERSON" };
const outlets: Record<string, ActorRef> = {
  tass: { kbId: "tass", name: "TASS", kind: "MEDIA" },
  ria: { kbId: "ria-novosti", name: "RIA Novosti", kind: "MEDIA" },
  reuters: { kbId: "reuters", name: "Reuters", kind: "MEDIA" },
  azernews: { kbId: null, name: "AzerNews", kind: "MEDIA" },
  trend: { kbId: null, name: "Trend", kind: "MEDIA" },
};

/** An article of `outlet` whose body quotes Aliyev saying `quote`. */
function report(outlet: string, language: "en" | "ru", published: string, body: string, quote: string, saidOn?: PartialDate): Extraction {
  return extractionOf(body, {
    metadata: { title: null, outlet: outlets[outlet], language, publishedAt: { date: published, precision: "DAY" }, authors: [], url: null },
    statements: [statementIn(body, quote, { speaker: aliyev, speakerLabel: "Aliyev", language, ...(saidOn ? { saidOn } : {}) })],
  });
}

const RU_FULL = "Азербайджан закупил у России вооружений на 4 млрд долларов, и мы продолжим закупать комплексы С-300";
const EN_FULL = "Azerbaijan has bought weapons worth $4 billion from Russia, and we will continue to buy S-300 systems,";
const EN_PART = "We will continue to buy S-300 systems";

const REPORTS = {
  tass: report("tass", "ru", "2016-06-15", `«${RU_FULL}», — сказал Алиев в интервью РИА Новости.`, RU_FULL),
  ria: report("ria", "ru", "2016-06-15", `Президент Азербайджана Ильхам Алиев: «${RU_FULL}. Это наш выбор».`, RU_FULL),
  azernews: report("azernews", "en", "2016-06-17", `President Aliyev said: "${EN_PART}." He spoke to RIA Novosti.`, EN_PART),
  trend: report("trend", "en", "2016-06-16", `"${EN_PART}," the president told RIA Novosti on Wednesday.`, EN_PART),
  reuters: report("reuters", "en", "2016-06-16", `"${EN_FULL}" Aliyev told RIA Novosti.`, EN_FULL, { date: "2016-06-15", precision: "DAY" }),
  later: report("reuters", "en", "2016-09-20", `"Azerbaijan will buy Russian helicopters worth $1 billion," Aliyev said.`, "Azerbaijan will buy Russian helicopters worth $1 billion,"),
  sameDayOther: report("tass", "ru", "2016-06-15", "«Баку готов к переговорам по Нагорному Карабаху», — заявил Алиев.", "Баку готов к переговорам по Нагорному Карабаху"),
};

const SAME = `query($id: ID!) { statement(id: $id) { text sameUtterance { id text language outlet { name } } } }`;

describe("the same words, reported twice", () => {
  let api: TestApi;
  const ids: Record<string, number> = {};

  /** Stores a report; the store links it to earlier reports of the same words. */
  async function store(ds: DataSource, name: keyof typeof REPORTS): Promise<void> {
    const result = await storeExtraction(ds, REPORTS[name], { weapons: loadWeaponGazetteer() });
    ids[name] = (await ds.getRepository(Statement).findOneByOrFail({ articleId: result.articleId })).id;
  }

  before(async () => {
    api = await startTestApi(async (ds) => {
      for (const name of ["tass", "ria", "azernews", "trend", "later", "sameDayOther", "reuters"] as const) await store(ds, name);
    });
  });
  after(() => api?.close());

  it("an interview reported in Russian by two outlets and in English by three is one group, with outlets and languages", async () => {
    const res = await api.query(SAME, { id: String(ids.reuters) });
    assert.equal(res.errors, undefined);
    const others = res.data.statement.sameUtterance;
    assert.deepEqual(others.map((s: any) => rowIdOf(s.id)), [ids.tass, ids.ria, ids.azernews, ids.trend]);
    assert.deepEqual(others.map((s: any) => [s.outlet.name, s.language]), [["TASS", "ru"], ["RIA Novosti", "ru"], ["AzerNews", "en"], ["Trend", "en"]]);
    const fromRussian = await api.query(SAME, { id: String(ids.tass) });
    assert.deepEqual(fromRussian.data.statement.sameUtterance.map((s: any) => rowIdOf(s.id)), [ids.ria, ids.azernews, ids.trend, ids.reuters]);
  });

  it("a different remark of the same speaker, on another day or on the same day, stays alone", async () => {
    for (const name of ["later", "sameDayOther"] as const) {
      const res = await api.query(SAME, { id: String(ids[name]) });
      assert.equal(res.errors, undefined);
      assert.deepEqual(res.data.statement.sameUtterance, [], name);
    }
  });

  it("sameUtterance under a list costs one SQL statement for the groups, whatever the list length", async () => {
    const res = await api.query(`{ statements(first: 20) { edges { node { id sameUtterance { id language } } } } }`);
    assert.equal(res.errors, undefined);
    const grouped = res.data.statements.edges.filter((e: any) => e.node.sameUtterance.length > 0);
    assert.equal(grouped.length, 5);
    assert.ok(res.extensions?.sql?.count <= 4, `SQL statements: ${res.extensions?.sql?.count}`);
  });

  it("linking again changes nothing", async () => {
    await api.dataSource.transaction((manager) => linkUtterances(manager, Object.values(ids)));
    const res = await api.query(SAME, { id: String(ids.trend) });
    assert.deepEqual(res.data.statement.sameUtterance.map((s: any) => rowIdOf(s.id)), [ids.tass, ids.ria, ids.azernews, ids.reuters]);
  });
});

describe("a page that repeats one quotation many times", () => {
  let api: TestApi;

  /** An article whose body quotes Aliyev saying the same words `times` times. */
  function repeated(outlet: string, times: number): Extraction {
    const quote = "We will continue to buy S-300 systems from Russia";
    const body = [`${outlet} report.`, ...Array.from({ length: times }, (_, i) => `Paragraph ${i}: "${quote}," Aliyev said.`)].join("\n");
    const statements = Array.from({ length: times }, (_, i) => {
      const start = body.indexOf(quote, body.indexOf(`Paragraph ${i}:`));
      return { ...statementIn(body, quote, { speaker: aliyev, speakerLabel: "Aliyev" }), start, end: start + quote.length };
    });
    return extractionOf(body, {
      metadata: { title: null, outlet: outlets[outlet], language: "en", publishedAt: { date: "2016-06-15", precision: "DAY" }, authors: [], url: null },
      statements,
    });
  }

  before(async () => {
    api = await startTestApi(async (ds) => {
      await storeExtraction(ds, repeated("tass", 120), { weapons: loadWeaponGazetteer() });
      await storeExtraction(ds, repeated("reuters", 120), { weapons: loadWeaponGazetteer() });
    });
  });
  after(() => api?.close());

  it("each new report links to a bounded number of earlier ones, and together they still join every copy into one group", async () => {
    const groups = await api.dataSource.query(`SELECT "groupId", COUNT(*) AS n FROM statement_groups GROUP BY "groupId"`);
    assert.equal(groups.length, 1);
    assert.equal(Number(groups[0].n), 240);
  });
});
