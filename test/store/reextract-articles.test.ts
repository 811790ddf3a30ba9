import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { In } from "typeorm";
import { EXTRACTOR_VERSION } from "../../src/extract/extractor-version";
import { Actor } from "../../src/modules/actor/actor.entity";
import { Article } from "../../src/modules/article/article.entity";
import { Mention } from "../../src/modules/article/mention.entity";
import { AuditEntry } from "../../src/modules/audit/audit-entry.entity";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { idOf, rowIdOf } from "../support/ids";
import { startResearchApi, type ResearchApi } from "../support/research-api";

const PAGE = `Moscow, 12 March 2019. Russia has delivered S-400 systems to Turkey, Defence Minister Sergei Shoigu said on Tuesday.

“The contract is fulfilled and the last battery is in place,” Shoigu told RIA Novosti. “We are ready to discuss the Su-35 fighters too,” he added.

Turkish President Recep Tayyip Erdogan said that Ankara would not cancel the purchase under any pressure.`;
const OTHER = (n: number) => `Baku, ${n} May 2021. “We will receive the Polonez systems on time,” Azerbaijani President Ilham Aliyev told Trend. Belarus confirmed the order.`;
const OLD = "0.0.1-test";

let api: ResearchApi;
const ids = { main: 0, current: 0, moved: 0, lost: 0 };

const edit = (query: string, variables: Record<string, unknown> = {}) => api.graphql(query, variables, api.keys.editor);
const reextract = (input: Record<string, unknown>, key = api.keys.editor) => api.graphql(
  `mutation($input: ReextractArticlesInput!) { reextractArticles(input: $input) { results { articleId status statementsKept statementsReplaced statementsAdded reason } } }`,
  { input }, key,
);
const statementsOf = (articleId: number) => api.dataSource.getRepository(Statement).find({ where: { articleId }, order: { startOffset: "ASC", id: "ASC" } });

async function ingest(text: string, publishedAt: string): Promise<number> {
  const res = await edit(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
    { input: { text, outlet: "RIA Novosti", publishedAt } });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return rowIdOf(res.data.ingestArticle.article.id);
}

/** What an older cleaner would have stored: `prefix` before the body, every stored offset shifted, and an old extractor version. */
async function storeAsOlderExtractor(articleId: number, prefix: string): Promise<void> {
  const ds = api.dataSource;
  const article = await ds.getRepository(Article).findOneByOrFail({ id: articleId });
  await ds.getRepository(Article).update({ id: articleId }, { body: prefix + article.body, extractorVersion: OLD });
  for (const entity of [Statement, Mention, DealEvidence] as const) {
    for (const row of await ds.getRepository<Statement | Mention | DealEvidence>(entity).findBy({ articleId })) {
      await ds.getRepository<Statement | Mention | DealEvidence>(entity).update({ id: row.id }, { startOffset: row.startOffset + prefix.length, endOffset: row.endOffset + prefix.length });
    }
  }
}

before(async () => {
  api = await startResearchApi();
  ids.main = await ingest(PAGE, "2019-03-12");
  // A year apart: the same words are not linked as one utterance.
  ids.current = await ingest(OTHER(20), "2021-05-20");
  ids.moved = await ingest(OTHER(21), "2022-05-21");
  ids.lost = await ingest(OTHER(22), "2023-05-22");
});
after(() => api.close());

test("reextractArticles needs an editor key: no key and a reader key are refused and nothing is written", async () => {
  const auditBefore = await api.dataSource.getRepository(AuditEntry).count();
  const anonymous = await reextract({ articleIds: [String(ids.main)] }, "");
  assert.equal(anonymous.errors?.[0].extensions?.code, "UNAUTHENTICATED");
  const reader = await reextract({ articleIds: [String(ids.main)] }, api.keys.reader);
  assert.equal(reader.errors?.[0].extensions?.code, "FORBIDDEN");
  assert.equal(await api.dataSource.getRepository(AuditEntry).count(), auditBefore);
});

test("more than 100 articles per call, or an unknown id, is BAD_USER_INPUT naming input.articleIds", async () => {
  const many = await reextract({ articleIds: Array.from({ length: 101 }, (_, i) => String(i + 1)) });
  assert.equal(many.errors?.[0].extensions?.argumentName, "input.articleIds");
  assert.match(many.errors![0].message, /at most 100/);
  const unknown = await reextract({ articleIds: [String(ids.main), "999999"] });
  assert.equal(unknown.errors?.[0].extensions?.argumentName, "input.articleIds");
  assert.match(unknown.errors![0].message, /999999/);
});

