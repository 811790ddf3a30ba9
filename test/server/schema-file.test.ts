import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { parse, validate } from "graphql";
import { IDE_DEFAULT_QUERY } from "../../src/server/graphiql-landing-page";
import { buildApiSchema, printApiSchema } from "../../src/server/schema";
import { repoRoot } from "../support/paths";

it("the committed schema.graphql is the schema the code builds", async () => {
  const committed = fs.readFileSync(path.join(repoRoot, "schema.graphql"), "utf8");
  assert.ok(committed === (await printApiSchema()),
    'schema.graphql is out of date: regenerate it with "npm run -s build && node scripts/emit-schema.mjs" and commit it');
});

it("the IDE's default query is valid against the schema", async () => {
  assert.deepEqual(validate(await buildApiSchema(), parse(IDE_DEFAULT_QUERY)).map((e) => e.message), []);
});
