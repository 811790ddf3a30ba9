import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { Actor } from "../../src/modules/actor/actor.entity";
import { ActorAlias } from "../../src/modules/actor/actor-alias.entity";
import { ActorRole } from "../../src/modules/actor/actor-role.entity";
import { Article } from "../../src/modules/article/article.entity";
import { Mention } from "../../src/modules/article/mention.entity";
import { Deal } from "../../src/modules/deal/deal.entity";
import { DealEvidence } from "../../src/modules/deal/deal-evidence.entity";
import { Statement } from "../../src/modules/statement/statement.entity";
import { normalizeName } from "../../src/language/normalize-name";
import type { ActorKind } from "../../src/model/actor-kind";
import type { DatePrecision } from "../../src/model/date-precision";
import type { StatementKind } from "../../src/model/statement-kind";

const CREATED = "2026-11-21T00:00:00.000Z";

/** Ids of the hand-built rows of `seedSmallStore`, for assertions. */
export interface SmallStore {
  actors: Record<"aliyev" | "azerbaijan" | "russia" | "shoigu" | "tass" | "reuters" | "doe", number>;
  articles: Record<"tass" | "reuters" | "undated", number>;
  statements: Record<"aliyevTass" | "aliyevReuters" | "shoiguReuters" | "doeUndated" | "shoiguTass" | "anonymous", number>;
  deals: Record<"t90" | "smerch" | "rumour", number>;
}

async function addActor(ds: DataSource, kbId: string | null, kind: ActorKind, name: string, aliases: [string, string][], extra: Partial<Actor> = {}): Promise<number> {
  const actor = await ds.getRepository(Actor).save({ kbId, kind, name, wikidataId: null, countryId: null, roleText: null, createdAt: CREATED, ...extra });
  for (const [text, language] of aliases) {
    await ds.getRepository(ActorAlias).save({ actorId: actor.id, text, normalized: normalizeName(text), language });
  }
  return actor.id;
}

async function addArticle(ds: DataSource, fields: { title: string; outletId: number | null; publishedAt: string | null; precision: DatePrecision; language: string; body: string; hash: string }): Promise<number> {
  const article = await ds.getRepository(Article).save({
    url: `https://example.org/${fields.hash}`, title: fields.title, outletId: fields.outletId, publishedAt: fields.publishedAt,
    publishedPrecision: fields.precision, language: fields.language, authors: ["Staff"], body: fields.body, originalText: fields.body,
    format: "text", contentHash: createHash("sha256").update(fields.hash).digest("hex"), ingestedAt: `2026-11-21T00:${String(59 - (fields.hash.length * 7) % 60).padStart(2, "0")}:00.000Z`, extractorVersion: "test-1",
  });
  return article.id;
}

async function addStatement(ds: DataSource, articleId: number, body: string, text: string, fields: { kind: StatementKind; speakerId: number | null; viaId?: number | null; saidOn: string | null; precision?: DatePrecision; language: string; label?: string }): Promise<number> {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`fixture text not in body: ${text}`);
  const statement = await ds.getRepository(Statement).save({
    articleId, text, kind: fields.kind, speakerId: fields.speakerId, speakerLabel: fields.label ?? null, viaId: fields.viaId ?? null,
    saidOn: fields.saidOn, saidOnPrecision: fields.precision ?? (fields.saidOn ? "DAY" : "UNKNOWN"), language: fields.language,
    startOffset: start, endOffset: start + text.length, confidence: 0.9, reviewed: false,
  });
  return statement.id;
}

async function addMention(ds: DataSource, articleId: number, body: string, actorId: number, text: string): Promise<void> {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`fixture mention not in body: ${text}`);
  await ds.getRepository(Mention).save({ articleId, actorId, text, startOffset: start, endOffset: start + text.length });
}

function deal(fields: Partial<Deal>): Partial<Deal> {
  return {
    source: "PRESS", supplierId: null, recipientId: null, items: [], designation: null, description: null, category: null,
    numberOrdered: null, numberOrderedEstimated: false, numberDelivered: null, numberDeliveredEstimated: false, orderYear: null,
    orderYearEstimated: false, deliveryYears: null, deliveryYearsEstimated: false, sipriStatus: null, comments: null, valueText: null,
    amount: null, currency: null, period: null, periodStart: null, periodEnd: null, status: null, statusReportedOn: null,
    sipriRecordId: null, createdAt: CREATED, ...fields,
  };
}

