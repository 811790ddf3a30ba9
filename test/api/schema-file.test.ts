import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { printApiSchema } from "../../src/server/schema";

it("the committed schema.graphql is the schema the code builds", async () => {
  const committed = fs.readFileSync(path.resolve(__dirname, "../../../schema.graphql"), "utf8");
  assert.ok(committed === (await printApiSchema()),
    'schema.graphql is out of date: regenerate it with "npm run -s build && node scripts/emit-schema.mjs" and commit it');
});
