import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ActorAlias } from "../../../src/modules/actor/actor-alias.entity";
import { ActorRole } from "../../../src/modules/actor/actor-role.entity";
import { AuditEntry } from "../../../src/modules/audit/audit-entry.entity";
import { DealEvidence } from "../../../src/modules/deal/deal-evidence.entity";
import { Deal } from "../../../src/modules/deal/deal.entity";
import { seedSmallStore, type SmallStore } from "../../support/seed";
import { startResearchApi, type ResearchApi } from "../../support/research-api";
import { idOf } from "../../support/ids";

let api: ResearchApi;
let store: SmallStore;

before(async () => {
  api = await startResearchApi(async (ds) => {
    store = await seedSmallStore(ds);
  });
});
after(() => api.close());

const edit = (query: string, variables: Record<string, unknown> = {}) => api.graphql(query, variables, api.keys.editor);
const evidenceOf = (dealId: number) => api.dataSource.getRepository(DealEvidence).find({ where: { dealId }, order: { id: "ASC" } });
/** The newest audit entry on an entity type, checked to be of `action`. */
const lastAudit = async (entityType: "Deal" | "Actor", action: string) => {
  const log = await edit(`{ auditLog(first: 1, entityType: "${entityType}") { edges { node { action entityId before after } } } }`);
  assert.equal(log.errors, undefined, JSON.stringify(log.errors));
  const node = log.data.auditLog.edges[0].node;
  assert.equal(node.action, action);
  return node;
};

test("updateDealEvidence re-reads the excerpt for a new span, sets a note and clears the statement, audited with ids as the API writes them", async () => {
  const [evidence] = await evidenceOf(store.deals.t90);
  const start = evidence.startOffset + "Поставки ".length;
  const res = await edit(`mutation($id: ID!, $input: DealEvidenceUpdateInput!) { updateDealEvidence(id: $id, input: $input) {
    id evidence { excerpt startOffset note statement { id } } } }`,
  { id: idOf("DealEvidence", evidence.id), input: { start, statementId: null, note: "  T-90S named in the quotation " } });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.updateDealEvidence.id, idOf("Deal", store.deals.t90));
  assert.deepEqual(res.data.updateDealEvidence.evidence[0], { excerpt: "танков Т-90С завершены", startOffset: start, note: "T-90S named in the quotation", statement: null });
  const stored = await api.dataSource.getRepository(DealEvidence).findOneByOrFail({ id: evidence.id });
  assert.equal(stored.curated, true, "re-extraction keeps what a curator changed");

  const entry = await lastAudit("Deal", "updateDealEvidence");
  assert.equal(entry.entityId, idOf("Deal", store.deals.t90));
  assert.deepEqual(entry.before.evidence, {
    id: idOf("DealEvidence", evidence.id), dealId: idOf("Deal", store.deals.t90), articleId: idOf("Article", store.articles.tass), statementId: idOf("Statement", store.statements.shoiguTass),
    excerpt: "Поставки танков Т-90С завершены", startOffset: evidence.startOffset, endOffset: evidence.endOffset, note: null, curated: false,
  });
  assert.deepEqual([entry.after.evidence.id, entry.after.evidence.statementId, entry.after.evidence.excerpt], [idOf("DealEvidence", evidence.id), null, "танков Т-90С завершены"]);
});

test("updateDealEvidence refuses a statement of another article and offsets outside the body, changing nothing", async () => {
  const [, english] = await evidenceOf(store.deals.t90);
  const auditBefore = await api.dataSource.getRepository(AuditEntry).count();
  const otherArticle = await edit(`mutation { updateDealEvidence(id: "${english.id}", input: { statementId: "${store.statements.aliyevTass}" }) { id } }`);
  assert.deepEqual([otherArticle.errors?.[0].extensions?.code, otherArticle.errors?.[0].extensions?.argumentName], ["BAD_USER_INPUT", "input.statementId"]);
  const outside = await edit(`mutation { updateDealEvidence(id: "${english.id}", input: { end: 100000 }) { id } }`);
  assert.equal(outside.errors?.[0].extensions?.code, "BAD_USER_INPUT");
  assert.deepEqual(await api.dataSource.getRepository(DealEvidence).findOneByOrFail({ id: english.id }), english);
  assert.equal(await api.dataSource.getRepository(AuditEntry).count(), auditBefore, "failed mutations leave no audit entry");
});

