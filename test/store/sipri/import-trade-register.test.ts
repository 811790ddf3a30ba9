import "reflect-metadata";
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../../src/db/data-source";
import { loadKnowledgeBase } from "../../../src/knowledge/load-knowledge-base";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";
import { Actor } from "../../../src/modules/actor/actor.entity";
import { Deal } from "../../../src/modules/deal/deal.entity";
import { importTradeRegister } from "../../../src/store/sipri/import-trade-register";
import { linkPressDeals } from "../../../src/store/sipri/link-press-deals";
import { readTradeRegisterFile } from "../../../src/store/sipri/read-trade-register";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { repoRoot } from "../../support/paths";

const fixture = path.join(repoRoot, "test", "fixtures", "sipri", "trade-register.csv");
const kb = loadKnowledgeBase();
const weapons = loadWeaponGazetteer();

let db: TestDatabase;
let dataSource: DataSource;

before(async () => {
  db = await createTestDatabase("sipri");
  dataSource = await openDatabase({ url: db.url });
});
after(async () => {
  await dataSource.destroy();
  await db.drop();
});

const actorId = async (kbId: string) => (await dataSource.getRepository(Actor).findOneByOrFail({ kbId })).id;

test("an export is imported as SIPRI deals: knowledge-base states found, unknown ones created, 'unknown' recipient null, the row kept whole", async () => {
  const progress: number[] = [];
  const summary = await importTradeRegister(dataSource, readTradeRegisterFile(fixture), kb, weapons, { batchSize: 4, onProgress: (done) => progress.push(done) });
  assert.deepEqual([summary.imported, summary.skipped], [7, 0]);
  assert.deepEqual(summary.failed.map((f) => f.line), [20, 21]);
  assert.deepEqual(progress, [4, 7]);

  const deals = dataSource.getRepository(Deal);
  const t90 = await deals.findOneByOrFail({ source: "SIPRI", designation: "T-90S" });
  assert.deepEqual([t90.supplierId, t90.recipientId], [await actorId("russia"), await actorId("azerbaijan")]);
  assert.deepEqual([t90.category, t90.orderYear, t90.numberOrdered, t90.numberDelivered, t90.deliveryYears, t90.sipriStatus, t90.status],
    ["armoured vehicles", 2009, 62, 62, "2010-2013", "New", "DELIVERED"]);
  assert.deepEqual([t90.tivPerUnit, t90.tivTotalOrder, t90.tivDelivered, t90.periodStart, t90.periodEnd], [2.5, 155, 155, 2009, 2013]);

  const bmp = await deals.findOneByOrFail({ designation: "BMP-3" });
  assert.deepEqual([bmp.numberOrderedEstimated, bmp.numberDeliveredEstimated, bmp.orderYearEstimated], [true, true, false]);
  const kornet = await deals.findOneByOrFail({ designation: "Kornet" });
  assert.deepEqual([kornet.recipientId, kornet.deliveryYearsEstimated, kornet.category], [null, true, "missiles"]);
  const mi24 = await deals.findOneByOrFail({ designation: "Mi-24" });
  const ivory = await dataSource.getRepository(Actor).findOneByOrFail({ id: mi24.recipientId! });
  assert.deepEqual([ivory.name, ivory.kbId, ivory.kind], ["Ivory Coast", "ivory-coast", "STATE"], "SIPRI's Côte d'Ivoire is the knowledge base's state");
  const tb2 = await deals.findOneByOrFail({ designation: "Bayraktar TB2" });
  const unknownState = await dataSource.getRepository(Actor).findOneByOrFail({ id: tb2.recipientId! });
  assert.deepEqual([unknownState.name, unknownState.kbId, unknownState.kind], ["Somaliland", null, "STATE"], "a recipient the knowledge base does not know is created");
});

test("importing the same export again adds nothing and creates no actor twice", async () => {
  const actorsBefore = await dataSource.getRepository(Actor).count();
  const summary = await importTradeRegister(dataSource, readTradeRegisterFile(fixture), kb, weapons);
  assert.deepEqual([summary.imported, summary.skipped, summary.failed.length], [0, 7, 2]);
  assert.equal(await dataSource.getRepository(Deal).countBy({ source: "SIPRI" }), 7);
  assert.equal(await dataSource.getRepository(Actor).count(), actorsBefore);
});

