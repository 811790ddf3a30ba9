#!/usr/bin/env node
// Writes schema.graphql (sorted SDL of the compiled API schema) at the repository root.
// Run after a build: `npm run -s build && node scripts/emit-schema.mjs`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
let printApiSchema;
try {
  ({ printApiSchema } = require(`${root}dist/src/server/schema.js`));
} catch (error) {
  console.error(`Could not load dist/src/server/schema.js (${error.message}): run "npm run build" first.`);
  process.exit(1);
}
const sdl = await printApiSchema();
writeFileSync(`${root}schema.graphql`, sdl);
console.log(`schema.graphql written (${sdl.split("\n").length} lines)`);