test("removeDealEvidence takes one passage off its deal, which stays, audited with the passage", async () => {
  const [, english] = await evidenceOf(store.deals.t90);
  const res = await edit(`mutation { removeDealEvidence(id: "${english.id}") { id evidence { excerpt } } }`);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data.removeDealEvidence, { id: idOf("Deal", store.deals.t90), evidence: [{ excerpt: "танков Т-90С завершены" }] });
  assert.equal(await api.dataSource.getRepository(DealEvidence).existsBy({ id: english.id }), false);
  const entry = await lastAudit("Deal", "removeDealEvidence");
  assert.deepEqual([entry.before.evidence.id, entry.before.evidence.excerpt, entry.after], [idOf("DealEvidence", english.id), english.excerpt, null]);
});

test("deleteDeal removes the deal, its evidence and the links of press deals to it in one transaction, audited", async () => {
  await api.dataSource.getRepository(Deal).update({ id: store.deals.t90 }, { sipriRecordId: store.deals.smerch });
  const rumourEvidence = await evidenceOf(store.deals.rumour);
  assert.equal(rumourEvidence.length, 1);
  const res = await edit(`mutation { a: deleteDeal(id: "${store.deals.smerch}") b: deleteDeal(id: "${store.deals.rumour}") }`);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data, { a: idOf("Deal", store.deals.smerch), b: idOf("Deal", store.deals.rumour) });
  const deals = api.dataSource.getRepository(Deal);
  assert.deepEqual([await deals.existsBy({ id: store.deals.smerch }), await deals.existsBy({ id: store.deals.rumour })], [false, false]);
  assert.deepEqual(await evidenceOf(store.deals.rumour), []);
  assert.equal((await deals.findOneByOrFail({ id: store.deals.t90 })).sipriRecordId, null, "the press deal loses its link to the deleted SIPRI record");
  const gone = await api.graphql(`{ deal(id: "${store.deals.rumour}") { id } }`);
  assert.deepEqual(gone.data, { deal: null });

  const log = await edit(`{ auditLog(entityType: "Deal", entityId: "${store.deals.smerch}") { edges { node { action before after } } } }`);
  const [entry] = log.data.auditLog.edges.map((e: any) => e.node);
  assert.equal(entry.action, "deleteDeal");
  assert.deepEqual([entry.before.deal.id, entry.before.deal.supplierId, entry.before.deal.designation, entry.before.pressReports, entry.after],
    [idOf("Deal", store.deals.smerch), idOf("Actor", store.actors.russia), "Smerch", [idOf("Deal", store.deals.t90)], null]);
  const rumourLog = await edit(`{ auditLog(entityType: "Deal", entityId: "${store.deals.rumour}") { edges { node { before } } } }`);
  assert.deepEqual(rumourLog.data.auditLog.edges[0].node.before.evidence.map((e: any) => [e.id, e.articleId]), [[idOf("DealEvidence", rumourEvidence[0].id), idOf("Article", store.articles.reuters)]]);
});

