import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCompiled } from "../../src/knowledge/compiled-cache";
import { ActorKnowledgeBase } from "../../src/knowledge/actor-knowledge-base";
import { BodyFinder } from "../../src/knowledge/body-finder";
import { DEFAULT_KNOWLEDGE_BASE_DIR } from "../../src/knowledge/load-knowledge-base";
import { NameMatcher } from "../../src/knowledge/name-matcher";
import { PersonFinder } from "../../src/knowledge/person-finder";
import { readKnowledgeBaseData } from "../../src/knowledge/read-data-files";
import { RoleReader } from "../../src/knowledge/role-reader";
import { DEFAULT_WEAPONS_FILE, KeyFilter, buildWeaponIndex, createWeaponGazetteer, gazetteerOver, type WeaponGazetteerData } from "../../src/knowledge/weapons";
import { parse } from "yaml";

class Point {
  constructor(
    readonly x: number,
    readonly tags: Set<string>,
  ) {}

  sum(): number {
    return this.x + this.tags.size;
  }
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), "armsgraph-compiled-cache-test-"));
}

/** A structure with a class instance, a Map keyed by an object, a shared object and a typed array; and how many times it was built. */
function pointsRequest(dir: string, inputs: string[] = ["points v1"]) {
  let builds = 0;
  return {
    get builds() {
      return builds;
    },
    request: {
      name: "points",
      inputs,
      classes: [Point],
      dir,
      build: () => {
        builds++;
        const shared = new Point(2, new Set(["a", "b"]));
        return { first: shared, again: shared, byPoint: new Map([[shared, "two"]]), bits: new Uint32Array([1, 4294967295]) };
      },
    },
  };
}

