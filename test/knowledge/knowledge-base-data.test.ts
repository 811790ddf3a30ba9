import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_KNOWLEDGE_BASE_DIR, KnowledgeBaseDataError, loadKnowledgeBase } from "../../src/knowledge";
import { nameKey } from "../../src/language/fold-text";

const kb = loadKnowledgeBase();
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test("every entry has an id, a kind and a canonical name, and ids are unique", () => {
  const ids = new Set<string>();
  for (const actor of kb.actors) {
    assert.match(actor.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, actor.id);
    assert.ok(["PERSON", "STATE", "ORGANIZATION", "MEDIA"].includes(actor.kind), actor.id);
    assert.ok(actor.name.trim().length > 0, actor.id);
    assert.ok(!ids.has(actor.id), `duplicate id ${actor.id}`);
    ids.add(actor.id);
  }
  assert.ok(kb.actors.length > 200, `only ${kb.actors.length} actors`);
});

test("role dates parse, terms do not end before they start, and role bodies exist", () => {
  for (const actor of kb.actors) {
    for (const role of actor.roles) {
      for (const date of [role.from, role.to]) {
        if (date === null) continue;
        assert.match(date, DATE, `${actor.id}: ${date}`);
        assert.ok(!Number.isNaN(Date.parse(date.length === 4 ? `${date}-01-01` : date)), `${actor.id}: ${date}`);
      }
      if (role.from && role.to) assert.ok(role.from.slice(0, role.to.length) <= role.to, `${actor.id}: ${role.from} > ${role.to}`);
      if (role.of) assert.ok(kb.byId(role.of), `${actor.id}: role of unknown ${role.of}`);
      assert.ok(kb.vocabulary.roles.has(role.role), `${actor.id}: role key ${role.role}`);
      assert.ok(role.title.length > 0, `${actor.id}: role without title`);
    }
  }
});

test("country ids name states, and wikidata ids look like Q-ids", () => {
  for (const actor of kb.actors) {
    if (actor.country) assert.equal(kb.byId(actor.country)?.kind, "STATE", `${actor.id}: country ${actor.country}`);
    if (actor.wikidata) assert.match(actor.wikidata, /^Q\d+$/, actor.id);
  }
});

test("no name denotes two actors unless both list it as shared", () => {
  const owners = new Map<string, Set<string>>();
  for (const actor of kb.actors) {
    for (const text of [actor.name, ...actor.aliases.map((a) => a.text)]) {
      const key = nameKey(text);
      owners.set(key, (owners.get(key) ?? new Set()).add(actor.id));
    }
  }
  const shared = new Set<string>();
  const raw = readFileSync(join(DEFAULT_KNOWLEDGE_BASE_DIR, "people.yaml"), "utf8");
  for (const m of raw.matchAll(/sharedAliases: \[([^\]]*)\]/g)) for (const a of m[1].split(",")) shared.add(nameKey(a.trim()));
  for (const [key, ids] of owners) {
    if (ids.size > 1) assert.ok(shared.has(key), `"${key}" denotes ${[...ids].join(", ")}`);
  }
  assert.deepEqual(kb.lookupAll("Aliyev").map((a) => a.id).sort(), ["heydar-aliyev", "ilham-aliyev"]);
});

test("the names analysts expect are the canonical ones", () => {
  const expected: Record<string, string> = {
    "sergei-shoigu": "Sergei Shoigu",
    "ilham-aliyev": "Ilham Aliyev",
    "serzh-sargsyan": "Serzh Sargsyan",
    "russian-defense-ministry": "Russian Defense Ministry",
    csto: "CSTO",
    "ria-novosti": "RIA Novosti",
    "rfe-rl": "RFE/RL",
    kremlin: "Kremlin",
    "united-states": "United States",
  };
  for (const [id, name] of Object.entries(expected)) assert.equal(kb.byId(id)?.name, name);
});

test("the loader is cached per directory", () => {
  assert.equal(loadKnowledgeBase(), kb);
  assert.equal(loadKnowledgeBase(DEFAULT_KNOWLEDGE_BASE_DIR + "/"), kb);
});

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-"));
  cpSync(DEFAULT_KNOWLEDGE_BASE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

test("bad data fails with the file and the entry named", () => {
  const badDate = brokenCopy("people.yaml", (t) => t.replace("from: 2012-11-06, to: 2024-05-12", "from: 2012-13-06, to: 2024-05-12"));
  assert.throws(() => loadKnowledgeBase(badDate), (e: Error) => e instanceof KnowledgeBaseDataError && /people\.yaml/.test(e.message) && /sergei-shoigu/.test(e.message));

  const badCountry = brokenCopy("people.yaml", (t) => t.replace("country: russia\n    aliases:\n      en: [Putin", "country: rusia\n    aliases:\n      en: [Putin"));
  assert.throws(() => loadKnowledgeBase(badCountry), /vladimir-putin.*country "rusia"/);

  const clash = brokenCopy("media.yaml", (t) => t.replace("ru: [Рейтер, Reuters]", "ru: [Рейтер, Reuters, Шойгу]"));
  assert.throws(() => loadKnowledgeBase(clash), /media\.yaml and .*people\.yaml.*reuters, sergei-shoigu.*"шойгу" denotes several actors/);

  const noKind = brokenCopy("media.yaml", (t) => t.replace("kind: MEDIA\n", ""));
  assert.throws(() => loadKnowledgeBase(noKind), /media\.yaml.*kind must be one of/);
});
