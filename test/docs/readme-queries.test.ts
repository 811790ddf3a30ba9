import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { collectArticleFiles } from "../../src/inputs/collect-files";
import { ingestFiles } from "../../src/store/ingest-files";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { syncKnowledgeBase } from "../../src/store/sync-knowledge-base";
import { buildApiSchema } from "../../src/server/schema";
import { startTestApi, type TestApi } from "../support/test-api";
import { repoRoot } from "../support/paths";

/**
 * Every ```graphql block of README.md is run against a server over the bundled corpus (data/corpus,
 * loaded the way `npm start` loads it), so the README's examples never rot. A block may give its
 * variables in a comment line `# variables: {"name": "Aliyev"}`. Queries must answer without errors
 * and with data (no null root field, no empty list or connection at the root); mutations are only
 * validated against the schema, since running them would change the store.
 */
const root = repoRoot;
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

interface Block {
  line: number;
  text: string;
  variables: Record<string, unknown> | undefined;
}

export function graphqlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /^```(?:graphql|gql)[ \t]*\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    const text = match[1];
    const variablesLine = /^\s*#\s*variables:\s*(\{.*\})\s*$/m.exec(text);
    blocks.push({ line: markdown.slice(0, match.index).split("\n").length, text, variables: variablesLine ? JSON.parse(variablesLine[1]) : undefined });
  }
  return blocks;
}

/** Root fields that came back null, or as an empty list or connection. */
function emptyRootFields(data: Record<string, unknown>): string[] {
  return Object.entries(data).filter(([, value]) => {
    if (value == null) return true;
    if (Array.isArray(value)) return value.length === 0;
    const edges = (value as { edges?: unknown }).edges;
    return Array.isArray(edges) && edges.length === 0;
  }).map(([key]) => key);
}

const blocks = graphqlBlocks(readme);

describe("README.md: every graphql example runs against the bundled corpus", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
      const resources = loadPipelineResources();
      await syncKnowledgeBase(ds, resources.kb);
      const summary = await ingestFiles(ds, collectArticleFiles([path.join(root, "data", "corpus")]), resources);
      assert.deepEqual(summary.failed, []);
      assert.ok(summary.added > 0, "the bundled corpus loaded");
    });
  });
  after(() => api?.close());

  it("README.md has graphql examples", () => {
    assert.ok(blocks.length > 0, "no ```graphql block found in README.md");
  });

  for (const block of blocks) {
    const summary = block.text.split("\n").filter((l) => !l.trim().startsWith("#")).join(" ").replace(/\s+/g, " ").trim();
    it(`README.md line ${block.line}: ${summary.slice(0, 70)}…`, async () => {
      const document = parse(block.text);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      assert.ok(operations.length > 0, "the block has no operation");
      if (operations.some((op) => op.operation !== "query")) {
        assert.deepEqual(validate(await buildApiSchema(), document).map((e) => e.message), [], "the example is valid against the schema");
        return;
      }
      for (const operation of operations) {
        const res = await fetch(api.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: block.text, variables: block.variables, operationName: operation.name?.value }),
        });
        const json = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
        assert.deepEqual(json.errors?.map((e) => e.message) ?? [], [], `README.md line ${block.line} answers without errors`);
        assert.equal(res.status, 200);
        assert.ok(json.data && Object.keys(json.data).length > 0, "data is present");
        assert.deepEqual(emptyRootFields(json.data), [], `README.md line ${block.line}: these root fields are null or empty on the bundled corpus`);
      }
    });
  }
});

describe("README graphql block extraction", () => {
  it("finds fenced graphql blocks with their line and variables", () => {
    const md = "text\n```graphql\n# variables: {\"n\": 1}\nquery Q($n: Int) { a }\n```\n```sh\nnot this\n```\n```gql\n{ b }\n```\n";
    const found = graphqlBlocks(md);
    assert.equal(found.length, 2);
    assert.equal(found[0].line, 2);
    assert.deepEqual(found[0].variables, { n: 1 });
    assert.equal(found[1].text, "{ b }\n");
  });
});