/** A small hand-built store: three articles (Russian, English, undated), six statements, mentions and three deals. */
export async function seedSmallStore(ds: DataSource): Promise<SmallStore> {
  const azerbaijan = await addActor(ds, "azerbaijan", "STATE", "Azerbaijan", [["Azerbaijan", "en"], ["Азербайджан", "ru"]]);
  const russia = await addActor(ds, "russia", "STATE", "Russia", [["Russia", "en"], ["Россия", "ru"]]);
  const aliyev = await addActor(ds, "ilham-aliyev", "PERSON", "Ilham Aliyev",
    [["Ilham Aliyev", "en"], ["Aliyev", "en"], ["Ильхам Алиев", "ru"], ["Алиев", "ru"]], { countryId: azerbaijan, wikidataId: "Q40422" });
  const shoigu = await addActor(ds, "sergei-shoigu", "PERSON", "Sergei Shoigu", [["Sergei Shoigu", "en"], ["Сергей Шойгу", "ru"]], { countryId: russia });
  await ds.getRepository(ActorRole).save({ actorId: shoigu, title: "Defence Minister of Russia", roleKey: "defence-minister", organizationId: russia, startDate: "2012-11-06", endDate: "2024-05-12" });
  const tass = await addActor(ds, "tass", "MEDIA", "TASS", [["TASS", "en"], ["ТАСС", "ru"]]);
  const reuters = await addActor(ds, "reuters", "MEDIA", "Reuters", [["Reuters", "en"]]);
  const doe = await addActor(ds, null, "PERSON", "John Doe", [], { roleText: "analyst" });

  const ruBody = "Встреча с Ильхамом Алиевым прошла в Баку.\n\n«Россия остается нашим стратегическим партнером», — сказал Алиев, передает ТАСС. «Поставки танков Т-90С завершены», — заявил Сергей Шойгу.";
  const enBody = "Azerbaijan buys arms from Russia.\n\nAliyev said his country would keep buying weapons. \"Russia has delivered every tank on time,\" Shoigu said, according to Reuters.";
  const undatedBody = "An analyst, John Doe, said the deal was \"largely symbolic\". Nobody said anything else of note.";
  const articleTass = await addArticle(ds, { title: "Алиев и Россия", outletId: tass, publishedAt: "2016-06-15", precision: "DAY", language: "ru", body: ruBody, hash: "a1" });
  const articleReuters = await addArticle(ds, { title: "Azerbaijan buys arms", outletId: reuters, publishedAt: "2016-06-16", precision: "DAY", language: "en", body: enBody, hash: "a22" });
  const articleUndated = await addArticle(ds, { title: "Symbolic deal", outletId: null, publishedAt: null, precision: "UNKNOWN", language: "en", body: undatedBody, hash: "a333" });

  const statements = {
    aliyevTass: await addStatement(ds, articleTass, ruBody, "Россия остается нашим стратегическим партнером", { kind: "DIRECT", speakerId: aliyev, viaId: tass, saidOn: "2016-06-15", language: "ru", label: "Алиев" }),
    aliyevReuters: await addStatement(ds, articleReuters, enBody, "his country would keep buying weapons", { kind: "INDIRECT", speakerId: aliyev, saidOn: "2016-06-14", language: "en", label: "Aliyev" }),
    shoiguReuters: await addStatement(ds, articleReuters, enBody, "Russia has delivered every tank on time,", { kind: "DIRECT", speakerId: shoigu, viaId: reuters, saidOn: null, language: "en", label: "Shoigu" }),
    doeUndated: await addStatement(ds, articleUndated, undatedBody, "largely symbolic", { kind: "PARTIAL", speakerId: doe, saidOn: "2015-01-01", precision: "YEAR", language: "en", label: "An analyst, John Doe" }),
    shoiguTass: await addStatement(ds, articleTass, ruBody, "Поставки танков Т-90С завершены", { kind: "DIRECT", speakerId: shoigu, saidOn: "2016-06-15", language: "ru", label: "Сергей Шойгу" }),
    anonymous: await addStatement(ds, articleUndated, undatedBody, "Nobody said anything else of note.", { kind: "INDIRECT", speakerId: null, saidOn: null, language: "en" }),
  };

  await addMention(ds, articleTass, ruBody, aliyev, "Ильхамом Алиевым");
  await addMention(ds, articleTass, ruBody, russia, "Россия");
  await addMention(ds, articleTass, ruBody, aliyev, "Алиев,");
  await addMention(ds, articleTass, ruBody, shoigu, "Сергей Шойгу");
  await addMention(ds, articleReuters, enBody, azerbaijan, "Azerbaijan");
  await addMention(ds, articleReuters, enBody, russia, "Russia has");
  await addMention(ds, articleReuters, enBody, aliyev, "Aliyev");

  const deals = ds.getRepository(Deal);
  const t90 = (await deals.save(deal({ supplierId: russia, recipientId: azerbaijan, items: ["tanks"], designation: "T-90S", category: "armoured vehicles", status: "DELIVERED", period: "2010-2016", periodStart: 2010, periodEnd: 2016 }))).id!;
  const smerch = (await deals.save(deal({ source: "SIPRI", supplierId: russia, recipientId: azerbaijan, items: ["Smerch"], designation: "Smerch", description: "MRL", category: "artillery", numberOrdered: 30, numberOrderedEstimated: true, orderYear: 2009, deliveryYears: "2011-2012", sipriStatus: "New" }))).id!;
  const rumour = (await deals.save(deal({ recipientId: azerbaijan, items: ["weapons"], status: "RUMOURED" }))).id!;
  const evidence = ds.getRepository(DealEvidence);
  const t90Text = "Поставки танков Т-90С завершены";
  await evidence.save({ dealId: t90, articleId: articleTass, statementId: statements.shoiguTass, excerpt: t90Text, startOffset: ruBody.indexOf(t90Text), endOffset: ruBody.indexOf(t90Text) + t90Text.length });
  const enText = "Russia has delivered every tank on time,";
  await evidence.save({ dealId: t90, articleId: articleReuters, statementId: statements.shoiguReuters, excerpt: enText, startOffset: enBody.indexOf(enText), endOffset: enBody.indexOf(enText) + enText.length });
  await evidence.save({ dealId: rumour, articleId: articleReuters, statementId: null, excerpt: "Azerbaijan buys arms from Russia.", startOffset: 0, endOffset: 33 });

  return {
    actors: { aliyev, azerbaijan, russia, shoigu, tass, reuters, doe },
    articles: { tass: articleTass, reuters: articleReuters, undated: articleUndated },
    statements,
    deals: { t90, smerch, rumour },
  };
}

