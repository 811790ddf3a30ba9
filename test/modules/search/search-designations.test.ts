import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { storeExtraction } from "../../../src/store/store-extraction";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";
import { searchTerms } from "../../../src/modules/search/search-terms";
import { dealIn, extractionOf, statementIn } from "../../support/extraction-fixture";
import { seedSmallStore, type SmallStore } from "../../support/seed";
import { startTestApi, type TestApi } from "../../support/test-api";
import { idOf } from "../../support/ids";

const HITS = `query($q: String!, $types: [SearchHitType!]) {
  search(query: $q, first: 50, types: $types) {
    edges { node { type snippet
      ... on StatementHit { node { text } }
      ... on DealHit { node { id designation items } } } } } }`;

/** Pages naming weapons in both scripts, in the case forms the press uses, stored beside the seed. */
const PAGES = {
  suRu: "«Войска получили новые Су-30СМ2», — сказал Шойгу.",
  suEn: "\"The regiment flies Su-30SM2 fighters now,\" Shoigu said.",
  miRu: "«Вертолёты Ми-171Ш поступят в срок», — заявил Шойгу.",
  miEn: "\"Mi-171Sh helicopters will arrive on time,\" Shoigu said.",
  iskanderRu: "«Комплексы Искандер-М развернуты», — сказал Шойгу.",
  iskanderCase: "«Расчёты Искандеров заступили на дежурство», — сказал Шойгу.",
  iskanderEn: "\"Iskander missiles were moved west,\" Shoigu said.",
  other: "\"Su-35 fighters are not for sale,\" Shoigu said.",
};
const quoted = (body: string) => /[«"](.+?)[»"]/.exec(body)![1].replace(/,$/, "");

describe("search finds weapons by any spelling or script the gazetteer knows", () => {
  let api: TestApi;
  let store: SmallStore;
  const dealIds: Record<string, string> = {};

  before(async () => {
    api = await startTestApi(async (ds) => {
      store = await seedSmallStore(ds);
      const weapons = loadWeaponGazetteer();
      for (const [name, body] of Object.entries(PAGES)) {
        const language = /[а-я]/i.test(body) ? "ru" : "en";
        const deals = name === "suEn" ? [dealIn(body, { items: ["Su-30SM2 fighters"], designations: ["Su-30SM2"] })]
          : name === "miRu" ? [dealIn(body, { items: ["вертолёты Ми-171Ш"], designations: ["Ми-171Ш"] })] : [];
        await storeExtraction(ds, extractionOf(body, {
          statements: [statementIn(body, quoted(body), { language })],
          deals,
          metadata: { title: name, outlet: null, language, publishedAt: { date: "2024-01-01", precision: "DAY" }, authors: [], url: null },
        }), { weapons });
      }
    });
    const deals = await api.data(`{ deals(first: 50) { edges { node { id designation } } } }`);
    for (const { node } of deals.deals.edges) if (node.designation) dealIds[node.designation] = node.id;
  });
  after(() => api?.close());

  const statementsFor = async (q: string) => {
    const res = await api.query(HITS, { q, types: ["STATEMENT"] });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data.search.edges.map((e: any) => e.node.node.text).sort();
  };
  const dealsFor = async (q: string) => {
    const res = await api.query(HITS, { q, types: ["DEAL"] });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data.search.edges.map((e: any) => e.node.node.designation).sort();
  };

  it("Су-30СМ2 and Su-30SM2 find the statements in both scripts and the deal", async () => {
    for (const q of ["Су-30СМ2", "Su-30SM2", "su-30sm2", "Су-30СМ"]) {
      assert.deepEqual(await statementsFor(q), [quoted(PAGES.suEn), quoted(PAGES.suRu)].sort(), q);
      assert.deepEqual(await dealsFor(q), ["Su-30SM2"], q);
    }
  });

  it("Ми-171Ш and Mi-171Sh find the statements in both scripts and the deal", async () => {
    for (const q of ["Ми-171Ш", "Mi-171Sh"]) {
      assert.deepEqual(await statementsFor(q), [quoted(PAGES.miEn), quoted(PAGES.miRu)].sort(), q);
      assert.deepEqual(await dealsFor(q), ["Ми-171Ш"], q);
    }
  });

  it("an alias finds every name of its weapon, in case forms too: Искандер, Iskander-M, 9K720", async () => {
    const all = [quoted(PAGES.iskanderCase), quoted(PAGES.iskanderEn), quoted(PAGES.iskanderRu)].sort();
    for (const q of ["Искандер", "Iskander-M", "9K720", "искандеры"]) assert.deepEqual(await statementsFor(q), all, q);
  });

  it("the seed's Т-90С is found as T-90S: the statement in Cyrillic and the deal", async () => {
    for (const q of ["T-90S", "Т-90С"]) {
      assert.deepEqual(await statementsFor(q), ["Поставки танков Т-90С завершены"], q);
      const res = await api.query(HITS, { q, types: ["DEAL"] });
      assert.deepEqual(res.data.search.edges.map((e: any) => e.node.node.id), [idOf("Deal", store.deals.t90)], q);
      assert.match(res.data.search.edges[0].node.snippet, /<mark>T-90S<\/mark>/);
    }
  });

  it("other words of the query still have to match, and another weapon is not found", async () => {
    assert.deepEqual(await statementsFor("Су-30СМ2 войска"), [quoted(PAGES.suRu)]);
    assert.deepEqual(await statementsFor("Su-30SM2 helicopters"), []);
    assert.deepEqual(await statementsFor("Su-35"), [quoted(PAGES.other)]);
    const snippets = (await api.query(HITS, { q: "Su-30SM2", types: ["STATEMENT"] })).data.search.edges.map((e: any) => e.node.snippet).join(" ");
    assert.match(snippets, /<mark>Су<\/mark>-<mark>30СМ2<\/mark>|<mark>Су-30СМ2<\/mark>/);
  });

  it("a query word that names no weapon is an ordinary term", () => {
    assert.deepEqual(searchTerms("Shoigu said"), [{ words: ["Shoigu"], spellings: [] }, { words: ["said"], spellings: [] }]);
    const [term] = searchTerms("Ми-171Ш");
    assert.deepEqual(term.words, ["Ми", "171Ш"]);
    assert.ok(term.spellings.includes("Mi-171Sh") && term.spellings.includes("Ми-171Ш-ВН"), term.spellings.join(", "));
    assert.deepEqual(searchTerms("Zq-917 radar"), [{ words: ["Zq", "917"], spellings: ["Zq-917", "зк-917"] }, { words: ["radar"], spellings: [] }],
      "a designation the gazetteer does not know is looked for as written and in the other script");
  });
});