test("removeActorAlias removes a spelling written in any case, or by its id; removeActorRole removes an office; both audited", async () => {
  const alias = await edit(`mutation { removeActorAlias(actorId: "${store.actors.aliyev}", text: "алиев") { id name } }`);
  assert.equal(alias.errors, undefined, JSON.stringify(alias.errors));
  assert.deepEqual(alias.data.removeActorAlias, { id: idOf("Actor", store.actors.aliyev), name: "Ilham Aliyev" });
  const left = await api.dataSource.getRepository(ActorAlias).find({ where: { actorId: store.actors.aliyev }, order: { id: "ASC" } });
  assert.deepEqual(left.map((a) => a.text), ["Ilham Aliyev", "Aliyev", "Ильхам Алиев"]);
  const aliasEntry = await lastAudit("Actor", "removeActorAlias");
  assert.deepEqual([aliasEntry.entityId, aliasEntry.before.alias.text, aliasEntry.before.alias.actorId], [idOf("Actor", store.actors.aliyev), "Алиев", idOf("Actor", store.actors.aliyev)]);
  const byId = await edit(`mutation { removeActorAlias(id: "${left[1].id}") { aliases { text } } }`);
  assert.deepEqual(byId.data, { removeActorAlias: { aliases: [{ text: "Ilham Aliyev" }, { text: "Ильхам Алиев" }] } }, "an alias by its id");
  const both = await edit(`mutation { removeActorAlias(id: "${left[0].id}", actorId: "${store.actors.aliyev}", text: "x") { id } }`);
  assert.equal(both.errors?.[0].extensions?.code, "BAD_USER_INPUT");

  const role = await api.dataSource.getRepository(ActorRole).findOneByOrFail({ actorId: store.actors.shoigu });
  const removed = await edit(`mutation { removeActorRole(id: "${role.id}") { name roles { title } } }`);
  assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
  assert.deepEqual(removed.data.removeActorRole, { name: "Sergei Shoigu", roles: [] });
  const roleEntry = await lastAudit("Actor", "removeActorRole");
  assert.deepEqual(roleEntry.before.role, {
    id: idOf("ActorRole", role.id), actorId: idOf("Actor", store.actors.shoigu), title: "Defence Minister of Russia", roleKey: "defence-minister",
    organizationId: idOf("Actor", store.actors.russia), startDate: "2012-11-06", endDate: "2024-05-12",
  });
});

test("unknown ids are NOT_FOUND naming the argument, for targets and for references inside the input", async () => {
  const cases: [string, string][] = [
    [`mutation { updateDealEvidence(id: "999999", input: { note: "x" }) { id } }`, "id"],
    [`mutation { removeDealEvidence(id: "999999") { id } }`, "id"],
    [`mutation { deleteDeal(id: "999999") }`, "id"],
    [`mutation { removeActorRole(id: "999999") { id } }`, "id"],
    [`mutation { removeActorAlias(id: "999999") { id } }`, "id"],
    [`mutation { removeActorAlias(actorId: "999999", text: "x") { id } }`, "actorId"],
    [`mutation { removeActorAlias(actorId: "${store.actors.aliyev}", text: "Nobody") { id } }`, "text"],
    [`mutation { updateDeal(id: "999999", input: { status: DELIVERED }) { id } }`, "id"],
    [`mutation { updateDeal(id: "${store.deals.t90}", input: { supplierId: "999999" }) { id } }`, "input.supplierId"],
    [`mutation { addDealEvidence(dealId: "${store.deals.t90}", input: { articleId: "999999", start: 0, end: 4 }) { id } }`, "input.articleId"],
    [`mutation { correctStatement(id: "${store.statements.anonymous}", input: { speakerId: "999999" }) { id } }`, "input.speakerId"],
    [`mutation { reextractArticles(input: { articleIds: ["999999"] }) { results { status } } }`, "input.articleIds"],
  ];
  for (const [mutation, argument] of cases) {
    const res = await edit(mutation);
    assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.argumentName], ["NOT_FOUND", argument], mutation);
  }
  const malformed = await edit(`mutation { deleteDeal(id: "seven") }`);
  assert.equal(malformed.errors?.[0].extensions?.code, "BAD_USER_INPUT");
});

test("the undo mutations need an editor key", async () => {
  const [evidence] = await evidenceOf(store.deals.t90);
  for (const [key, code] of [[undefined, "UNAUTHENTICATED"], [api.keys.reader, "FORBIDDEN"]] as const) {
    const res = await api.graphql(`mutation { removeDealEvidence(id: "${evidence.id}") { id } }`, {}, key);
    assert.equal(res.errors?.[0].extensions?.code, code);
  }
  assert.ok(await api.dataSource.getRepository(DealEvidence).existsBy({ id: evidence.id }));
});
