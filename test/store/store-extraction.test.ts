import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { storeExtraction } from "../../src/store/store-extraction";
import { Actor } from "../../src/modules/actor/actor.entity";
import { ActorAlias } from "../../src/modules/actor/actor-alias.entity";
import { Article } from "../../src/modules/article/article.entity";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { dealIn, extractionOf, russia, statementIn } from "../support/extraction-fixture";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";

let db: TestDatabase;
let dataSource: DataSource;

before(async () => {
  db = await createTestDatabase("store");
  dataSource = await openDatabase({ url: db.url });
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
});

test("an article is stored with its statements, speaker and via, and its offsets point into the body", async () => {
  const body = "“We will do everything,” Shoigu told RIA Novosti. Azerbaijan bought tanks.";
  const statement = statementIn(body, "We will do everything,", { via: { kbId: "ria-novosti", name: "RIA Novosti", kind: "MEDIA" } });
  const result = await storeExtraction(dataSource, extractionOf(body, { statements: [statement] }), { weapons: loadWeaponGazetteer() });
  assert.equal(result.status, "added");
  const stored = await dataSource.getRepository(Statement).findOneByOrFail({ articleId: result.articleId });
  const article = await dataSource.getRepository(Article).findOneByOrFail({ id: result.articleId });
  assert.equal(article.body.slice(stored.startOffset, stored.endOffset), "We will do everything,");
  const speaker = await dataSource.getRepository(Actor).findOneByOrFail({ id: stored.speakerId! });
  const via = await dataSource.getRepository(Actor).findOneByOrFail({ id: stored.viaId! });
  assert.deepEqual([speaker.name, speaker.kbId, via.name, via.kind], ["Sergei Shoigu", "sergei-shoigu", "RIA Novosti", "MEDIA"]);
  assert.equal(article.outletId, via.id, "the outlet and the via are the same actor row");
});

test("the same text twice is a no-op", async () => {
  const body = "Baku wants more weapons, Aliyev said.";
  const first = await storeExtraction(dataSource, extractionOf(body), { weapons: loadWeaponGazetteer() });
  const before = await dataSource.getRepository(Article).count();
  const second = await storeExtraction(dataSource, extractionOf(body + "\r\n"), { weapons: loadWeaponGazetteer() });
  assert.deepEqual([first.status, second.status, second.articleId], ["added", "duplicate", first.articleId]);
  assert.equal(await dataSource.getRepository(Article).count(), before);
});

test("a failure midway leaves the store as it was", async () => {
  const body = "A page whose second statement is broken.";
  const counts = async () => [
    await dataSource.getRepository(Article).count(),
    await dataSource.getRepository(Statement).count(),
    await dataSource.getRepository(Actor).count(),
  ];
  const beforeCounts = await counts();
  const good = statementIn(body, "A page", { speaker: { kbId: null, name: "Colonel Mehman Novruzov", kind: "PERSON", roleText: "Defence Attache" } });
  const broken = { ...statementIn(body, "broken"), text: null as unknown as string };
  await assert.rejects(storeExtraction(dataSource, extractionOf(body, { statements: [good, broken] }), { weapons: loadWeaponGazetteer() }));
  assert.deepEqual(await counts(), beforeCounts, "no article, statement or new actor remains");
});

test("people the knowledge base does not know become actors once, found again by name", async () => {
  const novruzov = { kbId: null, name: "Colonel Mehman Novruzov", kind: "PERSON" as const, roleText: "Defence Attache of the Embassy" };
  const a = "Novruzov said one thing.";
  const b = "Novruzov said another thing.";
  await storeExtraction(dataSource, extractionOf(a, { statements: [statementIn(a, "one thing", { speaker: novruzov })] }), { weapons: loadWeaponGazetteer() });
  await storeExtraction(dataSource, extractionOf(b, { statements: [statementIn(b, "another thing", { speaker: novruzov })] }), { weapons: loadWeaponGazetteer() });
  const actors = await dataSource.getRepository(Actor).findBy({ name: "Colonel Mehman Novruzov" });
  assert.equal(actors.length, 1);
  assert.equal(actors[0].roleText, "Defence Attache of the Embassy");
  assert.equal(await dataSource.getRepository(ActorAlias).countBy({ actorId: actors[0].id }), 1);
});