/**
 * A feed of `count` statements spread over articles, outlets and speakers (some undated), for
 * pagination walks and SQL-count tests. Inserted in bulk.
 */
export async function seedFeed(ds: DataSource, count: number): Promise<void> {
  const outlets: number[] = [];
  for (let i = 0; i < 4; i++) outlets.push(await addActor(ds, `outlet-${i}`, "MEDIA", `Outlet ${i}`, [[`Outlet ${i}`, "en"]]));
  const agencies: number[] = [];
  for (let i = 0; i < 3; i++) agencies.push(await addActor(ds, `agency-${i}`, "MEDIA", `Agency ${i}`, [[`Agency ${i}`, "en"]]));
  const speakers: number[] = [];
  for (let i = 0; i < 12; i++) speakers.push(await addActor(ds, `speaker-${i}`, "PERSON", `Speaker ${i}`, [[`Speaker ${i}`, "en"]]));
  const articles: number[] = [];
  for (let i = 0; i < 30; i++) {
    articles.push(await addArticle(ds, {
      title: `Article ${i}`, outletId: i % 5 === 4 ? null : outlets[i % 4], publishedAt: i % 7 === 6 ? null : `2020-0${1 + (i % 9)}-1${i % 10}`,
      precision: i % 7 === 6 ? "UNKNOWN" : "DAY", language: i % 2 ? "en" : "ru", body: `Body of article ${i}. `.repeat(20), hash: `feed${i}`,
    }));
  }
  const rows: Partial<Statement>[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      articleId: articles[i % articles.length], text: `Statement number ${i}`, kind: (["DIRECT", "PARTIAL", "INDIRECT"] as const)[i % 3],
      speakerId: i % 11 === 10 ? null : speakers[i % speakers.length], speakerLabel: `label ${i}`, viaId: i % 3 === 0 ? agencies[i % 2] : null,
      saidOn: i % 6 === 5 ? null : `2020-0${1 + (i % 9)}-${String(10 + (i % 19)).padStart(2, "0")}`, saidOnPrecision: i % 6 === 5 ? "UNKNOWN" : "DAY",
      language: i % 2 ? "en" : "ru", startOffset: 0, endOffset: 10, confidence: 0.5, reviewed: false,
    });
  }
  for (let i = 0; i < rows.length; i += 50) await ds.getRepository(Statement).insert(rows.slice(i, i + 50));
}

