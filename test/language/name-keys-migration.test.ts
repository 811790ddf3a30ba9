import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { Actor } from "../../src/modules/actor/actor.entity";
import { ActorAlias } from "../../src/modules/actor/actor-alias.entity";
import { findActorIdsByName } from "../../src/modules/actor/find-actor-ids-by-name";
import { normalizeName } from "../../src/language/normalize-name";
import { RefoldNameKeys1763820000001 } from "../../migrations/1763820000001-refold-name-keys";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * Aliases stored before the one letter fold carry keys in which "й" was "и" and "ı" stayed "ı".
 * The refold migration gives them today's keys, so search by name finds them again.
 */
describe("the refold migration of stored name keys", () => {
  let database: TestDatabase;
  let ds: DataSource;
  let shoigu: number;
  let aydin: number;
  const migration = new RefoldNameKeys1763820000001();
  const keysOf = async (actorId: number) =>
    (await ds.getRepository(ActorAlias).find({ where: { actorId }, order: { id: "ASC" } })).map((a) => [a.text, a.normalized]);
  const migrate = async (direction: "up" | "down") => {
    const runner = ds.createQueryRunner();
    try {
      await migration[direction](runner);
    } finally {
      await runner.release();
    }
  };

  before(async () => {
    database = await createTestDatabase("refold", { migrated: true });
    ds = await openDatabase({ url: database.url });
    const actors = ds.getRepository(Actor);
    const createdAt = "2026-01-01T00:00:00.000Z";
    shoigu = (await actors.save({ kbId: null, kind: "PERSON", name: "Sergei Shoigu", wikidataId: null, countryId: null, roleText: null, createdAt })).id;
    aydin = (await actors.save({ kbId: null, kind: "PERSON", name: "Ali Aydin", wikidataId: null, countryId: null, roleText: null, createdAt })).id;
    // rows as the previous fold wrote them
    await ds.getRepository(ActorAlias).insert([
      { actorId: shoigu, text: "Сергей Шойгу", normalized: "сергеи шоигу", language: "ru" },
      { actorId: shoigu, text: "Шойгу", normalized: "шоигу", language: "ru" },
      { actorId: shoigu, text: "Shoigu", normalized: "shoigu", language: "en" },
      { actorId: aydin, text: "Aydın", normalized: "aydın", language: "tr" },
      { actorId: aydin, text: "Aydin", normalized: "aydin", language: "en" },
    ]);
  });
  after(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it("a row written with the old key is not found by its Russian name before, and is after the migration", async () => {
    assert.equal(normalizeName("Сергей Шойгу"), "сергей шойгу");
    assert.deepEqual(await findActorIdsByName(ds, "Сергей Шойгу"), []);
    await migrate("up");
    assert.deepEqual(await findActorIdsByName(ds, "Сергей Шойгу"), [shoigu]);
    assert.deepEqual(await findActorIdsByName(ds, "Шойгу"), [shoigu]);
    assert.deepEqual(await keysOf(shoigu), [["Сергей Шойгу", "сергей шойгу"], ["Шойгу", "шойгу"], ["Shoigu", "shoigu"]]);
  });

  it("two aliases of one actor that now fold to one key keep one row", async () => {
    assert.deepEqual(await keysOf(aydin), [["Aydin", "aydin"]]);
  });

  it("down gives the rows their previous keys", async () => {
    await migrate("down");
    assert.deepEqual(await keysOf(shoigu), [["Сергей Шойгу", "сергеи шоигу"], ["Шойгу", "шоигу"], ["Shoigu", "shoigu"]]);
    await migrate("up");
    assert.deepEqual(await keysOf(shoigu), [["Сергей Шойгу", "сергей шойгу"], ["Шойгу", "шойгу"], ["Shoigu", "shoigu"]]);
  });
});
