import "reflect-metadata";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import iconv from "iconv-lite";
import { MAX_PAGE_BYTES } from "../../src/inputs/read-input";
import { childEnv, runCli, startHardenedApi, type HardenedApi } from "../support/real-processes";
import { testEngine } from "../support/test-database";

const RUSSIAN = "МОСКВА, 3 марта. «Мы выполним все обязательства по поставкам», — заявил министр обороны Сергей Шойгу журналистам во вторник.";
const ENGLISH = "BAKU, May 3. “We bought what we need,” Ilham Aliyev said on Tuesday.";
const INGEST = "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate article { id } } }";

describe(`page encodings and the one page-size limit, through the ingest CLI and ingestArticle (${testEngine})`, () => {
  let api: HardenedApi;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-encodings-"));
  before(async () => {
    api = await startHardenedApi({ seed: false });
  });
  after(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const originalTexts = async (): Promise<string[]> => (await api.dataSource.query(`SELECT "originalText" AS text FROM articles ORDER BY id`)).map((r: { text: string }) => r.text);

  it("the ingest CLI stores UTF-16 files with a byte-order mark and a Windows-1251 file as readable text, and refuses a file over the limit naming its size", async () => {
    fs.writeFileSync(path.join(dir, "utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${ENGLISH} 16le`, "utf-16le")]));
    fs.writeFileSync(path.join(dir, "utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(`${RUSSIAN} 16be`, "utf-16be")]));
    fs.writeFileSync(path.join(dir, "cp1251.txt"), iconv.encode(`${RUSSIAN} 1251`, "windows-1251"));
    fs.writeFileSync(path.join(dir, "huge.txt"), `${ENGLISH} `.repeat(Math.ceil((MAX_PAGE_BYTES + 10) / (ENGLISH.length + 1))));
    const run = await runCli("ingest", [dir], { env: childEnv(api.database.url), timeoutMs: 120_000 });
    const output = run.stdout + run.stderr;
    assert.match(output, /3 added/, output);
    assert.match(output, /huge\.txt is 1\.\d MB \([\d,]+ bytes\), over the 1 MB limit for one article \(1,048,576 bytes\)/, output);
    const texts = await originalTexts();
    assert.ok(texts.includes(`${ENGLISH} 16le`), "UTF-16 LE with its mark");
    assert.ok(texts.includes(`${RUSSIAN} 16be`), "UTF-16 BE with its mark");
    assert.ok(texts.includes(`${RUSSIAN} 1251`), "Windows-1251 as Cyrillic, not mojibake");
  });

  it("ingestArticle stores a UTF-16 file or a Windows-1251 file its sender read in the wrong encoding as the readable text", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${RUSSIAN} api-16`, "utf-16le")]);
    const sent = [
      utf16.toString("latin1"),
      new TextDecoder().decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${ENGLISH} api-16-utf8`, "utf-16le")])),
      iconv.encode(`${RUSSIAN} api-1251`, "windows-1251").toString("latin1"),
    ];
    for (const text of sent) {
      const result = await api.graphql(INGEST, { input: { text } }, api.keys.editor);
      assert.equal(result.json.errors, undefined, JSON.stringify(result.json.errors));
    }
    const texts = await originalTexts();
    for (const expected of [`${RUSSIAN} api-16`, `${ENGLISH} api-16-utf8`, `${RUSSIAN} api-1251`]) assert.ok(texts.includes(expected), expected);
  });

  it("ingestArticle refuses a page over the same limit before execution (HTTP 400), naming its size and the limit", async () => {
    const page = "Ж".repeat(MAX_PAGE_BYTES / 2 + 1);
    const result = await api.graphql(INGEST, { input: { text: page } }, api.keys.editor);
    assert.equal(result.status, 400);
    const [error] = result.json.errors;
    assert.equal(error.extensions.code, "BAD_USER_INPUT");
    assert.equal(error.extensions.argumentName, "input.text");
    assert.match(error.message, /is 1,048,578 bytes \(UTF-8\); the limit for one article is 1,048,576 bytes/);
    assert.equal(result.json.data, undefined);
  });
});