test("re-extracting a stale article keeps reviewed statements and curated deals, replaces the rest, and is audited", async () => {
  const ds = api.dataSource;
  const [indirect, quote, added, erdogan] = await statementsOf(ids.main);
  assert.equal(quote.text, "The contract is fulfilled and the last battery is in place,", "the fixture page extracts as expected");
  const erdoganActor = erdogan.speakerId!;
  const corrected = await edit(`mutation($id: ID!, $input: StatementCorrectionInput!) { correctStatement(id: $id, input: $input) { reviewed } }`,
    { id: String(quote.id), input: { end: quote.startOffset + "The contract is fulfilled".length, kind: "PARTIAL", speakerId: String(erdoganActor) } });
  assert.equal(corrected.errors, undefined, JSON.stringify(corrected.errors));
  const marked = await edit(`mutation { markStatementReviewed(id: "${added.id}", reviewed: true) { reviewed } }`);
  assert.deepEqual(marked.data, { markStatementReviewed: { reviewed: true } });
  const reviewedBefore = await ds.getRepository(Statement).findBy({ id: In([quote.id, added.id]) });

  const article = await ds.getRepository(Article).findOneByOrFail({ id: ids.main });
  const bogus = (await ds.getRepository(Statement).insert({ ...erdogan, id: undefined, text: "Turkish President", startOffset: article.body.indexOf("Turkish"), endOffset: article.body.indexOf("Turkish") + 17 })).identifiers[0].id as number;
  const other = (await statementsOf(ids.current))[0];
  await ds.query(`INSERT INTO statement_groups ("statementId", "groupId") VALUES (${erdogan.id}, ${erdogan.id}), (${other.id}, ${erdogan.id})`);

  const russia = await ds.getRepository(Actor).findOneByOrFail({ kbId: "russia" });
  const created = await edit(`mutation($input: DealInput!) { createDeal(input: $input) { id } }`, { input: { supplierId: String(russia.id), items: ["S-500"], status: "NEGOTIATING" } });
  const curatedDeal = rowIdOf(created.data.createDeal.id);
  const erdoganSentence = article.body.indexOf("Turkish President");
  const evidence = await edit(`mutation { addDealEvidence(dealId: "${curatedDeal}", input: { articleId: "${ids.main}", start: ${erdoganSentence}, end: ${erdoganSentence + 40} }) { id } }`);
  assert.equal(evidence.errors, undefined, JSON.stringify(evidence.errors));
  const curatedEvidence = await ds.getRepository(DealEvidence).findOneByOrFail({ dealId: curatedDeal });
  const curatedDealBefore = await ds.getRepository(Deal).findOneByOrFail({ id: curatedDeal });
  const abandoned = (await ds.getRepository(Deal).insert({ source: "PRESS", items: ["T-72"], createdAt: new Date().toISOString() })).identifiers[0].id as number;
  await ds.getRepository(DealEvidence).insert({ dealId: abandoned, articleId: ids.main, excerpt: article.body.slice(0, 6), startOffset: 0, endOffset: 6 });
  const pressDeals = await ds.getRepository(Deal).countBy({ source: "PRESS" });
  const extractedDeal = (await ds.getRepository(DealEvidence).findOneByOrFail({ articleId: ids.main, curated: false, statementId: indirect.id })).dealId;
  await ds.getRepository(Article).update({ id: ids.main }, { extractorVersion: OLD });

  const res = await reextract({});
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data.reextractArticles.results, [
    { articleId: idOf("Article", ids.main), status: "UPDATED", statementsKept: 2, statementsReplaced: 3, statementsAdded: 2, reason: null },
  ], "the default takes only the stale article");

  const after = await statementsOf(ids.main);
  assert.deepEqual(await ds.getRepository(Statement).findBy({ id: In([quote.id, added.id]) }), reviewedBefore, "reviewed statements are untouched");
  const fresh = after.filter((s) => !s.reviewed);
  assert.deepEqual(fresh.map((s) => s.text), ["Russia has delivered S-400 systems to Turkey", "Ankara would not cancel the purchase under any pressure"]);
  assert.ok(fresh.every((s) => ![indirect.id, erdogan.id, bogus].includes(s.id)), "unreviewed statements are new rows");
  for (const a of after) for (const b of after) if (a !== b) assert.ok(a.endOffset <= b.startOffset || b.endOffset <= a.startOffset, `${a.id} and ${b.id} overlap`);
  const body = (await ds.getRepository(Article).findOneByOrFail({ id: ids.main })).body;
  for (const s of after) assert.equal(body.slice(s.startOffset, s.endOffset), s.text);

  assert.equal((await ds.getRepository(Article).findOneByOrFail({ id: ids.main })).extractorVersion, EXTRACTOR_VERSION);
  assert.deepEqual(await ds.query(`SELECT "statementId" FROM statement_groups`), [], "a group left with one report is removed");
  assert.deepEqual(await ds.getRepository(Deal).findOneByOrFail({ id: curatedDeal }), curatedDealBefore, "a curated deal is untouched");
  assert.deepEqual(await ds.getRepository(DealEvidence).findOneByOrFail({ id: curatedEvidence.id }), curatedEvidence, "curated evidence is untouched");
  assert.equal(await ds.getRepository(Deal).existsBy({ id: abandoned }), false, "an extracted deal left without evidence is deleted");
  const s400 = await ds.getRepository(DealEvidence).findOneByOrFail({ articleId: ids.main, curated: false });
  assert.deepEqual([s400.dealId, s400.statementId], [extractedDeal, fresh[0].id], "the same deal gets the new evidence, citing the new statement");
  assert.equal(await ds.getRepository(Deal).countBy({ source: "PRESS" }), pressDeals - 1, "no deal is created twice");

  const log = await edit(`{ auditLog(entityType: "Article", entityId: "${ids.main}") { edges { node { action keyName keyId before after } } } }`);
  const entry = log.data.auditLog.edges[0].node;
  assert.deepEqual([entry.action, entry.keyName, entry.keyId], ["reextractArticle", "Ed Itor", String(api.keys.editorId)]);
  assert.equal(entry.before.extractorVersion, OLD);
  assert.deepEqual([entry.after.extractorVersion, entry.after.statementsKept, entry.after.statementsReplaced, entry.after.statementsAdded, entry.after.dealsDeleted],
    [EXTRACTOR_VERSION, 2, 3, 2, [idOf("Deal", abandoned)]], "ids as the API writes them");

  const again = await reextract({ articleIds: [String(ids.main)] });
  assert.equal(again.data.reextractArticles.results[0].status, "UNCHANGED");
  assert.equal((await edit(`{ auditLog(entityType: "Article", entityId: "${ids.main}") { totalCount } }`)).data.auditLog.totalCount, 2, "ingest and one re-extraction");
});

