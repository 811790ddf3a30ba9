import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { storeExtraction } from "../../../src/store/store-extraction";
import { ActorAlias } from "../../../src/modules/actor/actor-alias.entity";
import { Actor } from "../../../src/modules/actor/actor.entity";
import { Mention } from "../../../src/modules/article/mention.entity";
import { AuditEntry } from "../../../src/modules/audit/audit-entry.entity";
import { Deal } from "../../../src/modules/deal/deal.entity";
import { Statement } from "../../../src/modules/statement/statement.entity";
import { dealIn, extractionOf, statementIn } from "../../support/extraction-fixture";
import { idOf, rowIdOf } from "../../support/ids";
import { startResearchApi, type ResearchApi } from "../../support/research-api";
import type { ActorRef } from "../../../src/model/actor-ref";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";

const body = "“We will deliver the tanks on time,” Shoigu told reporters. Sergei Shoigu added that more would follow.";
const namesake: ActorRef = { kbId: null, name: "S. Shoigu", kind: "PERSON", roleText: "minister" };

let api: ResearchApi;
let articleId: number;
const ids = { quote: 0, indirect: 0, shoigu: 0, namesake: 0, deal: 0 };

before(async () => {
  api = await startResearchApi(async (ds) => {
    const extraction = extractionOf(body, {
      statements: [
        statementIn(body, "We will deliver the tanks on time,"),
        statementIn(body, "more would follow", { kind: "INDIRECT", speaker: namesake, speakerLabel: "Sergei Shoigu" }),
      ],
      mentions: [{ actor: namesake, text: "Sergei Shoigu", start: body.indexOf("Sergei"), end: body.indexOf("Sergei") + 13 }],
      deals: [dealIn(body, { supplier: namesake })],
    });
    articleId = (await storeExtraction(ds, extraction, { weapons: loadWeaponGazetteer() })).articleId;
  });
  const statements = await api.dataSource.getRepository(Statement).find({ where: { articleId }, order: { startOffset: "ASC" } });
  Object.assign(ids, {
    quote: statements[0].id, indirect: statements[1].id, shoigu: statements[0].speakerId, namesake: statements[1].speakerId,
    deal: (await api.dataSource.getRepository(Deal).findOneByOrFail({ supplierId: statements[1].speakerId! })).id,
  });
});
after(() => api.close());

const edit = (query: string, variables: Record<string, unknown> = {}) => api.graphql(query, variables, api.keys.editor);

test("correctStatement re-reads the text from the body for a new span, changes kind and speaker, and marks it reviewed", async () => {
  const start = body.indexOf("We will");
  const res = await edit(`mutation($id: ID!, $input: StatementCorrectionInput!) { correctStatement(id: $id, input: $input) {
    id text kind startOffset endOffset reviewed speaker { name } } }`,
  { id: idOf("Statement", ids.quote), input: { start, end: start + "We will deliver the tanks".length, kind: "PARTIAL", viaId: null } });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data.correctStatement, {
    id: idOf("Statement", ids.quote), text: "We will deliver the tanks", kind: "PARTIAL", startOffset: start, endOffset: start + 25, reviewed: true,
    speaker: { name: "Sergei Shoigu" },
  });
  const entry = await api.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: "correctStatement", entityId: ids.quote });
  assert.equal(JSON.parse(entry.before!).text, "We will deliver the tanks on time,");
  assert.equal(JSON.parse(entry.after!).text, "We will deliver the tanks");
  assert.deepEqual([entry.keyId, entry.keyName, entry.entityType], [api.keys.editorId, "Ed Itor", "Statement"]);
});

test("correctStatement refuses offsets outside the body or reversed, and unknown speakers, changing nothing", async () => {
  const auditBefore = await api.dataSource.getRepository(AuditEntry).count();
  for (const [input, code] of [[{ start: 5, end: body.length + 1 }, "BAD_USER_INPUT"], [{ start: 10, end: 4 }, "BAD_USER_INPUT"], [{ start: -1 }, "BAD_USER_INPUT"], [{ speakerId: "999999" }, "NOT_FOUND"]] as const) {
    const res = await edit(`mutation($input: StatementCorrectionInput!) { correctStatement(id: "${ids.indirect}", input: $input) { id } }`, { input });
    assert.equal(res.errors?.[0].extensions?.code, code, JSON.stringify(input));
  }
  const stored = await api.dataSource.getRepository(Statement).findOneByOrFail({ id: ids.indirect });
  assert.deepEqual([stored.text, stored.reviewed], ["more would follow", false]);
  assert.equal(await api.dataSource.getRepository(AuditEntry).count(), auditBefore, "failed mutations leave no audit entry");
});

