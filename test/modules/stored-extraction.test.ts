import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { storeExtraction } from "../../src/store/store-extraction";
import type { Extraction } from "../../src/extract/types";
import { startTestApi, type TestApi } from "../support/test-api";
import type { ActorRef } from "../../src/model/actor-ref";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

const aliyev: ActorRef = { kbId: "ilham-aliyev", name: "Ilham Aliyev", kind: "PERSON" };
const russia: ActorRef = { kbId: "russia", name: "Russia", kind: "STATE" };
const azerbaijan: ActorRef = { kbId: "azerbaijan", name: "Azerbaijan", kind: "STATE" };
const tass: ActorRef = { kbId: "tass", name: "TASS", kind: "MEDIA" };

/** A hand-built extraction of one Russian article (no extractor involved). */
function extraction(): Extraction {
  const body = "Президент Азербайджана Ильхам Алиев заявил: «Мы получили все танки Т-90С от России». Об этом передает ТАСС.";
  const quote = "Мы получили все танки Т-90С от России";
  const start = body.indexOf(quote);
  const span = (text: string) => ({ text, start: body.indexOf(text), end: body.indexOf(text) + text.length });
  return {
    extractorVersion: "hand-built",
    contentHash: "c".repeat(64),
    originalText: body,
    format: "text",
    body,
    metadata: { title: "Алиев о танках", outlet: tass, language: "ru", publishedAt: { date: "2018-03-12", precision: "DAY" }, authors: [], url: "https://example.org/tanks" },
    statements: [{ text: quote, kind: "DIRECT", speaker: aliyev, speakerLabel: "Президент Азербайджана Ильхам Алиев", via: tass,
      saidOn: { date: "2018-03-12", precision: "DAY" }, language: "ru", start, end: start + quote.length, confidence: 0.95 }],
    mentions: [{ actor: aliyev, ...span("Ильхам Алиев") }, { actor: russia, ...span("России") }, { actor: tass, ...span("ТАСС") }],
    actors: [aliyev, russia, azerbaijan, tass],
    deals: [{ supplier: russia, recipient: azerbaijan, items: ["танки Т-90С"], designations: ["T-90S"], category: "armoured vehicles", quantity: null,
      valueText: null, amount: null, currency: null, period: null, periodStart: null, periodEnd: null, status: "DELIVERED",
      evidence: { excerpt: quote, start, end: start + quote.length, statementIndex: 0 } }],
    timings: {},
  };
}

describe("the API reads what the ingestion store writes", () => {
  let api: TestApi;
  let articleId: number;
  before(async () => {
    api = await startTestApi(async (ds) => {
      articleId = (await storeExtraction(ds, extraction(), { weapons: loadWeaponGazetteer() })).articleId;
    });
  });
  after(() => api?.close());

  it("serves a stored article with its statement, speaker, outlet, mentions and deal", async () => {
    const res = await api.query(`query($id: ID!) { article(id: $id) { title publishedAt language outlet { name kind }
      statements { totalCount edges { node { text kind saidOn speaker { kbId name } via { name } outlet { name } } } }
      mentions { text actor { kbId } } deals { designation status supplier { kbId } recipient { kbId } evidence { statement { text } } } } }`, { id: String(articleId) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const article = res.data.article;
    assert.equal(article.outlet.name, "TASS");
    assert.equal(article.statements.totalCount, 1);
    assert.deepEqual(article.statements.edges[0].node, {
      text: "Мы получили все танки Т-90С от России", kind: "DIRECT", saidOn: "2018-03-12",
      speaker: { kbId: "ilham-aliyev", name: "Ilham Aliyev" }, via: { name: "TASS" }, outlet: { name: "TASS" },
    });
    assert.deepEqual(article.mentions.map((m: any) => m.actor.kbId), ["ilham-aliyev", "russia", "tass"]);
    assert.deepEqual(article.deals, [{ designation: "T-90S", status: "DELIVERED", supplier: { kbId: "russia" }, recipient: { kbId: "azerbaijan" },
      evidence: [{ statement: { text: "Мы получили все танки Т-90С от России" } }] }]);
  });

  it("filters the stored statements by speaker name and outlet", async () => {
    const res = await api.query(`{ a: statements(filter: { speakerName: "Ilham Aliyev", outletName: "TASS" }) { totalCount }
      b: statements(filter: { speakerName: "Shoigu" }) { totalCount } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data, { a: { totalCount: 1 }, b: { totalCount: 0 } });
  });
});