/** Ids of `seedDealStore`: the small store plus SIPRI records, their press reports and a second recipient. */
export interface DealStore extends SmallStore {
  armenia: number;
  dealIds: SmallStore["deals"] & Record<"sipriT90" | "t90Contract" | "iskander" | "sipriIskander" | "s300", number>;
}

/**
 * The small store plus SIPRI records linked to press deals: the press T-90S deal (`t90`, $1 billion) and a
 * second press report of the same contract (`t90Contract`, $500 million, two passages of one statement) report the SIPRI T-90S record;
 * `iskander` (Russia → Armenia, $200 million) reports `sipriIskander`; `s300` (Russia → Armenia, in roubles)
 * reports nothing. The SIPRI `smerch` record of the small store has no press report.
 */
export async function seedDealStore(ds: DataSource): Promise<DealStore> {
  const store = await seedSmallStore(ds);
  const { russia, azerbaijan } = store.actors;
  const armenia = await addActor(ds, "armenia", "STATE", "Armenia", [["Armenia", "en"], ["Армения", "ru"]]);
  const deals = ds.getRepository(Deal);
  const sipriT90 = (await deals.save(deal({
    source: "SIPRI", supplierId: russia, recipientId: azerbaijan, items: ["T-90S"], designation: "T-90S", description: "tank", category: "armoured vehicles",
    numberOrdered: 94, numberOrderedEstimated: false, numberDelivered: 94, numberDeliveredEstimated: true, orderYear: 2010, orderYearEstimated: true,
    deliveryYears: "2011-2016", deliveryYearsEstimated: true, sipriStatus: "New", comments: "$1 b deal", tivPerUnit: 2.6, tivTotalOrder: 244.4, tivDelivered: 244.4,
    periodStart: 2010, periodEnd: 2016, status: "DELIVERED", sipriKey: "fixture-t90",
  }))).id!;
  const sipriIskander = (await deals.save(deal({
    source: "SIPRI", supplierId: russia, recipientId: armenia, items: ["Iskander-E"], designation: "Iskander-E", description: "SSM launcher", category: "missiles",
    numberOrdered: 4, numberOrderedEstimated: true, numberDelivered: 4, numberDeliveredEstimated: true, orderYear: 2015, orderYearEstimated: true,
    deliveryYears: "2016", sipriStatus: "New", periodStart: 2015, periodEnd: 2016, status: "DELIVERED", sipriKey: "fixture-iskander",
  }))).id!;
  await deals.update({ id: store.deals.t90 }, { sipriRecordId: sipriT90, valueText: "$1 billion", amount: 1e9, currency: "USD", statusReportedOn: "2016-06-15" });
  const t90Contract = (await deals.save(deal({
    supplierId: russia, recipientId: azerbaijan, items: ["T-90S tanks"], designation: "T-90S", category: "armoured vehicles", status: "CONTRACTED",
    valueText: "$500 million", amount: 5e8, currency: "USD", period: "2010", periodStart: 2010, periodEnd: 2010, statusReportedOn: "2010-09-01", sipriRecordId: sipriT90,
  }))).id!;
  // Two passages of the same statement: Deal.statements lists it once.
  for (const passage of ["Russia has delivered", "every tank on time"]) {
    const start = (await ds.getRepository(Article).findOneByOrFail({ id: store.articles.reuters })).body.indexOf(passage);
    await ds.getRepository(DealEvidence).save({ dealId: t90Contract, articleId: store.articles.reuters, statementId: store.statements.shoiguReuters, excerpt: passage, startOffset: start, endOffset: start + passage.length });
  }
  const iskander = (await deals.save(deal({
    supplierId: russia, recipientId: armenia, items: ["Iskander"], designation: "Iskander-E", category: "missiles", status: "CONTRACTED",
    valueText: "$200 million", amount: 2e8, currency: "USD", period: "2016", periodStart: 2016, periodEnd: 2016, sipriRecordId: sipriIskander,
  }))).id!;
  const s300 = (await deals.save(deal({
    supplierId: russia, recipientId: armenia, items: ["S-300"], designation: "S-300PS", category: "air defence systems", status: "NEGOTIATING",
    valueText: "5 млрд рублей", amount: 5e9, currency: "RUB", period: "2017", periodStart: 2017, periodEnd: 2017,
  }))).id!;
  return { ...store, armenia, dealIds: { ...store.deals, sipriT90, t90Contract, iskander, sipriIskander, s300 } };
}