test("markStatementReviewed sets and clears the flag; a reviewed statement survives the same page being stored again", async () => {
  const mark = (reviewed: boolean) => edit(`mutation { markStatementReviewed(id: "${ids.indirect}", reviewed: ${reviewed}) { reviewed } }`);
  assert.deepEqual((await mark(true)).data, { markStatementReviewed: { reviewed: true } });
  assert.deepEqual((await mark(false)).data, { markStatementReviewed: { reviewed: false } });
  const again = await storeExtraction(api.dataSource, extractionOf(body, { statements: [statementIn(body, "We will deliver the tanks on time,")] }), { weapons: loadWeaponGazetteer() });
  assert.equal(again.status, "duplicate");
  const corrected = await api.dataSource.getRepository(Statement).findOneByOrFail({ id: ids.quote });
  assert.deepEqual([corrected.text, corrected.reviewed], ["We will deliver the tanks", true]);
});

test("addActorAlias and addActorRole add to an actor; a duplicate alias or a bad date is BAD_USER_INPUT", async () => {
  const alias = await edit(`mutation { addActorAlias(actorId: "${ids.shoigu}", text: "Сергей Шойгу", language: "ru") { id name } }`);
  assert.deepEqual(alias.data, { addActorAlias: { id: idOf("Actor", ids.shoigu), name: "Sergei Shoigu" } });
  assert.ok(await api.dataSource.getRepository(ActorAlias).existsBy({ actorId: ids.shoigu, text: "Сергей Шойгу", language: "ru" }));
  const duplicate = await edit(`mutation { addActorAlias(actorId: "${ids.shoigu}", text: "сергей шойгу", language: "ru") { id } }`);
  assert.equal(duplicate.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  const role = await edit(`mutation($input: ActorRoleInput!) { addActorRole(actorId: "${ids.shoigu}", input: $input) { id } }`,
    { input: { title: "Defence Minister of Russia", roleKey: "defence-minister", startDate: "2012-11-06", endDate: "2024-05-12" } });
  assert.equal(role.errors, undefined, JSON.stringify(role.errors));
  const badDate = await edit(`mutation { addActorRole(actorId: "${ids.shoigu}", input: { title: "x", startDate: "May 2012" }) { id } }`);
  assert.match(badDate.errors?.[0].message ?? "", /"May 2012" is not a valid Date/);
});

test("mergeActors moves statements, mentions, deals and aliases to the kept actor and deletes the other, audited", async () => {
  const res = await edit(`mutation { mergeActors(keepId: "${ids.shoigu}", mergeId: "${ids.namesake}") { id name } }`);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const ds = api.dataSource;
  assert.equal(await ds.getRepository(Actor).existsBy({ id: ids.namesake }), false);
  assert.equal((await ds.getRepository(Statement).findOneByOrFail({ id: ids.indirect })).speakerId, ids.shoigu);
  assert.equal(await ds.getRepository(Mention).countBy({ actorId: ids.shoigu }), 1);
  assert.equal((await ds.getRepository(Deal).findOneByOrFail({ id: ids.deal })).supplierId, ids.shoigu);
  assert.ok(await ds.getRepository(ActorAlias).existsBy({ actorId: ids.shoigu, normalized: "s. shoigu" }), "the merged name is an alias");
  const merged = await api.graphql(`{ actor(id: "${ids.namesake}") { id } }`);
  assert.deepEqual(merged.data, { actor: null });
  const log = await edit(`{ auditLog(entityType: "Actor", entityId: "${ids.namesake}") { edges { node { action before after } } } }`);
  assert.deepEqual(log.data.auditLog.edges.map((e: any) => [e.node.action, e.node.before.name, e.node.after]), [["mergeActors", "S. Shoigu", { mergedInto: idOf("Actor", ids.shoigu) }]]);
  const same = await edit(`mutation { mergeActors(keepId: "${ids.shoigu}", mergeId: "${ids.shoigu}") { id } }`);
  assert.equal(same.errors?.[0].extensions?.code, "BAD_USER_INPUT");
});

test("createDeal, updateDeal (null clears a field) and addDealEvidence from a statement's span", async () => {
  const created = await edit(`mutation($input: DealInput!) { createDeal(input: $input) { id source items status currency supplier { name } } }`,
    { input: { supplierId: idOf("Actor", ids.shoigu), items: ["Smerch", " Smerch "], status: "NEGOTIATING", currency: "usd", valueText: "$1 billion" } });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  const deal = created.data.createDeal;
  assert.deepEqual({ ...deal, id: undefined }, { id: undefined, source: "PRESS", items: ["Smerch"], status: "NEGOTIATING", currency: "USD", supplier: { name: "Sergei Shoigu" } });
  const updated = await edit(`mutation($id: ID!, $input: DealInput!) { updateDeal(id: $id, input: $input) { status valueText currency items } }`,
    { id: deal.id, input: { status: "CONTRACTED", valueText: null } });
  assert.deepEqual(updated.data.updateDeal, { status: "CONTRACTED", valueText: null, currency: "USD", items: ["Smerch"] });
  const badPeriod = await edit(`mutation { updateDeal(id: "${deal.id}", input: { periodStart: 2015, periodEnd: 2010 }) { id } }`);
  assert.equal(badPeriod.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  const evidence = await edit(`mutation($id: ID!, $input: DealEvidenceInput!) { addDealEvidence(dealId: $id, input: $input) { evidence { excerpt startOffset } } }`,
    { id: deal.id, input: { articleId: String(articleId), statementId: String(ids.indirect) } });
  assert.equal(evidence.errors, undefined, JSON.stringify(evidence.errors));
  assert.deepEqual(evidence.data.addDealEvidence.evidence, [{ excerpt: "more would follow", startOffset: body.indexOf("more would follow") }]);
  const wrongArticle = await edit(`mutation { addDealEvidence(dealId: "${deal.id}", input: { articleId: "999999", start: 0, end: 4 }) { id } }`);
  assert.equal(wrongArticle.errors?.[0].extensions?.argumentName, "input.articleId");
  const entries = await api.dataSource.getRepository(AuditEntry).findBy({ entityType: "Deal", entityId: rowIdOf(deal.id) });
  assert.deepEqual(entries.map((e) => e.action).sort(), ["addDealEvidence", "createDeal", "updateDeal"]);
});

test("ingestArticle extracts and stores a page once; the second time it is a duplicate and nothing is audited", async () => {
  const text = "Moscow, 12 March 2019. Russia has delivered S-400 systems to Turkey, Defence Minister Sergei Shoigu said. “The contract is fulfilled,” Shoigu told RIA Novosti.";
  const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate article { id url body } } }`;
  const input = { text, format: "TEXT", url: "https://example.org/s400", outlet: "RIA Novosti", publishedAt: "2019-03-12" };
  const first = await edit(mutation, { input });
  assert.equal(first.errors, undefined, JSON.stringify(first.errors));
  assert.equal(first.data.ingestArticle.duplicate, false);
  assert.equal(first.data.ingestArticle.article.url, "https://example.org/s400");
  const second = await edit(mutation, { input });
  assert.deepEqual([second.data.ingestArticle.duplicate, second.data.ingestArticle.article.id], [true, first.data.ingestArticle.article.id]);
  const audited = await api.dataSource.getRepository(AuditEntry).findBy({ action: "ingestArticle" });
  assert.deepEqual(audited.map((e) => e.entityId), [rowIdOf(first.data.ingestArticle.article.id)]);
  const badDate = await edit(mutation, { input: { ...input, publishedAt: "last Tuesday" } });
  assert.equal(badDate.errors?.[0].extensions?.argumentName, "input.publishedAt");
});

test("auditLog pages newest first with cursors, filters by entity, and needs a key", async () => {
  const all = await edit(`{ auditLog(first: 100) { totalCount edges { node { id } } } }`);
  const total = all.data.auditLog.totalCount;
  assert.ok(total >= 8);
  const newestFirst = all.data.auditLog.edges.map((e: any) => rowIdOf(e.node.id));
  assert.deepEqual(newestFirst, [...newestFirst].sort((a, b) => b - a));
  const page1 = await api.graphql(`{ auditLog(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`, {}, api.keys.reader);
  const page2 = await api.graphql(`query($after: String) { auditLog(first: 2, after: $after) { edges { node { id } } } }`,
    { after: page1.data.auditLog.pageInfo.endCursor }, api.keys.reader);
  assert.deepEqual([...page1.data.auditLog.edges, ...page2.data.auditLog.edges].map((e: any) => rowIdOf(e.node.id)), newestFirst.slice(0, 4));
  const statementLog = await edit(`{ auditLog(entityType: "Statement", entityId: "${ids.indirect}") { edges { node { action keyName } } } }`);
  assert.deepEqual(statementLog.data.auditLog.edges.map((e: any) => e.node.action), ["markStatementReviewed", "markStatementReviewed"]);
  assert.equal((await api.graphql(`{ auditLog { totalCount } }`)).errors?.[0].extensions?.code, "UNAUTHENTICATED");
});