test("a compiled structure is built once, then read back with its classes, shared objects and typed arrays", () => {
  const dir = freshDir();
  try {
    const counter = pointsRequest(dir);
    const built = loadCompiled(counter.request);
    const read = loadCompiled(counter.request);
    assert.equal(counter.builds, 1, "the second load reads the file");
    assert.notEqual(read, built);
    assert.ok(read.first instanceof Point);
    assert.equal(read.first.sum(), 4);
    assert.equal(read.again, read.first, "an object reached twice stays one object");
    assert.equal(read.byPoint.get(read.first), "two");
    assert.deepEqual([...read.bits], [1, 4294967295]);
    assert.equal(readdirSync(dir).length, 1, "one file, no partial file left");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("changed inputs name another file: the stale copy is not read, the structure is rebuilt", () => {
  const dir = freshDir();
  try {
    loadCompiled(pointsRequest(dir, ["points v1"]).request);
    const changed = pointsRequest(dir, ["points v2"]);
    loadCompiled(changed.request);
    assert.equal(changed.builds, 1);
    assert.equal(readdirSync(dir).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writing a new copy removes the copies of the same name older than a week, and keeps recent ones and other names", () => {
  const dir = freshDir();
  try {
    const old = join(dir, "points-0123456789abcdef0123456789abcdef.bin");
    const recent = join(dir, "points-fedcba9876543210fedcba9876543210.bin");
    const other = join(dir, "weapons-0123456789abcdef0123456789abcdef.bin");
    for (const file of [old, recent, other]) writeFileSync(file, "an earlier copy");
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, eightDaysAgo, eightDaysAgo);
    utimesSync(other, eightDaysAgo, eightDaysAgo);
    loadCompiled(pointsRequest(dir).request);
    const left = readdirSync(dir);
    assert.ok(!left.includes("points-0123456789abcdef0123456789abcdef.bin"), "the week-old copy is gone");
    assert.ok(left.includes("points-fedcba9876543210fedcba9876543210.bin"), "a recent copy (another checkout's) stays");
    assert.ok(left.includes("weapons-0123456789abcdef0123456789abcdef.bin"), "another name is not touched");
    assert.equal(left.length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a corrupt or truncated cache file is rebuilt and written again", () => {
  const dir = freshDir();
  try {
    loadCompiled(pointsRequest(dir).request);
    const [name] = readdirSync(dir);
    const file = join(dir, name);
    const good = readFileSync(file);
    for (const bad of [good.subarray(0, good.length - 5), Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([good[good.length - 1] ^ 1])]), Buffer.from("not a cache")]) {
      writeFileSync(file, bad);
      const again = pointsRequest(dir);
      const value = loadCompiled(again.request);
      assert.equal(again.builds, 1, "a bad file is not trusted");
      assert.equal(value.first.sum(), 4);
      assert.deepEqual(readFileSync(file), good, "the rebuilt copy replaced the bad one");
      const next = pointsRequest(dir);
      loadCompiled(next.request);
      assert.equal(next.builds, 0, "the rewritten file is read");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a cache directory that cannot be created still gives the structure, built each time", () => {
  const parent = freshDir();
  try {
    const notADirectory = join(parent, "a-file");
    writeFileSync(notADirectory, "");
    const dir = join(notADirectory, "cache");
    const counter = pointsRequest(dir);
    assert.equal(loadCompiled(counter.request).first.sum(), 4);
    assert.equal(loadCompiled(counter.request).first.sum(), 4);
    assert.equal(counter.builds, 2);
    assert.deepEqual(readdirSync(parent), ["a-file"], "no partial file left behind");
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test("a structure holding a function or an unlisted class is refused with what to do", () => {
  const dir = freshDir();
  try {
    assert.throws(() => loadCompiled({ name: "closure", inputs: [], classes: [], dir, build: () => ({ find: () => 1 }) }), /keep data, not closures/);
    assert.throws(() => loadCompiled({ name: "unlisted", inputs: [], classes: [], dir, build: () => ({ p: new Point(1, new Set()) }) }), /list its class/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the knowledge base and the weapon gazetteer read from the cache answer as the ones built", () => {
  const dir = freshDir();
  try {
    const kbRequest = (build: () => ActorKnowledgeBase) => ({ name: "kb", inputs: ["test"], classes: [ActorKnowledgeBase, NameMatcher, BodyFinder, RoleReader, PersonFinder], dir, build });
    const built = loadCompiled(kbRequest(() => new ActorKnowledgeBase(readKnowledgeBaseData(DEFAULT_KNOWLEDGE_BASE_DIR))));
    const read = loadCompiled(kbRequest(() => assert.fail("the second load must read the file")));
    assert.ok(read instanceof ActorKnowledgeBase);
    const texts = [
      "Президент Азербайджана Ильхам Алиев встретился с Шойгу; Минобороны России и ВВС Пакистана сообщили о поставке.",
      "The Russian defence minister said Pakistan Air Force would receive Su-35 jets, spokesman Artsrun Hovhannisyan told reporters in Yerevan.",
      "US$ 2 billion: the Stockholm-based institute, Aliyev and Пашинян.",
    ];
    for (const text of texts) {
      const answers = (kb: ActorKnowledgeBase) => ({
        mentions: kb.findMentions(text, { date: "2020-05-01" }).map((m) => [m.actor.id, m.start, m.end]),
        demonyms: kb.findDemonyms(text).map((m) => [m.state.id, m.start]),
        roles: kb.findRoleDescriptions(text, "2020-05-01").map((r) => JSON.stringify(r, (key, value) => (key === "holder" || key === "of" ? value?.id : value))),
        unknown: kb.findUnknownPeople(text, { date: "2020-05-01" }).map((p) => JSON.stringify(p)),
      });
      assert.deepEqual(answers(read), answers(built), text);
    }
    assert.equal(read.resolveRole("президент Азербайджана", "2020-01-01")?.id, built.resolveRole("президент Азербайджана", "2020-01-01")?.id);
    assert.deepEqual(read.lookupAll("Aliyev").map((a) => a.id), built.lookupAll("Aliyev").map((a) => a.id));

    const data = parse(readFileSync(DEFAULT_WEAPONS_FILE, "utf8")) as WeaponGazetteerData;
    const weaponsRequest = (build: () => ReturnType<typeof buildWeaponIndex>) => ({ name: "weapons", inputs: ["test"], classes: [KeyFilter], dir, build });
    loadCompiled(weaponsRequest(() => buildWeaponIndex(data)));
    const cachedWeapons = gazetteerOver(loadCompiled(weaponsRequest(() => assert.fail("the second load must read the file"))));
    const builtWeapons = createWeaponGazetteer(data);
    const text = "Поставка С-400 и Т-90С, Iskander-M missiles, MILGEM-class ships, 12 tanks and Su-57 fighters.";
    assert.deepEqual(cachedWeapons.find(text), builtWeapons.find(text));
    assert.equal(cachedWeapons.byDesignation("Т-90С")?.designation, builtWeapons.byDesignation("Т-90С")?.designation);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