/**
 * `groups` SIPRI records among eight states, each followed by two press deals that report it (one with an
 * unknown supplier and no link), each press deal with two passages of evidence (one carrying a statement):
 * `groups × 3` deals in id order mixing both sources, for SQL-count tests. Inserted in bulk.
 */
export async function seedDealFeed(ds: DataSource, groups: number): Promise<void> {
  const states: number[] = [];
  for (let i = 0; i < 8; i++) states.push(await addActor(ds, `state-${i}`, "STATE", `State ${i}`, [[`State ${i}`, "en"]]));
  const speaker = await addActor(ds, "deal-speaker", "PERSON", "Deal Speaker", [["Deal Speaker", "en"]], { countryId: states[0] });
  const body = "The ministry said the contract was signed. Deliveries start next year.";
  const articles: number[] = [];
  const statements: number[] = [];
  for (let i = 0; i < 6; i++) {
    const article = await addArticle(ds, { title: `Deal report ${i}`, outletId: null, publishedAt: `2019-0${1 + i}-01`, precision: "DAY", language: "en", body, hash: `deal-feed-${i}` });
    articles.push(article);
    statements.push(await addStatement(ds, article, body, "the contract was signed", { kind: "INDIRECT", speakerId: speaker, saidOn: `2019-0${1 + i}-01`, language: "en" }));
  }
  const repo = ds.getRepository(Deal);
  for (let g = 0; g < groups; g++) {
    const supplierId = states[g % 8];
    const recipientId = states[(g + 3) % 8];
    const record = (await repo.insert(deal({
      source: "SIPRI", supplierId, recipientId, items: [`Weapon ${g}`], designation: `Weapon ${g}`, description: "tank", category: "armoured vehicles",
      numberOrdered: 10 + g, numberOrderedEstimated: g % 2 === 0, orderYear: 2000 + (g % 20), periodStart: 2000 + (g % 20), status: "CONTRACTED", sipriKey: `feed-${g}`,
    }))).identifiers[0].id as number;
    const press = [
      deal({ supplierId, recipientId, items: [`Weapon ${g}`], designation: `Weapon ${g}`, status: "CONTRACTED", amount: 1e6 * (g + 1), currency: "USD", periodStart: 2000 + (g % 20), sipriRecordId: record }),
      deal({ supplierId: null, recipientId, items: ["weapons"], status: "RUMOURED" }),
    ];
    for (const fields of press) {
      const id = (await repo.insert(fields)).identifiers[0].id as number;
      const a = g % articles.length;
      await ds.getRepository(DealEvidence).insert([
        { dealId: id, articleId: articles[a], statementId: statements[a], excerpt: "the contract was signed", startOffset: body.indexOf("the contract"), endOffset: body.indexOf("the contract") + 23 },
        { dealId: id, articleId: articles[(a + 1) % articles.length], statementId: null, excerpt: "Deliveries start next year.", startOffset: body.indexOf("Deliveries"), endOffset: body.length },
      ]);
    }
  }
}