test("press deals are linked to the SIPRI record they report: designation, else category within ±2 years of the period", async () => {
  const [russia, azerbaijan, armenia] = [await actorId("russia"), await actorId("azerbaijan"), await actorId("armenia")];
  const press = async (supplierId: number, recipientId: number, facts: Partial<Deal>) =>
    (await dataSource.getRepository(Deal).insert({
      source: "PRESS", supplierId, recipientId, items: [], designation: null, description: null, category: null, numberOrdered: null,
      numberOrderedEstimated: false, numberDelivered: null, numberDeliveredEstimated: false, orderYear: null, orderYearEstimated: false,
      deliveryYears: null, deliveryYearsEstimated: false, sipriStatus: null, comments: null, valueText: null, amount: null, currency: null,
      period: null, periodStart: null, periodEnd: null, status: "DELIVERED", statusReportedOn: null, sipriRecordId: null,
      createdAt: new Date().toISOString(), ...facts,
    })).identifiers[0].id as number;
  const byDesignation = await press(russia, azerbaijan, { items: ["танки Т-90С"], designation: "T-90S", category: "armoured vehicles", periodStart: 2011, periodEnd: 2011 });
  const byCategory = await press(russia, azerbaijan, { items: ["armoured vehicles"], category: "armoured vehicles", periodStart: 2010, periodEnd: 2010 });
  const noPeriod = await press(russia, armenia, { items: ["Iskander ballistic missiles"], designation: "9K720 Iskander", category: "missiles" });
  const tooLate = await press(russia, azerbaijan, { items: ["tanks"], category: "armoured vehicles", periodStart: 2020, periodEnd: 2020 });
  const vague = await press(russia, azerbaijan, { items: ["weapons"], periodStart: 2010, periodEnd: 2010 });

  const linked = await dataSource.transaction((manager) => linkPressDeals(manager, weapons));
  assert.equal(linked, 3);
  const deals = dataSource.getRepository(Deal);
  const sipriId = async (designation: string) => (await deals.findOneByOrFail({ source: "SIPRI", designation })).id;
  const linkOf = async (id: number) => (await deals.findOneByOrFail({ id })).sipriRecordId;
  assert.equal(await linkOf(byDesignation), await sipriId("T-90S"));
  assert.equal(await linkOf(byCategory), await sipriId("BMP-3"), "the nearest order year wins among category matches");
  assert.equal(await linkOf(noPeriod), await sipriId("9K720 Iskander"));
  assert.deepEqual([await linkOf(tooLate), await linkOf(vague)], [null, null]);
  assert.equal(await dataSource.transaction((manager) => linkPressDeals(manager, weapons)), 0, "linking again changes nothing");
});

test("linking can be limited to the press deals an ingest just stored", async () => {
  const russia = await actorId("russia");
  const armenia = await actorId("armenia");
  const fresh = (await dataSource.getRepository(Deal).insert({
    source: "PRESS", supplierId: russia, recipientId: armenia, items: ["Искандеры"], designation: null, description: null, category: "missiles",
    numberOrdered: null, numberOrderedEstimated: false, numberDelivered: null, numberDeliveredEstimated: false, orderYear: null,
    orderYearEstimated: false, deliveryYears: null, deliveryYearsEstimated: false, sipriStatus: null, comments: null, valueText: null,
    amount: null, currency: null, period: "в 2016 году", periodStart: 2016, periodEnd: 2016, status: "DELIVERED", statusReportedOn: null,
    sipriRecordId: null, createdAt: new Date().toISOString(),
  })).identifiers[0].id as number;
  assert.equal(await dataSource.transaction((manager) => linkPressDeals(manager, weapons, [fresh])), 1);
  const linked = await dataSource.getRepository(Deal).findOneByOrFail({ id: fresh });
  const iskander = await dataSource.getRepository(Deal).findOneByOrFail({ source: "SIPRI", designation: "9K720 Iskander" });
  assert.equal(linked.sipriRecordId, iskander.id, "the Russian plural 'Искандеры' names the same system");
});