test("the same deal reported by two articles is one deal with two pieces of evidence", async () => {
  const a = "Russia delivered tanks worth $4 billion to Azerbaijan in 2010-2011. More text.";
  const b = "Azerbaijan received Russian tanks in 2010-2011, officials said.";
  const first = await storeExtraction(dataSource, extractionOf(a, { deals: [dealIn(a)] }), { weapons: loadWeaponGazetteer() });
  const second = await storeExtraction(dataSource, extractionOf(b, { deals: [dealIn(b, { valueText: null, amount: null, currency: null, items: ["tanks", "artillery"] })] }), { weapons: loadWeaponGazetteer() });
  const evidence = await dataSource.getRepository(DealEvidence).find({ order: { id: "ASC" } });
  const mine = evidence.filter((e) => e.articleId === first.articleId || e.articleId === second.articleId);
  assert.equal(mine.length, 2);
  assert.equal(mine[0].dealId, mine[1].dealId, "both articles evidence the same deal");
  const deal = await dataSource.getRepository(Deal).findOneByOrFail({ id: mine[0].dealId });
  assert.equal(deal.valueText, "$4 billion", "the first report's value is kept");
  assert.deepEqual(deal.items, ["tanks", "artillery"], "the second report's items are added");
});

test("every sentence that reports a deal is stored as its evidence", async () => {
  const body = "Russia sold Smerch rocket systems to Azerbaijan. The Smerch launchers arrived in 2014. Other news.";
  const second = body.indexOf("The Smerch");
  const deal = dealIn(body, {
    items: ["Smerch"], valueText: null, amount: null, currency: null, period: null, periodStart: null, periodEnd: null,
    additionalEvidence: [{ excerpt: "The Smerch launchers arrived in 2014.", start: second, end: second + 37, statementIndex: null }],
  });
  const stored = await storeExtraction(dataSource, extractionOf(body, { deals: [deal] }), { weapons: loadWeaponGazetteer() });
  const evidence = await dataSource.getRepository(DealEvidence).find({ where: { articleId: stored.articleId }, order: { startOffset: "ASC" } });
  assert.deepEqual(evidence.map((e) => body.slice(e.startOffset, e.endOffset)), ["Russia sold Smerch rocket systems to Azerbaijan.", "The Smerch launchers arrived in 2014."]);
  assert.equal(new Set(evidence.map((e) => e.dealId)).size, 1);
});

test("a new press deal is linked to the SIPRI record it reports", async () => {
  const actors = dataSource.getRepository(Actor);
  const russiaId = (await actors.findOneByOrFail({ kbId: "russia" })).id;
  const azerbaijanId = (await actors.findOneByOrFail({ kbId: "azerbaijan" })).id;
  const record = await dataSource.getRepository(Deal).save({
    source: "SIPRI", supplierId: russiaId, recipientId: azerbaijanId, items: ["T-90S"], designation: "T-90S", description: "tank",
    category: "armoured vehicles", numberOrdered: 100, orderYear: 2010, deliveryYears: "2011-2013", createdAt: new Date().toISOString(),
  } as Partial<Deal>);
  const body = "Russia delivered T-90S tanks to Azerbaijan under a 2010 contract.";
  const stored = await storeExtraction(dataSource, extractionOf(body, {
    deals: [dealIn(body, { items: ["T-90S tanks"], designations: ["T-90S"], valueText: null, amount: null, currency: null, period: "2010", periodStart: 2010, periodEnd: 2010 })],
  }), { weapons: loadWeaponGazetteer() });
  const evidence = await dataSource.getRepository(DealEvidence).findOneByOrFail({ articleId: stored.articleId });
  const press = await dataSource.getRepository(Deal).findOneByOrFail({ id: evidence.dealId });
  assert.equal(press.source, "PRESS");
  assert.equal(press.sipriRecordId, record.id);
});

test("a deal keeps how sure the extractor was of its parties, and each passage's note", async () => {
  const body = "Armenia took delivery of its first Su-30SM fighters.";
  const deal = dealIn(body, {
    supplier: russia, recipient: { kbId: "armenia", name: "Armenia", kind: "STATE" }, items: ["Su-30SM fighters"], designations: ["Su-30SM"],
    valueText: null, amount: null, currency: null, period: null, periodStart: null, periodEnd: null, confidence: 0.6, inferred: { supplier: "origin" },
  });
  deal.evidence.note = "supplier inferred: Su-30SM is made in Russia";
  const stored = await storeExtraction(dataSource, extractionOf(body, { deals: [deal] }), { weapons: loadWeaponGazetteer() });
  const evidence = await dataSource.getRepository(DealEvidence).findOneByOrFail({ articleId: stored.articleId });
  const saved = await dataSource.getRepository(Deal).findOneByOrFail({ id: evidence.dealId });
  assert.equal(saved.confidence, 0.6);
  assert.equal(evidence.note, "supplier inferred: Su-30SM is made in Russia");
});