test("staleOnly with articleIds keeps only the stale ones", async () => {
  const res = await reextract({ articleIds: [String(ids.main), String(ids.current)], staleOnly: true });
  assert.deepEqual(res.data.reextractArticles.results, []);
});

test("when the cleaned body changes, a reviewed statement is re-anchored on its verbatim text", async () => {
  await edit(`mutation { markStatementReviewed(id: "${(await statementsOf(ids.moved))[0].id}", reviewed: true) { id } }`);
  const [statement] = await statementsOf(ids.moved);
  await storeAsOlderExtractor(ids.moved, "Subscribe to our newsletter.\n\n");
  const res = await reextract({ articleIds: [String(ids.moved)] });
  assert.equal(res.data.reextractArticles.results[0].status, "UPDATED", JSON.stringify(res));
  const kept = await api.dataSource.getRepository(Statement).findOneByOrFail({ id: statement.id });
  assert.deepEqual(kept, statement, "back at its place in the new body, nothing else changed");
  assert.ok(!(await api.dataSource.getRepository(Article).findOneByOrFail({ id: ids.moved })).body.includes("Subscribe"));
});

test("an article whose reviewed statement is not in the new body is skipped and left as it was", async () => {
  const prefix = "Words only the old cleaner kept.\n\n";
  await storeAsOlderExtractor(ids.lost, prefix);
  const [statement] = await statementsOf(ids.lost);
  await api.dataSource.getRepository(Statement).update({ id: statement.id }, { text: "Words only the old cleaner kept.", startOffset: 0, endOffset: prefix.length - 2 });
  await edit(`mutation { markStatementReviewed(id: "${statement.id}", reviewed: true) { id } }`);
  const articleBefore = await api.dataSource.getRepository(Article).findOneByOrFail({ id: ids.lost });
  const statementsBefore = await statementsOf(ids.lost);
  const auditBefore = await api.dataSource.getRepository(AuditEntry).count();

  const res = await reextract({ articleIds: [String(ids.lost)] });
  const [result] = res.data.reextractArticles.results;
  assert.equal(result.status, "SKIPPED");
  assert.match(result.reason, new RegExp(`statement ${statement.id}\\b`));
  assert.deepEqual(await api.dataSource.getRepository(Article).findOneByOrFail({ id: ids.lost }), articleBefore);
  assert.deepEqual(await statementsOf(ids.lost), statementsBefore);
  assert.equal(await api.dataSource.getRepository(AuditEntry).count(), auditBefore);
});
