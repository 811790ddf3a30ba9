import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { loadPipelineResources } from "../../src/extract/pipeline";
import type { KnowledgeBase } from "../../src/knowledge/types";
import { Actor } from "../../src/modules/actor/actor.entity";
import { knowledgeBaseHash, syncKnowledgeBase } from "../../src/store/sync-knowledge-base";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let dataSource: DataSource;
const kb: KnowledgeBase = loadPipelineResources().kb;

before(async () => {
  db = await createTestDatabase("kbsync");
  dataSource = await openDatabase({ url: db.url });
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
});

test("the first sync inserts every actor and records the knowledge base's hash; the next one with the same files is skipped", async () => {
  const first = await syncKnowledgeBase(dataSource, kb);
  assert.equal(first.skipped, false);
  assert.equal(first.inserted, kb.actors.length);
  assert.equal(await dataSource.getRepository(Actor).count(), kb.actors.length);

  const second = await syncKnowledgeBase(dataSource, kb);
  assert.deepEqual(second, { inserted: 0, updated: 0, skipped: true });
});

test("a changed knowledge base changes the hash and syncs again; force syncs even when the hash is equal", async () => {
  const renamed: KnowledgeBase = { ...kb, actors: kb.actors.map((a, i) => (i === 0 ? { ...a, name: `${a.name} (renamed)` } : a)) };
  assert.notEqual(knowledgeBaseHash(renamed), knowledgeBaseHash(kb));
  const changed = await syncKnowledgeBase(dataSource, renamed);
  assert.deepEqual(changed, { inserted: 0, updated: 1, skipped: false });
  assert.equal((await dataSource.getRepository(Actor).findOneByOrFail({ kbId: kb.actors[0].id })).name, `${kb.actors[0].name} (renamed)`);

  await dataSource.getRepository(Actor).update({ kbId: kb.actors[0].id }, { name: "edited by hand" });
  assert.equal((await syncKnowledgeBase(dataSource, renamed)).skipped, true, "same hash: the store is not read");
  const forced = await syncKnowledgeBase(dataSource, renamed, { force: true });
  assert.deepEqual(forced, { inserted: 0, updated: 1, skipped: false });
});
