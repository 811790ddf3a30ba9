import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { generateCorpus, generateArticle } from "../../src/generator/generate-corpus";
import { builtInCast } from "../../src/generator/cast";
import { collectArticleFiles } from "../../src/inputs/collect-files";
import { ingestFiles } from "../../src/store/ingest-files";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { syncKnowledgeBase } from "../../src/store/sync-knowledge-base";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { distRoot } from "../support/paths";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-gen-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function readDir(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

describe("corpus generator", () => {
  it("writes the same bytes for the same seed, and different files for another seed", () => {
    const a = path.join(tmp, "a"), b = path.join(tmp, "b"), c = path.join(tmp, "c");
    generateCorpus({ articles: 40, seed: "s1", outDir: a });
    generateCorpus({ articles: 40, seed: "s1", outDir: b });
    generateCorpus({ articles: 40, seed: "s2", outDir: c });
    const [filesA, filesB, filesC] = [readDir(a), readDir(b), readDir(c)];
    assert.equal(filesA.size, 41, "40 articles and a manifest");
    assert.deepEqual([...filesA.keys()], [...filesB.keys()]);
    for (const [name, bytes] of filesA) assert.ok(bytes.equals(filesB.get(name)!), `${name} differs between two runs with the same seed`);
    const differing = [...filesA].filter(([name, bytes]) => !filesC.get(name)?.equals(bytes)).length;
    assert.ok(differing >= 39, `another seed should change nearly every file (${differing}/41 differ)`);
  });

  it("does not depend on how many articles are asked for: article i is a function of (seed, i)", () => {
    const cast = builtInCast();
    assert.equal(generateArticle(cast, "s", 7).text, generateArticle(cast, "s", 7).text);
    assert.notEqual(generateArticle(cast, "s", 7).text, generateArticle(cast, "s", 8).text);
  });

  it("writes a manifest in the format of data/corpus/manifest.json and both languages", () => {
    const dir = path.join(tmp, "a");
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    const entries = Object.entries(manifest.articles) as [string, { outlet: string; publishedAt: string; url: string }][];
    assert.equal(entries.length, 40);
    for (const [file, entry] of entries) {
      assert.ok(fs.existsSync(path.join(dir, file)), `${file} listed but missing`);
      assert.match(entry.publishedAt, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(entry.url, /^https:\/\//);
      assert.ok(entry.outlet.length > 0);
    }
    const languages = new Set(entries.map(([f]) => f.slice(-6, -4)));
    assert.deepEqual([...languages].sort(), ["en", "ru"]);
    const all = entries.map(([f]) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
    for (const form of ["“", "«", "— ", "said", "according to", "По словам", "added", "million", "миллиард", "Comments (", "Читайте также"]) {
      assert.ok(all.includes(form) || all.toLowerCase().includes(form.toLowerCase()), `no article uses "${form}"`);
    }
  });
});

describe("npm run generate", () => {
  const cli = path.join(distRoot, "src", "cli", "generate.js");

  it("writes N articles and a manifest to --out, and says what it wrote", () => {
    const out = path.join(tmp, "cli");
    const run = spawnSync(process.execPath, [cli, "--articles", "3", "--seed", "cli", "--out", out], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^3 articles \(/);
    assert.equal(fs.readdirSync(out).length, 4);
  });

  it("refuses a missing or non-numeric --articles with the usage (exit 2)", () => {
    for (const args of [[], ["--articles", "0"], ["--articles", "ten"], ["--bogus"]]) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
      assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, /Usage: npm run generate/);
    }
  });
});

describe("generated articles through the real pipeline", () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  before(async () => {
    db = await createTestDatabase("gen");
    dataSource = await openDatabase({ url: db.url });
  });
  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it("ingests without failures and yields statements whose speakers resolve", async () => {
    const dir = path.join(tmp, "ingest");
    generateCorpus({ articles: 30, seed: "ingest", outDir: dir });
    const resources = loadPipelineResources();
    await syncKnowledgeBase(dataSource, resources.kb);
    const summary = await ingestFiles(dataSource, collectArticleFiles([dir]), resources);
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.added, 30);
    const [row] = await dataSource.query(`SELECT COUNT(*) AS total, COUNT("speakerId") AS resolved FROM statements`);
    const total = Number(row.total), resolved = Number(row.resolved);
    assert.ok(total >= 60, `expected at least 2 statements per article, got ${total}`);
    assert.ok(resolved / total >= 0.6, `only ${resolved} of ${total} statements have a resolved speaker`);
    const [deals] = await dataSource.query(`SELECT COUNT(*) AS n FROM deal_evidence`);
    assert.ok(Number(deals.n) >= 10, `expected deals with evidence, got ${deals.n}`);
  });
});
